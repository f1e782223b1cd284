package com.slacredits.jobs.console;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.slacredits.jobs.cli.RunLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Runs started, watched, approved and resumed through the console's controllers, on a database of
 * its own: the real month-end command runs underneath, on its threads, as in production.
 */
@SpringBootTest(classes = ConsoleApplication.class)
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleLaunchTest {

    private static final Path FOLDER = temporaryFolder();
    private static final Path OCTOBER = Path.of("..", "examples", "october-2026", "input").toAbsolutePath()
            .normalize();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path broken = Files.createDirectories(FOLDER.resolve("broken-drop"));
        for (String file : List.of("contracts.csv", "invoices.csv", "windows.csv", "probes.csv")) {
            Files.copy(OCTOBER.resolve(file), broken.resolve(file));
        }
        Files.writeString(broken.resolve("claims.csv"), "not,the,claims,header\n");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("sla-credits.console.drop-folders[0]", OCTOBER::toString);
        registry.add("sla-credits.console.drop-folders[1]", broken::toString);
        registry.add("sla-credits.console.results-folder", () -> FOLDER.resolve("results").toString());
        // signing in is ConsoleAccessTest's; these requests carry their user
        registry.add("sla-credits.console.users[0].name", () -> "alice");
        registry.add("sla-credits.console.users[0].password-hash",
                () -> new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("unused-here"));
        registry.add("sla-credits.console.users[0].role", () -> "FINANCE");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    LaunchBook launches;

    @Autowired
    DataSource dataSource;

    private static RequestPostProcessor finance(String name) {
        return user(name).roles("FINANCE");
    }

    @Test
    @Order(1)
    void aDryRunIsReviewedThenApprovedByASecondPersonAndTheRealRunDecidesExactlyAsItDid() throws Exception {
        long dryRun = started(mvc.perform(post("/launches").with(finance("alice")).with(csrf())
                .param("asOf", "2026-11-05").param("dropFolder", "0").param("dryRun", "true")
                .param("reason", "October month-end")).andExpect(status().isFound()).andReturn()
                .getResponse().getRedirectedUrl());
        Launch completed = ended(dryRun);
        assertThat(completed.state()).isEqualTo(LaunchState.COMPLETED);
        assertThat(completed.decided()).hasValue(11);
        assertThat(completed.amounts()).isEqualTo("credited €800.00, $350.00; refunded in cash €16,767.12");

        String review = financePage("/launches/" + dryRun + "?q=CL-01");
        assertThat(review).contains("data-claim=\"CL-01\"").doesNotContain("data-claim=\"CL-02\"")
                .contains("id=\"approve\"").contains("statements/CU-1.pdf");
        // a viewer reviews but is offered no approval
        assertThat(page("/launches/" + dryRun)).contains("data-claim=\"CL-01\"").doesNotContain("id=\"approve\"");
        assertThat(page("/launches/" + dryRun)).contains("€16,767.12");
        byte[] statement = mvc.perform(get("/launches/" + dryRun + "/file").param("name", "statements/CU-1.pdf")
                .with(user("victor").roles("VIEWER"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(statement, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path output = launches.find(dryRun).orElseThrow().output();
        for (String name : new String[] {"../.dry-run-databases/launch-" + dryRun + ".mv.db", "..",
                output.resolve("decisions.csv").toString(), "/etc/passwd", "statements/../decisions.csv"}) {
            mvc.perform(get("/launches/" + dryRun + "/file").param("name", name).with(finance("carol")))
                    .andExpect(status().isNotFound());
        }

        mvc.perform(post("/launches/" + dryRun + "/approve").with(finance("alice")).with(csrf())
                        .param("reason", "looks right"))
                .andExpect(status().isFound()).andExpect(flash().attribute("refusal", FourEyes.OWN_DRY_RUN));
        mvc.perform(post("/launches/" + dryRun + "/approve").with(finance("bob")).with(csrf()).param("reason", " "))
                .andExpect(flash().attribute("refusal", "Give a reason: it is recorded with your name."));
        assertThat(launches.approvalOf(dryRun)).isEmpty();

        long real = started(mvc.perform(post("/launches/" + dryRun + "/approve").with(finance("bob")).with(csrf())
                .param("reason", "checked CL-04's refund")).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl());
        Launch done = ended(real);
        assertThat(done.state()).isEqualTo(LaunchState.COMPLETED);
        assertThat(done.dryRun()).isFalse();
        assertThat(done.approves()).hasValue(dryRun);
        assertThat(done.comparison()).hasValueSatisfying(text -> assertThat(text).contains(DryRunComparison.SAME));
        assertThat(Files.readString(done.output().resolve("decisions.csv")))
                .isEqualTo(Files.readString(launches.find(dryRun).orElseThrow().output().resolve("decisions.csv")));

        String page = page("/launches/" + real);
        assertThat(page).contains("id=\"comparison\"").contains(DryRunComparison.SAME).contains("id=\"review\"")
                .contains("checked CL-04&#39;s refund").contains("October month-end");
        assertThat(launches.actionsOf(List.of(dryRun, real), java.util.OptionalLong.empty()))
                .extracting(action -> action.kind() + " " + action.user() + " " + action.reason())
                .containsExactly("START alice October month-end", "APPROVE bob checked CL-04's refund",
                        "START bob checked CL-04's refund");
        // the real run is on the runs list, started by bob in the console
        assertThat(page("/runs")).contains("real, approved").contains("<td>bob</td>");
        assertThat(page("/runs/" + done.runId().getAsLong())).contains("Started in the console by <span>bob</span>");
        // the summaries' sign-off, from the console's record: the dry run is alice's alone, to approve on paper;
        // the real run was prepared by alice and approved by bob, who approved her dry run
        assertThat(signOff(launches.find(dryRun).orElseThrow().output()))
                .matches("Prepared by alice \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC Approved by");
        assertThat(signOff(done.output())).matches("Prepared by alice \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"
                + " Approved by bob " + java.util.regex.Pattern.quote(SIGNED.format(done.startedAt())));

        mvc.perform(post("/launches/" + dryRun + "/approve").with(finance("carol")).with(csrf())
                        .param("reason", "again"))
                .andExpect(flash().attribute("refusal",
                        "This dry run has already been approved: it started run " + real + "."));
        mvc.perform(post("/launches/" + real + "/approve").with(finance("carol")).with(csrf())
                        .param("reason", "a real run"))
                .andExpect(flash().attribute("refusal", "Only a dry run can be approved; this is a real run."));
    }

    @Test
    @Order(2)
    void aPostedAdjustmentIsReversedOnceWithAReasonAndTheDecisionShowsWhoReversedItWhenAndWhy() throws Exception {
        Launch real = launches.latest(10).stream().filter(l -> !l.dryRun()).findFirst().orElseThrow();
        String decision = "/runs/" + real.runId().getAsLong() + "/decisions/CL-05";
        String before = financePage(decision);
        assertThat(before).contains("id=\"total\"").contains("id=\"excused\"").contains("id=\"downtime\"")
                .contains("Credit of 30").contains("id=\"reverse\"").doesNotContain("id=\"reversal\"");
        // a viewer sees the decision, and no reversal form
        assertThat(page(decision)).contains("Credit of 30").doesNotContain("id=\"reverse\"");
        // K-C2 has no invoice: the posted credit corrects none, and the page says so
        assertThat(before).contains("id=\"invoice\"").contains("none: the contract has no invoice");
        // a rejected claim has nothing to reverse, and no invoice
        assertThat(financePage("/runs/" + real.runId().getAsLong() + "/decisions/CL-02")).doesNotContain("id=\"reverse\"")
                .doesNotContain("id=\"invoice\"");
        // the evidence of CL-04 as its statement shows it, with a mark for each of October's 31 days
        String cl04 = financePage("/runs/" + real.runId().getAsLong() + "/decisions/CL-04");
        assertThat(cl04).contains(">INV-C1-2026</td>").contains("id=\"evidence\"")
                .contains("2026-10-24 20:00 UTC+02:00 – 2026-10-25 20:00 UTC+01:00: 1,500 min")
                .contains("Counted downtime by day: 24 Oct 240 min, 25 Oct 1,260 min; every other day none.")
                .contains("title=\"25 Oct: 1,260 min\"").contains("title=\"26 Oct: none\"");
        assertThat(cl04.split("title=\"\\d+ Oct: ", -1)).hasSize(32);
        // and the shades' legend, in the statement's words and colours
        assertThat(cl04).contains("id=\"day-legend\"", ">none<", ">under 1 h<", ">1 h to under 4 h<", ">4 h or more<",
                "background:#7F1D1D");
        // a duplicate was not measured: no evidence
        assertThat(financePage("/runs/" + real.runId().getAsLong() + "/decisions/CL-06")).doesNotContain("id=\"evidence\"")
                .contains("DUPLICATE");

        mvc.perform(post(decision + "/reverse").with(finance("bob")).with(csrf()).param("reason", ""))
                .andExpect(flash().attribute("refusal", "A reversal needs a reason: the customer's statement shows it."));
        mvc.perform(post(decision + "/reverse").with(finance("bob")).with(csrf()).param("reason", "credited twice"))
                .andExpect(status().isFound());
        mvc.perform(post(decision + "/reverse").with(finance("carol")).with(csrf()).param("reason", "again"))
                .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.startsWith(
                        "The adjustment of claim CL-05 was already reversed by bob at ")));

        String after = page(decision);
        assertThat(after).contains("id=\"reversal\"").contains("Reversed by <strong>bob</strong>")
                .contains("credited twice").contains("-€300.00").doesNotContain("id=\"reverse\"");
        assertThat(page("/runs/" + real.runId().getAsLong())).contains("data-reversed=\"CL-05\"")
                .contains("REV-ADJ-CL-05");
        mvc.perform(get("/runs/" + real.runId().getAsLong() + "/decisions/CL-99").with(finance("bob")))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(3)
    void aStartWhileAnotherRunHoldsTheLockIsRefusedWithTheCommandLinesSentence() throws Exception {
        long launch;
        try (RunLock held = RunLock.acquire(dataSource, "a scheduled run")) {
            launch = started(mvc.perform(post("/launches").with(finance("alice")).with(csrf())
                    .param("asOf", "2026-12-05").param("dropFolder", "0").param("reason", "November"))
                    .andReturn().getResponse().getRedirectedUrl());
            Launch refused = ended(launch);
            assertThat(refused.state()).isEqualTo(LaunchState.REFUSED);
            assertThat(refused.sentence()).isEqualTo("Another month-end run is in progress on the same database.");
        }
        assertThat(page("/launches/" + launch)).contains("REFUSED")
                .contains("Another month-end run is in progress on the same database.");
    }

    @Test
    @Order(4)
    void aFailedRunShowsItsSentenceAndIsResumedByTheSameCommand() throws Exception {
        long launch = started(mvc.perform(post("/launches").with(finance("alice")).with(csrf())
                .param("asOf", "2026-11-05").param("dropFolder", "1").param("dryRun", "true")
                .param("reason", "the broken drop")).andReturn().getResponse().getRedirectedUrl());
        Launch failed = ended(launch);
        assertThat(failed.state()).isEqualTo(LaunchState.FAILED);
        assertThat(failed.sentence()).contains("claims.csv");
        assertThat(financePage("/launches/" + launch)).contains("id=\"launch-sentence\"").contains("id=\"resume\"");

        mvc.perform(post("/launches/" + launch + "/resume").with(finance("bob")).with(csrf())
                .param("reason", "retry")).andExpect(status().isFound());
        assertThat(ended(launch).state()).isEqualTo(LaunchState.FAILED);
        assertThat(launches.actionsOf(List.of(launch), java.util.OptionalLong.empty()))
                .extracting(action -> action.kind() + " " + action.user())
                .containsExactly("START alice", "RESUME bob");
    }

    @Test
    @Order(5)
    void aStartWithoutAReasonOrOnAFolderNotListedStartsNothing() throws Exception {
        int before = launches.latest(1000).size();
        assertThat(mvc.perform(post("/launches").with(finance("alice")).with(csrf()).param("asOf", "2026-11-05")
                        .param("dropFolder", "0").param("reason", "")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Give a reason: it is recorded with your name.");
        assertThat(mvc.perform(post("/launches").with(finance("alice")).with(csrf()).param("asOf", "2026-11-05")
                        .param("dropFolder", "2").param("reason", "a folder typed in")).andReturn().getResponse()
                .getContentAsString()).contains("Choose one of the drop folders listed.");
        assertThat(mvc.perform(post("/launches").with(finance("alice")).with(csrf()).param("asOf", "5 Nov")
                        .param("dropFolder", "0").param("reason", "a date")).andReturn().getResponse()
                .getContentAsString()).contains("Give the as-of date as YYYY-MM-DD.");
        assertThat(launches.latest(1000)).hasSize(before);
        mvc.perform(get("/launches/999").with(finance("alice"))).andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("victor").roles("VIEWER"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String financePage(String path) throws Exception {
        return mvc.perform(get(path).with(finance("carol"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static long started(String redirect) {
        assertThat(redirect).startsWith("/launches/");
        return Long.parseLong(redirect.substring("/launches/".length()));
    }

    private Launch ended(long launchId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Launch launch = launches.find(launchId).orElseThrow();
            if (launch.state().isFinal()) {
                return launch;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("launch " + launchId + " did not end within 2 minutes");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("sla-console-launch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.time.format.DateTimeFormatter SIGNED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /** The sign-off block of a run's summary.pdf, from its first row to the page's footer. */
    private static String signOff(Path output) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(output.resolve("summary.pdf").toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            int start = text.lastIndexOf("Prepared by ");
            return text.substring(start, text.indexOf(" Northwind", start));
        }
    }
}
