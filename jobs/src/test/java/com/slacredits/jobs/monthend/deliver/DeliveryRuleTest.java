package com.slacredits.jobs.monthend.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** Who is sent what, in which words, and what a failed send says about the statement. */
class DeliveryRuleTest {

    private static final Optional<String> SENDER = Optional.of("Billing <billing@northwind.example>");

    @Test
    void onlyARealPostedRunWithASenderSends() {
        assertThat(DeliveryRule.silence(SENDER, false, false)).isEmpty();
        assertThat(DeliveryRule.silence(Optional.empty(), false, false)).get().asString()
                .contains("sla-credits.delivery.from");
        assertThat(DeliveryRule.silence(SENDER, true, false)).get().asString().contains("dry run");
        assertThat(DeliveryRule.silence(SENDER, false, true)).get().asString().contains("held");
        assertThat(new DeliverySettings("  ").sender()).isEmpty();
        assertThat(new DeliverySettings(null).sender()).isEmpty();
        assertThat(new DeliverySettings(" a@b.example ").sender()).contains("a@b.example");
    }

    @Test
    void anAddressIsOneAddress() {
        assertThat(DeliveryRule.unfit("cu-1@example.com")).isEmpty();
        assertThat(DeliveryRule.unfit("Acme Billing <billing@acme.example>")).isEmpty();
        assertThat(DeliveryRule.unfit("a@example.com, b@example.com")).get().asString().contains("not one");
        assertThat(DeliveryRule.unfit("not an address")).isPresent();
        assertThat(DeliveryRule.unfit("acme@")).isPresent();
    }

    @Test
    void theLetterNamesTheStatementInPlainWords() {
        StatementLetter letter = StatementLetter.of("ST-20261105-42-CU-1", "Acme Logistics B.V.",
                LocalDate.parse("2026-11-05"), "Northwind Cloud Services B.V.");
        assertThat(letter.subject()).isEqualTo("Your SLA credit statement ST-20261105-42-CU-1");
        assertThat(letter.attachmentName()).isEqualTo("ST-20261105-42-CU-1.pdf");
        assertThat(letter.body()).startsWith("Dear Acme Logistics B.V.,\n\n")
                .contains("statement ST-20261105-42-CU-1, as of 5 November 2026.")
                .contains("quote the statement number ST-20261105-42-CU-1")
                .endsWith("Northwind Cloud Services B.V.\n");
        assertThat(StatementLetter.of("ST-1", " ", LocalDate.parse("2026-11-05"), "N").body()).startsWith("Hello,");
    }

    @Test
    void aRefusalForGoodIsTheCustomersAndAnythingElseTheServers() throws Exception {
        InternetAddress to = new InternetAddress("nobody@example.com");
        SendFailedException rcpt550 = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT TO:<nobody@example.com>", 550, "550 5.1.1 no such mailbox"));
        assertThat(ServerAnswer.of(rcpt550)).isEqualTo(new ServerAnswer(ServerAnswer.Kind.REFUSED,
                "550 5.1.1 no such mailbox"));
        SendFailedException rcpt450 = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT TO:<nobody@example.com>", 450, "450 4.2.1 try later"));
        assertThat(ServerAnswer.of(rcpt450).kind()).isEqualTo(ServerAnswer.Kind.DEFERRED);
        assertThat(ServerAnswer.of(new SMTPSendFailedException(".", 554, "554 5.7.1 message refused", null, null, null,
                null)).kind()).isEqualTo(ServerAnswer.Kind.REFUSED);
        assertThat(ServerAnswer.of(new SMTPSendFailedException("MAIL FROM:<billing@northwind.example>", 553,
                "553 sender not allowed", null, null, null, null)).kind()).isEqualTo(ServerAnswer.Kind.SENDER_REFUSED);
        assertThat(ServerAnswer.of(new MessagingException("Couldn't connect to host",
                new ConnectException("Connection refused")))).isEqualTo(new ServerAnswer(ServerAnswer.Kind.NONE,
                "Connection refused"));
    }
}
