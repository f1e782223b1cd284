package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.jobs.cli.ExitCode;
import com.slacredits.reports.StatementNumber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's delivery by email, through the real command line on H2, against a real SMTP server
 * (GreenMail): each customer gets their statement once, with its PDF; a customer without an email and
 * one whose address the server refuses are listed and do not fail the run; export, the same command
 * again and a new run send nothing more; a dry run, a held run and a process without a sender send
 * nothing, and the release of a held run sends; a server that goes away mid-run stops the run with
 * one sentence, and the same command, once it is back, sends only the rest.
 */
class DeliveryIT {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-05");
    /** CU-2's contract names no email; CU-4's address is one the server refuses. */
    private static final String REFUSED = "nobody@example.com";

    @TempDir
    Path work;

    TestDatabase database;
    Path input;

    @BeforeEach
    void octoberWithTwoCustomersWhoCannotBeReached() throws IOException {
        database = TestDatabase.h2(work);
        input = Files.createDirectories(work.resolve("in"));
        try (Stream<Path> files = Files.list(ExampleCsv.EXAMPLE.resolve("input"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Path contracts = input.resolve("contracts.csv");
        Files.writeString(contracts, Files.readString(contracts)
                .replace(",cu-2@example.com,", ",,")
                .replace(",cu-4@example.com,", "," + REFUSED + ","));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void eachCustomerGetsTheirStatementOnceAndThoseNotReachedAreListed() throws Exception {
        try (TestMailServer mail = new TestMailServer(Set.of(REFUSED))) {
            Path out = work.resolve("out");
            CommandRun run = monthEnd(out, mail.port());
            assertThat(run.code()).as(run.out()).isEqualTo(ExitCode.COMPLETED);

            List<String> customers = customersWithAStatement(out);
            assertThat(customers).contains("CU-1", "CU-2", "CU-4");
            List<String> reachable = customers.stream().filter(c -> !c.equals("CU-2") && !c.equals("CU-4")).toList();
            List<TestMailServer.Received> received = mail.received();
            assertThat(received).extracting(TestMailServer.Received::to)
                    .containsExactlyInAnyOrderElementsOf(reachable.stream().map(c -> c.toLowerCase() + "@example.com")
                            .toList());
            long runId = 1;
            for (TestMailServer.Received email : received) {
                String customer = email.to().replace("@example.com", "").toUpperCase();
                String number = StatementNumber.of(runId, AS_OF, customer);
                assertThat(email.subject()).isEqualTo("Your SLA credit statement " + number);
                assertThat(email.text()).contains("statement " + number).contains("5 November 2026");
                assertThat(email.attachments()).containsExactly(number + ".pdf");
                assertThat(email.pdfs().get(0)).isEqualTo(Files.readAllBytes(out.resolve("statements/" + customer
                        + ".pdf")));
            }
            assertThat(received.stream().filter(e -> e.to().equals("cu-1@example.com")).findFirst().orElseThrow().text())
                    .startsWith("Dear Acme Logistics B.V.,");

            // the last lines and the summary list the two, and say why
            assertThat(run.out()).contains("Statements emailed: " + reachable.size() + "; not delivered: 2")
                    .containsPattern("CU-2 \\(ST-20261105-1-CU-2\\): no email address on the customer's contracts")
                    .containsPattern("CU-4 \\(ST-20261105-1-CU-4\\): refused: 550 5\\.1\\.1 <nobody@example\\.com>");
            String summary = MonthEndScenarios.pdfText(out.resolve("summary.pdf"));
            assertThat(summary).contains("Statements sent by email").contains("CU-4 · ST-20261105-1-CU-4")
                    .contains(REFUSED).contains("none on the contract");
            assertThat(database.count("SELECT COUNT(*) FROM statement_delivery WHERE state = 'SENT'"))
                    .isEqualTo(reachable.size());

            // export writes the statements again and sends nothing; so do the same command and a new run
            CommandRun export = CommandRun.of(database, "export", "--run=1", "--output=" + work.resolve("exported"));
            assertThat(export.code()).as(export.out()).isEqualTo(ExitCode.COMPLETED);
            assertThat(monthEnd(out, mail.port()).code()).isEqualTo(ExitCode.USAGE);
            assertThat(monthEnd(work.resolve("again"), mail.port()).code()).isEqualTo(ExitCode.COMPLETED);
            assertThat(mail.received()).hasSize(reachable.size());
        }
    }

    @Test
    void aDryRunAndAProcessWithoutASenderSendNothing() throws Exception {
        try (TestMailServer mail = new TestMailServer(Set.of())) {
            CommandRun dry = monthEnd(work.resolve("dry"), mail.port(), "--dry-run");
            assertThat(dry.code()).as(dry.out()).isEqualTo(ExitCode.COMPLETED);
            assertThat(mail.received()).isEmpty();

            // spring.mail.host alone does not turn delivery on: sla-credits.delivery.from does
            Path out = work.resolve("out");
            CommandRun run = CommandRun.of(database, args(out, "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + mail.port()));
            assertThat(run.code()).as(run.out()).isEqualTo(ExitCode.COMPLETED);
            assertThat(mail.received()).isEmpty();
            assertThat(run.out()).doesNotContain("Statements emailed");
            assertThat(MonthEndScenarios.pdfText(out.resolve("summary.pdf"))).doesNotContain("Statements sent by email");
            assertThat(database.count("SELECT COUNT(*) FROM statement_delivery")).isZero();
        }
    }

    @Test
    void aHeldRunSendsNothingAndItsReleaseSends() throws Exception {
        try (TestMailServer mail = new TestMailServer(Set.of(REFUSED))) {
            Path out = work.resolve("out");
            CommandRun held = monthEnd(out, mail.port(), MonthEndScenarios.ANY_RUN, MonthEndScenarios.TIGHT_FEE_SHARE);
            assertThat(held.code()).as(held.out()).isEqualTo(ExitCode.HELD);
            assertThat(mail.received()).isEmpty();

            CommandRun released = monthEnd(out, mail.port(), MonthEndScenarios.ANY_RUN,
                    MonthEndScenarios.TIGHT_FEE_SHARE, "--release-held");
            assertThat(released.code()).as(released.out()).isEqualTo(ExitCode.COMPLETED);
            List<String> customers = customersWithAStatement(out);
            assertThat(mail.received()).hasSize(customers.size() - 2);
            // what went out is the statement as posted, not the held one
            for (TestMailServer.Received email : mail.received()) {
                String customer = email.to().replace("@example.com", "").toUpperCase();
                assertThat(email.pdfs().get(0)).isEqualTo(Files.readAllBytes(out.resolve("statements/" + customer
                        + ".pdf")));
            }
        }
    }

    @Test
    void aServerThatGoesAwayMidRunStopsTheRunAndTheSameCommandSendsOnlyTheRest() throws Exception {
        try (TestMailServer mail = new TestMailServer(Set.of(REFUSED));
                MailLine line = new MailLine(mail.port()).awayFrom(3)) {
            Path out = work.resolve("out");
            CommandRun first = monthEnd(out, line.port());
            assertThat(first.code()).as(first.out()).isEqualTo(ExitCode.FAILED);
            assertThat(first.out() + first.err()).contains("the mail server at 127.0.0.1:" + line.port() + " did not answer while "
                    + "statement ST-20261105-1-").contains("the same command sends only the statements not sent yet");
            int beforeItWent = mail.received().size();
            assertThat(beforeItWent).isEqualTo(2);

            line.comeBack();
            CommandRun second = monthEnd(out, line.port());
            assertThat(second.code()).as(second.out()).isEqualTo(ExitCode.COMPLETED);
            List<String> customers = customersWithAStatement(out);
            List<TestMailServer.Received> received = mail.received();
            assertThat(received).hasSize(customers.size() - 2);
            assertThat(received).extracting(TestMailServer.Received::to).doesNotHaveDuplicates();
            assertThat(second.out()).contains("Statements emailed: " + (customers.size() - 2) + "; not delivered: 2");
        }
    }

    private CommandRun monthEnd(Path out, int port, String... more) {
        List<String> all = new ArrayList<>(TestMailServer.settings(port));
        all.addAll(List.of(more));
        return CommandRun.of(database, args(out, all.toArray(String[]::new)));
    }

    private String[] args(Path out, String... more) {
        List<String> all = new ArrayList<>(List.of("month-end", "--as-of=" + AS_OF, "--input=" + input,
                "--output=" + out));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static List<String> customersWithAStatement(Path out) throws IOException {
        try (Stream<Path> pdfs = Files.list(out.resolve("statements"))) {
            return pdfs.map(p -> p.getFileName().toString().replace(".pdf", "")).sorted().toList();
        }
    }

}
