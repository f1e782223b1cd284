package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.slacredits.jobs.cli.ConsoleCommand;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Issue 21's "the run's emails arrive in the test's SMTP server, one per customer, each with its PDF",
 * in a real browser: the console started here with mail settings of its own (which it passes on to the
 * runs it starts, MailForwarding) and a GreenMail server; {@code src/test/browser/console-delivery-scenario.mjs}
 * starts a real run of the October example in headless Chromium and reads its run page; this class
 * then checks what the server received. Skipped, saying why, as {@link ConsoleBrowserIT} is.
 */
class ConsoleDeliveryBrowserIT {

    private static final Path JOBS = Path.of("").toAbsolutePath();
    private static final Path BROWSER = JOBS.resolve(Path.of("src", "test", "browser"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OCTOBER = JOBS.getParent().resolve(Path.of("examples", "october-2026", "input"));
    private static final Path SCREENSHOTS = JOBS.resolve(Path.of("target", "console-screenshots"));
    private static final long SCENARIO_MINUTES = 5;
    private static final String ALICE = "alice";
    private static final String ALICE_PASSWORD = "alice-has-a-long-password";

    @TempDir
    Path work;

    @BeforeEach
    void needsNodeChromiumAndPlaywright() {
        List<String> missing = new ArrayList<>();
        if (!onPath("node")) {
            missing.add("no node on the PATH");
        }
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("no " + CHROMIUM + " (Debian's chromium package)");
        }
        if (!Files.isDirectory(BROWSER.resolve(Path.of("node_modules", "playwright-core")))) {
            Path browser = JOBS.getParent().relativize(BROWSER);
            missing.add("no " + browser + "/node_modules/playwright-core (npm ci --prefix " + browser + ")");
        }
        String reason = String.join(", ", missing) + ": the console's delivery browser test did not run";
        if (!missing.isEmpty()) {
            System.out.println("SKIPPED: " + reason);
        }
        assumeTrue(missing.isEmpty(), reason);
    }

    @Test
    void aRunStartedInTheConsoleEmailsEachCustomerTheirStatement() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try (ConfigurableApplicationContext console = ConsoleCommand.start(consoleArguments(mail.getSmtp().getPort()))) {
            String url = "http://127.0.0.1:" + console.getEnvironment().getProperty("local.server.port");
            List<String> output = Collections.synchronizedList(new ArrayList<>());
            Process scenario = scenario(url);
            Thread echo = echo(scenario, output);
            boolean ended = scenario.waitFor(SCENARIO_MINUTES, TimeUnit.MINUTES);
            if (!ended) {
                scenario.descendants().forEach(ProcessHandle::destroyForcibly);
                scenario.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            echo.join(TimeUnit.SECONDS.toMillis(10));
            String printed = String.join("\n", output);
            assertThat(ended).as("the scenario ended; it printed:%n%s", printed).isTrue();
            assertThat(scenario.exitValue()).as("the scenario's exit status; it printed:%n%s", printed).isZero();

            int statements = Integer.parseInt(printedValue(output, "STATEMENTS "));
            assertThat(Integer.parseInt(printedValue(output, "EMAILED "))).isEqualTo(statements);
            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).as("one email per statement").hasSize(statements);
            List<String> recipients = new ArrayList<>();
            for (MimeMessage message : received) {
                recipients.add(message.getAllRecipients()[0].toString());
                assertThat(message.getSubject()).startsWith("Your SLA credit statement ST-20261105-");
                List<byte[]> pdfs = new ArrayList<>();
                Multipart parts = (Multipart) message.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.getFileName() != null) {
                        assertThat(part.getFileName()).endsWith(".pdf");
                        pdfs.add(part.getInputStream().readAllBytes());
                    }
                }
                assertThat(pdfs).as("the PDF attached to the email to %s", recipients.get(recipients.size() - 1))
                        .singleElement().satisfies(pdf -> assertThat(new String(pdf, 0, 4,
                                StandardCharsets.ISO_8859_1)).isEqualTo("%PDF"));
            }
            assertThat(recipients).as("one email per customer").doesNotHaveDuplicates().contains("cu-1@example.com");
        } finally {
            mail.stop();
        }
    }

    private String[] consoleArguments(int smtpPort) throws IOException {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        Path results = Files.createDirectories(work.resolve("results"));
        return new String[] {
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + work.resolve(Path.of("db", "sla-credits"))
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "--logging.file.name=" + JOBS.resolve(Path.of("target", "console-delivery-browser-it.log")),
            "--sla-credits.console.users[0].name=" + ALICE,
            "--sla-credits.console.users[0].password-hash=" + encoder.encode(ALICE_PASSWORD),
            "--sla-credits.console.users[0].role=FINANCE",
            "--sla-credits.console.drop-folders[0]=" + OCTOBER.normalize(),
            "--sla-credits.console.results-folder=" + results,
            // the console's own mail settings, which its runs must get
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtpPort,
            "--spring.mail.properties.mail.smtp.connectiontimeout=10000",
            "--sla-credits.delivery.from=Northwind Billing <billing@northwind.example>",
        };
    }

    private static String printedValue(List<String> output, String prefix) {
        return output.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .findFirst().orElseThrow(() -> new AssertionError("the scenario printed no line " + prefix.strip()));
    }

    private static Process scenario(String url) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ProcessBuilder builder = new ProcessBuilder("node", "console-delivery-scenario.mjs").directory(BROWSER.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("CONSOLE_URL", url);
        environment.put("FINANCE_A", ALICE);
        environment.put("FINANCE_A_PASSWORD", ALICE_PASSWORD);
        environment.put("SCREENSHOTS", SCREENSHOTS.toString());
        return builder.start();
    }

    private static Thread echo(Process process, List<String> output) {
        Thread echo = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    System.out.println("[browser] " + line);
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(the script's output could not be read further: " + e.getMessage() + ")");
            }
        }, "delivery-scenario-output");
        echo.setDaemon(true);
        echo.start();
        return echo;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        return Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
