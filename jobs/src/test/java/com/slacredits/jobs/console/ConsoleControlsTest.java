package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.slacredits.domain.ReversalThreshold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The controls of issue 21 through the console's controllers, all three switched on: four eyes
 * required (no real run starts alone), reversals above 300 wait for a second FINANCE user, and a brake
 * set so that the October example is held, then released by a second user with the command line's own
 * {@code --release-held}.
 */
@SpringBootTest(classes = ConsoleApplication.class)
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleControlsTest {

    private static final Path FOLDER = temporaryFolder();
    private static final Path OCTOBER = Path.of("..", "examples", "october-2026", "input").toAbsolutePath()
            .normalize();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("sla-credits.console.drop-folders[0]", OCTOBER::toString);
        registry.add("sla-credits.console.results-folder", () -> FOLDER.resolve("results").toString());
        registry.add("sla-credits.console.users[0].name", () -> "alice");
        registry.add("sla-credits.console.users[0].password-hash",
                () -> new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("unused-here"));
        registry.add("sla-credits.console.users[0].role", () -> "FINANCE");
        registry.add("sla-credits.controls.four-eyes", () -> "required");
        // CL-05's 300.00 EUR is exactly at it, CL-01's 500.00 EUR above
        registry.add("sla-credits.controls.reversal-approval-above", () -> "300");
        // the October example's six verified claims, most of them credited: held (README, the brake)
        registry.add("sla-credits.brake.minimum-verified-claims", () -> "1");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    LaunchBook launches;

    @Autowired
    JdbcTemplate jdbc;

    private static RequestPostProcessor finance(String name) {
        return user(name).roles("FINANCE");
    }

    @Test
    @Order(1)
    void underFourEyesTheStartFormOffersADryRunOnlyAndARealRunAloneIsRefused() throws Exception {
        String form = financePage("/runs/new");
        assertThat(form).contains("id=\"four-eyes\"").doesNotContain("type=\"checkbox\" name=\"dryRun\"");

        String refused = mvc.perform(post("/launches").with(finance("alice")).with(csrf()).param("asOf", "2026-11-05")
                        .param("dropFolder", "0").param("dryRun", "false").param("reason", "alone"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains(FourEyes.LONE_REAL_RUN);
        // no checkbox ticked is a real run too
        assertThat(mvc.perform(post("/launches").with(finance("alice")).with(csrf()).param("asOf", "2026-11-05")
                        .param("dropFolder", "0").param("reason", "alone")).andReturn().getResponse()
                .getContentAsString()).contains(FourEyes.LONE_REAL_RUN);
        assertThat(launches.latest(10)).isEmpty();
    }

    @Test
    @Order(2)
    void aHeldRunIsReleasedBySomeoneOtherThanItsStarterWithTheCommandLinesReleaseHeld() throws Exception {
        long dryRun = started(mvc.perform(post("/launches").with(finance("alice")).with(csrf())
                .param("asOf", "2026-11-05").param("dropFolder", "0").param("dryRun", "true")
                .param("reason", "October month-end")).andReturn().getResponse().getRedirectedUrl());
        assertThat(ended(dryRun).state()).isEqualTo(LaunchState.COMPLETED);
        long real = started(mvc.perform(post("/launches/" + dryRun + "/approve").with(finance("bob")).with(csrf())
                .param("reason", "checked")).andReturn().getResponse().getRedirectedUrl());
        Launch held = ended(real);
        assertThat(held.state()).isEqualTo(LaunchState.HELD);
        long runId = held.runId().orElseThrow();
        assertThat(financePage("/launches/" + real)).contains("id=\"release-link\"");
        assertThat(financePage("/runs/" + runId)).contains("id=\"release-form\"");
        assertThat(page("/runs/" + runId)).doesNotContain("id=\"release-form\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invoice_adjustment", Long.class)).isZero();

        mvc.perform(post("/runs/" + runId + "/release").with(user("victor").roles("VIEWER")).with(csrf())
                .param("reason", "a viewer")).andExpect(status().isForbidden());
        mvc.perform(post("/runs/" + runId + "/release").with(finance("bob")).with(csrf()).param("reason", "mine"))
                .andExpect(redirectedUrl("/runs/" + runId)).andExpect(flash().attribute("refusal", FourEyes.OWN_HELD_RUN));
        mvc.perform(post("/runs/" + runId + "/release").with(finance("alice")).with(csrf()).param("reason", " "))
                .andExpect(flash().attribute("refusal", "Give a reason: it is recorded with your name."));
        assertThat(launches.find(real).orElseThrow().state()).isEqualTo(LaunchState.HELD);

        mvc.perform(post("/runs/" + runId + "/release").with(finance("alice")).with(csrf())
                .param("reason", "the refund is real")).andExpect(redirectedUrl("/launches/" + real));
        Launch released = ended(real);
        assertThat(released.state()).isEqualTo(LaunchState.COMPLETED);
        // the dry run, over the same limit, posted nothing: the released run differs by its adjustments alone
        assertThat(released.comparison()).hasValueSatisfying(text -> assertThat(text)
                .contains("adjustments.csv ADJ-CL-04: not in the dry run").doesNotContain("decisions.csv"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invoice_adjustment", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT released_at IS NOT NULL FROM held_run WHERE run_id = ?", Boolean.class,
                runId)).isTrue();
        assertThat(Files.exists(released.output().resolve("HELD.txt"))).isFalse();
        assertThat(launches.actionsOf(List.of(dryRun, real), OptionalLong.of(runId)))
                .extracting(action -> action.kind() + " " + action.user() + " " + action.reason())
                .containsExactly("START alice October month-end", "APPROVE bob checked", "START bob checked",
                        "RELEASE alice the refund is real");
        // the run keeps its starter: the release is not a start
        assertThat(page("/runs/" + runId)).contains("Started in the console by <span>bob</span>")
                .contains("the refund is real").doesNotContain("id=\"release-form\"");

        mvc.perform(post("/runs/" + runId + "/release").with(finance("carol")).with(csrf()).param("reason", "again"))
                .andExpect(flash().attribute("refusal",
                        "Only a held run can be released; run " + runId + " is COMPLETED."));
    }

    @Test
    @Order(3)
    void aReversalAboveTheThresholdWaitsForASecondUserAndOneExactlyAtItIsPostedAtOnce() throws Exception {
        long runId = launches.latest(10).stream().filter(l -> !l.dryRun()).findFirst().orElseThrow().runId()
                .orElseThrow();
        String cl05 = "/runs/" + runId + "/decisions/CL-05";
        String cl01 = "/runs/" + runId + "/decisions/CL-01";
        // the confirmation names the amount, and says when the reversal will wait
        assertThat(financePage(cl05)).contains("id=\"reverse\"").contains("data-confirm=\"Reverse 300.00 EUR on claim CL-05?")
                .doesNotContain("id=\"reversal-waits\"");
        assertThat(financePage(cl01)).contains("data-confirm=\"Ask for the reversal of 500.00 EUR on claim CL-01?")
                .contains("id=\"reversal-waits\"");

        // exactly at the threshold: posted at once, as without the setting
        mvc.perform(post(cl05 + "/reverse").with(finance("alice")).with(csrf()).param("reason", "credited twice"))
                .andExpect(status().isFound()).andExpect(flash().attribute("notice", (Object) null));
        assertThat(reversals()).isEqualTo(1);

        // above: it waits, recorded with who, when and why; nothing is posted
        mvc.perform(post(cl01 + "/reverse").with(finance("alice")).with(csrf()).param("reason", "settled by phone"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith(
                        "The reversal of 500.00 EUR is above the approval threshold")));
        assertThat(reversals()).isEqualTo(1);
        String waiting = page(cl01);
        assertThat(waiting).contains("id=\"reversal-request\"").contains("settled by phone")
                .doesNotContain("id=\"approve-reversal\"").doesNotContain("id=\"reverse\"");
        assertThat(page("/runs/" + runId)).contains("data-waiting=\"CL-01\"");
        mvc.perform(post(cl01 + "/reverse").with(finance("bob")).with(csrf()).param("reason", "again"))
                .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.startsWith(
                        "A reversal of claim CL-01 is already waiting for approval, asked for by alice at ")));

        // the one who asked cannot approve; a second user must, with a reason
        mvc.perform(post(cl01 + "/approve-reversal").with(finance("alice")).with(csrf()).param("reason", "mine"))
                .andExpect(flash().attribute("refusal", ReversalThreshold.OWN_REQUEST));
        mvc.perform(post(cl01 + "/approve-reversal").with(finance("bob")).with(csrf()).param("reason", ""))
                .andExpect(flash().attribute("refusal", "Give a reason for your approval: it is recorded with your name."));
        mvc.perform(post(cl01 + "/approve-reversal").with(user("victor").roles("VIEWER")).with(csrf())
                .param("reason", "a viewer")).andExpect(status().isForbidden());
        assertThat(reversals()).isEqualTo(1);

        mvc.perform(post(cl01 + "/approve-reversal").with(finance("bob")).with(csrf()).param("reason", "call notes seen"))
                .andExpect(status().isFound()).andExpect(flash().attribute("refusal", (Object) null));
        assertThat(reversals()).isEqualTo(2);
        // posted in the name of the one who asked, with their reason; the approval beside it
        assertThat(jdbc.queryForObject("SELECT reversed_by || ' ' || reason FROM adjustment_reversal "
                + "WHERE adjustment_id = 'ADJ-CL-01'", String.class)).isEqualTo("alice settled by phone");
        String after = page(cl01);
        assertThat(after).contains("id=\"reversal\"").contains("id=\"reversal-approved\"").contains("call notes seen")
                .doesNotContain("id=\"approve-reversal\"");
        mvc.perform(post(cl01 + "/approve-reversal").with(finance("carol")).with(csrf()).param("reason", "again"))
                .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.startsWith(
                        "The reversal of claim CL-01 was already approved by bob at ")));
        assertThat(reversals()).isEqualTo(2);
        assertThat(launches.actionsOf(List.of(), OptionalLong.of(runId)))
                .extracting(action -> action.kind() + " " + action.user() + " " + action.reason())
                .contains("REQUEST_REVERSAL alice settled by phone", "APPROVE_REVERSAL bob call notes seen");
    }

    private long reversals() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM adjustment_reversal", Long.class);
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
            return Files.createTempDirectory("sla-console-controls-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
