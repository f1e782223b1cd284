package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month-end killed with SIGKILL while it sends the statements, then started again with the same
 * command: every customer has exactly one email (docs/delivery.md). Killed at the two moments that
 * matter, each held there by the wire to the mail server (MailLine) until the kill: in the middle of a
 * message's SMTP transaction, before its end was sent, so the server discards it and the resumed run
 * sends it again; and after the server took the whole message, before its answer reached the run, so
 * the resumed run must not send it again, and lists it as not known.
 */
class KilledWhileSendingIT {

    private static final Path OCTOBER = ExampleCsv.EXAMPLE.resolve("input");

    @TempDir
    Path work;

    @Test
    void killedInTheMiddleOfAMessageTheResumedRunSendsItOnce() throws Exception {
        try (TestMailServer mail = new TestMailServer(Set.of());
                MailLine line = new MailLine(mail.port()).holding(3, MailLine.Hold.BEFORE_THE_MESSAGE)) {
            Path out = work.resolve("out");
            killWhileHeld(line, out);
            assertThat(mail.received()).as("the two before the held one").hasSize(2);

            line.comeBack();
            String console = resume(line, out);

            assertThat(emailsPerCustomer(mail)).as(console).containsOnlyKeys(customersWithAStatement(out))
                    .allSatisfy((customer, emails) -> assertThat(emails).as(customer).isEqualTo(1L));
            assertThat(console).doesNotContain("not known whether delivered");
        }
    }

    @Test
    void killedAfterTheServerTookAMessageTheResumedRunDoesNotSendItAgain() throws Exception {
        try (TestMailServer mail = new TestMailServer(Set.of());
                MailLine line = new MailLine(mail.port()).holding(3, MailLine.Hold.BEFORE_THE_ANSWER)) {
            Path out = work.resolve("out");
            killWhileHeld(line, out);
            assertThat(mail.received()).as("the two before, and the held one, which the server has").hasSize(3);

            line.comeBack();
            String console = resume(line, out);

            assertThat(emailsPerCustomer(mail)).as(console).containsOnlyKeys(customersWithAStatement(out))
                    .allSatisfy((customer, emails) -> assertThat(emails).as(customer).isEqualTo(1L));
            // the run cannot know that the server has it: it says so, and which one
            assertThat(console).containsPattern("CU-\\d \\(ST-20261105-1-CU-\\d\\): not known whether delivered: the run "
                    + "stopped after handing the whole message to the mail server");
        }
    }

    private void killWhileHeld(MailLine line, Path out) throws Exception {
        Process first = start(line, out, "first.txt");
        boolean held = false;
        for (int second = 0; second < 120 && !held && first.isAlive(); second++) {
            held = line.awaitHolding(1);
        }
        String console = Files.readString(work.resolve("first.txt"), StandardCharsets.UTF_8);
        assertThat(held).as("the third message was held; the run printed:%n%s", console).isTrue();
        assertThat(first.isAlive()).as(console).isTrue();
        first.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
    }

    private String resume(MailLine line, Path out) throws Exception {
        Process second = start(line, out, "second.txt");
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(work.resolve("second.txt"), StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(console).isZero();
        assertThat(console).contains("Resuming");
        return console;
    }

    private static Map<String, Long> emailsPerCustomer(TestMailServer mail) throws Exception {
        return mail.received().stream().collect(Collectors.groupingBy(
                email -> email.to().replace("@example.com", "").toUpperCase(), Collectors.counting()));
    }

    private Process start(MailLine line, Path out, String console) throws IOException {
        Path jar = Path.of("target", "sla-credits.jar").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "month-end", "--as-of=2026-11-05", "--input=" + OCTOBER, "--output=" + out,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        command.addAll(TestMailServer.settings(line.port()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LOGGING_FILE_NAME", work.resolve("sla-credits.log").toString());
        return builder
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(console).toFile())
                .start();
    }

    private static String[] customersWithAStatement(Path out) throws IOException {
        try (Stream<Path> pdfs = Files.list(out.resolve("statements"))) {
            return pdfs.map(p -> p.getFileName().toString().replace(".pdf", "")).sorted().toArray(String[]::new);
        }
    }

}
