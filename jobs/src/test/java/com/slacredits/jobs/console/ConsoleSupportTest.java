package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.slacredits.domain.AdjustmentKind;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Support SLAs in the console (issue 19): examples/support-2026's first month-end, started, approved
 * and reviewed through the console's controllers with the real month-end command underneath. Its run
 * measures seven tickets, of which S-02 alone met every target (the example's support.csv), and decides
 * five SUP- claims, which are found, shown and reversed like any other decision.
 */
@SpringBootTest(classes = ConsoleApplication.class)
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleSupportTest {

    private static final Path FOLDER = temporaryFolder();
    private static final Path EXAMPLE = Path.of("..", "examples", "support-2026").toAbsolutePath().normalize();
    private static final List<String> MEASURED = List.of("S-01", "S-02", "Z-01", "Z-02", "Z-03", "Z-04", "Z2-01");
    private static final List<String> MISSED = List.of("S-01", "Z-01", "Z-02", "Z-03", "Z-04", "Z2-01");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("sla-credits.console.drop-folders[0]", () -> EXAMPLE.resolve("input").toString());
        registry.add("sla-credits.console.results-folder", () -> FOLDER.resolve("results").toString());
        // the example's own pack, zeeland-ferries-2026, is the one that pays support credits
        registry.add("sla-credits.console.policies", () -> EXAMPLE.resolve("policies").toString());
        registry.add("sla-credits.console.users[0].name", () -> "alice");
        registry.add("sla-credits.console.users[0].password-hash",
                () -> new BCryptPasswordEncoder().encode("unused-here"));
        registry.add("sla-credits.console.users[0].role", () -> "FINANCE");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    LaunchBook launches;

    @Autowired
    ReversalJournal reversals;

    @Test
    @Order(1)
    void aDryRunsTicketsAndThenTheRealRunsAreFilteredOnMetAndMissed() throws Exception {
        long dryRun = started(mvc.perform(post("/launches").with(finance("alice")).with(csrf())
                .param("asOf", "2026-11-05").param("dropFolder", "0").param("dryRun", "true")
                .param("reason", "October support")).andExpect(status().isFound()).andReturn()
                .getResponse().getRedirectedUrl());
        assertThat(ended(dryRun).state()).isEqualTo(LaunchState.COMPLETED);
        assertThat(page(get("/launches/" + dryRun))).contains("href=\"/launches/" + dryRun + "/support\"");

        // the dry run's tickets, from its scratch database: the real one has measured nothing yet
        String dry = "/launches/" + dryRun + "/support";
        assertThat(tickets(page(get(dry)))).containsExactlyElementsOf(MEASURED);
        assertThat(tickets(page(get(dry).param("targets", "MET")))).containsExactly("S-02");
        String dryMissed = page(get(dry).param("targets", "MISSED"));
        assertThat(tickets(dryMissed)).containsExactlyElementsOf(MISSED);
        // its decisions are in the scratch file and have no page of their own: named, not linked
        assertThat(dryMissed).contains("SUPPORT_MISSED").doesNotContain("class=\"support-decision\"");

        long real = started(mvc.perform(post("/launches/" + dryRun + "/approve").with(finance("bob")).with(csrf())
                .param("reason", "support credits checked")).andExpect(status().isFound()).andReturn()
                .getResponse().getRedirectedUrl());
        Launch done = ended(real);
        assertThat(done.state()).isEqualTo(LaunchState.COMPLETED);
        assertThat(done.comparison()).hasValueSatisfying(text -> assertThat(text).contains(DryRunComparison.SAME));
        long runId = done.runId().getAsLong();
        assertThat(runId).as("the example's run 1").isEqualTo(1);
        String support = "/runs/" + runId + "/support";
        assertThat(page(get("/runs/" + runId))).contains("href=\"" + support + "\"");
        mvc.perform(get("/launches/" + real + "/support").with(viewer())).andExpect(redirectedUrl(support));

        String all = page(get(support));
        assertThat(tickets(all)).containsExactlyElementsOf(MEASURED);
        assertThat(all).contains("<span id=\"met-count\">1</span> met every target")
                .contains("<span id=\"missed-count\">6</span> missed one or more")
                .contains("<span id=\"matching\">7</span> tickets match");

        String met = page(get(support).param("targets", "MET"));
        assertThat(tickets(met)).containsExactly("S-02");
        assertThat(met).contains("<span id=\"matching\">1</span> tickets match")
                // S-02, P4 on office: response target 2400 min, met on its due instant; no resolution target
                .contains("2026-10-23T15:00:00Z").contains("no resolution target");

        String missed = page(get(support).param("targets", "MISSED"));
        assertThat(tickets(missed)).containsExactlyElementsOf(MISSED);
        assertThat(missed).contains("<span id=\"matching\">6</span> tickets match")
                // each missed ticket of the paying pack links to its SUP- decision; S-01's pack pays nothing
                .contains("href=\"/runs/" + runId + "/decisions/SUP-Z-01\"")
                .contains("href=\"/runs/" + runId + "/decisions/SUP-Z-04\"")
                .doesNotContain("/decisions/SUP-S-01");

        // S-01 as support.csv has it: response 120/75/MET, resolution 120/120, paused 75, due 11:00:00, MISSED
        assertThat(row(page(get(support).param("q", "S-01")), "S-01"))
                .containsSubsequence("<td>CU-1</td>", "<td>K-S1</td>", "<td>P2</td>", "<td>2026-10</td>",
                        "2026-10-09T14:30:00Z", ">120<", ">75<", "2026-10-12T08:30:00Z", ">MET<", ">120<", ">120<",
                        ">75<", "2026-10-12T11:00:00Z", ">MISSED<");
        // Z-02 missed its resolution without a stop: no elapsed time, 30 minutes paused
        assertThat(row(page(get(support).param("q", "Z-02")), "Z-02"))
                .containsSubsequence(">240<", "<td class=\"num\"></td>", ">30<", "2026-10-22T01:20:00Z", ">MISSED<");

        assertThat(tickets(page(get(support).param("targets", "MISSED").param("priority", "P1"))))
                .containsExactly("Z-02", "Z-03");
        assertThat(tickets(page(get(support).param("q", "Z-")))).containsExactly("Z-01", "Z-02", "Z-03", "Z-04");
        assertThat(tickets(page(get(support).param("q", "CU-7").param("targets", "MET")))).isEmpty();
        assertThat(tickets(page(get(support).param("q", "CU-2")))).containsExactly("S-02");
        assertThat(tickets(page(get(support).param("after", "Z-03")))).containsExactly("Z-04", "Z2-01");

        mvc.perform(get(support).param("targets", "SOMETIMES").with(viewer())).andExpect(status().isBadRequest());
        mvc.perform(get("/runs/999/support").with(viewer())).andExpect(status().isNotFound());
        mvc.perform(get("/launches/999/support").with(viewer())).andExpect(status().isNotFound());
    }

    @Test
    @Order(2)
    void supportDecisionsAreFoundByTheirReasonsAndAnAdjustmentOfOneIsReversedLikeAnyOther() throws Exception {
        long runId = realRun();
        String run = "/runs/" + runId;
        assertThat(claims(page(get(run).param("reason", "SUPPORT_MISSED"))))
                .containsExactly("SUP-Z-01", "SUP-Z-02", "SUP-Z-03", "SUP-Z2-01");
        String capped = page(get(run).param("reason", "CAP_REACHED"));
        assertThat(claims(capped)).containsExactly("SUP-Z-04");
        assertThat(capped).contains("<span id=\"matching\">1</span> decisions match");
        assertThat(claims(page(get(run).param("q", "SUP-Z2")))).containsExactly("SUP-Z2-01");

        // the claim the cap rejected has nothing to reverse
        String rejected = financePage(run + "/decisions/SUP-Z-04");
        assertThat(rejected).contains("Cap reached").contains("have reached the cap").doesNotContain("id=\"reverse\"");

        String decision = run + "/decisions/SUP-Z-01";
        String before = financePage(decision);
        // the invoice its adjustment corrects: K-Z1's annual invoice contains 31 October
        assertThat(before).contains("id=\"invoice\"").contains(">INV-Z1-2026</td>");
        assertThat(before).contains("SUPPORT_MISSED").contains("Credit of 5").contains("€41.67")
                .contains("Support ticket Z-01 missed a target").contains("id=\"reverse\"")
                .doesNotContain("id=\"reversal\"");
        // a viewer sees it, and no reversal form
        assertThat(page(get(decision))).contains("€41.67").doesNotContain("id=\"reverse\"");

        mvc.perform(post(decision + "/reverse").with(finance("bob")).with(csrf()).param("reason", " "))
                .andExpect(flash().attribute("refusal", "A reversal needs a reason: the customer's statement shows it."));
        mvc.perform(post(decision + "/reverse").with(finance("bob")).with(csrf())
                        .param("reason", "ticket Z-01 was the customer's own outage"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(decision));
        mvc.perform(post(decision + "/reverse").with(finance("carol")).with(csrf()).param("reason", "again"))
                .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.startsWith(
                        "The adjustment of claim SUP-Z-01 was already reversed by bob at ")));

        var reversal = reversals.ofClaim("SUP-Z-01").orElseThrow();
        assertThat(reversal.adjustmentId()).isEqualTo("REV-ADJ-SUP-Z-01");
        assertThat(reversal.reversed().adjustmentId()).isEqualTo("ADJ-SUP-Z-01");
        assertThat(reversal.reversed().kind()).isEqualTo(AdjustmentKind.SUPPORT_CREDIT);
        assertThat(reversal.amount().amount()).isEqualByComparingTo("-41.67");

        String after = page(get(decision));
        assertThat(after).contains("id=\"reversal\"").contains("Reversed by <strong>bob</strong>")
                .contains("ticket Z-01 was the customer&#39;s own outage").contains("-€41.67")
                .contains("REV-ADJ-SUP-Z-01").doesNotContain("id=\"reverse\"");
        assertThat(page(get(run))).contains("data-reversed=\"SUP-Z-01\"").contains("REV-ADJ-SUP-Z-01");
        // the other support credits stand
        assertThat(reversals.ofClaim("SUP-Z-02")).isEmpty();
    }

    private long realRun() {
        return launches.latest(10).stream().filter(l -> !l.dryRun()).findFirst().orElseThrow().runId().getAsLong();
    }

    /** The tickets of a support page, in the order shown. */
    private static List<String> tickets(String page) {
        return attributes(page, "data-ticket");
    }

    /** The claims of a review page, in the order shown. */
    private static List<String> claims(String page) {
        return attributes(page, "data-claim");
    }

    private static List<String> attributes(String page, String name) {
        return java.util.regex.Pattern.compile(name + "=\"([^\"]*)\"").matcher(page).results()
                .map(match -> match.group(1)).toList();
    }

    /** The table row of {@code ticket}. */
    private static String row(String page, String ticket) {
        int start = page.indexOf("data-ticket=\"" + ticket + "\"");
        assertThat(start).as(ticket + "'s row").isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static RequestPostProcessor finance(String name) {
        return user(name).roles("FINANCE");
    }

    private static RequestPostProcessor viewer() {
        return user("victor").roles("VIEWER");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(viewer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
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
            return Files.createTempDirectory("sla-console-support-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
