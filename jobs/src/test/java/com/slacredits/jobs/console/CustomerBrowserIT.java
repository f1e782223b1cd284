package com.slacredits.jobs.console;

import com.slacredits.jobs.cli.ConsoleCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Issue 21's customer view in a real browser ({@code src/test/browser/customer-scenario.mjs}): over
 * examples/support-2026's two month-ends, run by the command line before the console starts, a viewer is
 * refused the start form with the console's own page, and a FINANCE user finds Zeeland Ferries by part
 * of its name, sees its decisions of both runs on its page, and downloads them as CSV. The page's
 * screenshot, {@code console-customer.png}, goes to {@code target/console-screenshots/}.
 */
class CustomerBrowserIT {

    /** The script normally takes under half a minute. */
    private static final long SCENARIO_MINUTES = 3;

    private static final String ALICE = "alice";
    private static final String ALICE_PASSWORD = "alice-has-a-long-password";
    private static final String VERA = "vera";
    private static final String VERA_PASSWORD = "vera-only-reads-the-runs";

    @TempDir
    Path work;

    @BeforeEach
    void needsNodeChromiumAndPlaywright() {
        BrowserScenario.assumeBrowser();
    }

    @Test
    void financeFindsACustomerByNameAndSeesTheirDecisionsOfBothRuns() throws Exception {
        SupportTwoRuns.run(work);
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        try (ConfigurableApplicationContext console = ConsoleCommand.start(
                "--server.port=0",
                "--spring.datasource.url=" + SupportTwoRuns.url(work),
                "--logging.file.name=" + BrowserScenario.JOBS.resolve(Path.of("target", "customer-browser-it.log")),
                "--sla-credits.console.users[0].name=" + ALICE,
                "--sla-credits.console.users[0].password-hash=" + encoder.encode(ALICE_PASSWORD),
                "--sla-credits.console.users[0].role=FINANCE",
                "--sla-credits.console.users[1].name=" + VERA,
                "--sla-credits.console.users[1].password-hash=" + encoder.encode(VERA_PASSWORD),
                "--sla-credits.console.users[1].role=VIEWER",
                "--sla-credits.console.policies=" + SupportTwoRuns.EXAMPLE.resolve("policies"),
                "--sla-credits.console.results-folder=" + Files.createDirectories(work.resolve("results")))) {
            String url = "http://127.0.0.1:" + console.getEnvironment().getProperty("local.server.port");
            BrowserScenario.run("customer-scenario.mjs", url, Map.of("FINANCE", ALICE, "FINANCE_PASSWORD",
                    ALICE_PASSWORD, "VIEWER", VERA, "VIEWER_PASSWORD", VERA_PASSWORD), SCENARIO_MINUTES);
        }
    }
}
