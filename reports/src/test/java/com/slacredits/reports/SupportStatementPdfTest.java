package com.slacredits.reports;

import static com.slacredits.reports.SupportTickets.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Statements with support tickets (support SLAs, section 5), read back with PDFBox: the claims table and
 * its totals, then the tickets; a customer with tickets alone gets a statement without totals.
 */
class SupportStatementPdfTest {

    static final StatementRenderer RENDERER = new StatementRenderer(Statements.REPORTS,
            new DecisionWording(SupportTickets.CATALOG));
    static final StatementRun RUN = new StatementRun(StatementRun.DEFAULT_PROVIDER_NAME, 1, RUN_1, false);

    @TempDir
    static Path out;

    @BeforeAll
    static void render() throws IOException {
        new StatementItemWriter(RENDERER, RUN, out).write(new Chunk<>(
                CustomerStatement.of("CU-7", K_Z1_DECISIONS, List.of(), K_Z1_TICKETS, ""),
                CustomerStatement.of("CU-6", List.of(), List.of(), List.of(U_01), "Hudson Pricing Inc.")));
    }

    static PdfText pdf(String customerId) throws IOException {
        return PdfText.of(out.resolve("statements").resolve(customerId + ".pdf"));
    }

    @Test
    void theTicketsFollowTheClaimsAndTheirTotals() throws IOException {
        String text = pdf("CU-7").flat();
        assertThat(text).contains("After them come the support tickets this run measured for you",
                "SUP-Z-02", "Credit of 10 %", "€83.33", "EUR €166.67 €0.00 €166.67",
                "Support tickets", "Ticket Contract Period Priority Reported First response Resolution");
        assertThat(text.indexOf("Totals")).isLessThan(text.indexOf("Support tickets"));
        assertThat(text.indexOf("SUP-Z-04")).isLessThan(text.indexOf("Totals"));
        assertThat(text.indexOf("Support tickets")).isLessThan(text.lastIndexOf("Z-01 K-Z1"));
    }

    @Test
    void eachTicketReadsItsClocksAndCalendarInWords() throws IOException {
        String text = pdf("CU-7").flat();
        assertThat(text).contains(
                "Z-02 K-Z1 2026-10 P1 2026-10-21 22:10 UTC+02:00 Missed Missed",
                "First response after 40 min; target 30 min: missed.",
                "Not resolved by 2026-11-05 00:00 Europe/Amsterdam; target 4 h: missed.",
                "Counted around the clock.",
                "First response after 5 h of business hours; target 4 h: missed.",
                "Resolved after 15 h of business hours; target 16 h: met.",
                "Counted in business hours: Monday to Friday, 08:00–18:00 Europe/Amsterdam, except public holidays of"
                        + " the Netherlands and 2026-10-16, a day we announced we were closed.",
                "First response counted around the clock; resolution counted in business hours",
                "Measured under Harbour Support SLA 2026, Business edition");
        assertThat(text).doesNotContain("ALWAYS", "harbour", "MISSED", "SUPPORT_MISSED");
    }

    @Test
    void aCustomerWithTicketsAloneGetsAStatementWithoutTotals() throws IOException {
        PdfText statement = pdf("CU-6");
        String text = statement.flat();
        assertThat(statement.pageCount()).isEqualTo(1);
        assertThat(text).contains("Hudson Pricing Inc.", "decided no claim of yours",
                "This statement lists the support tickets it measured for you",
                "U-01 K-U1 2026-11 P4 2026-11-25 21:30 UTC+01:00 Met Missed",
                "Counted in business hours: Monday to Friday, 09:00–17:00 America/New_York, except public holidays of"
                        + " the United States.",
                "If anything on this statement is unclear, reply to us quoting statement number",
                "page 1 of 1");
        assertThat(text).doesNotContain("Totals", "Credits are deducted", "Claim Contract Period Availability");
    }

    @Test
    void manyTicketsRepeatTheirHeadingsOnEveryPage(@TempDir Path many) throws IOException {
        List<MeasuredTicket> tickets = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            tickets.add(renamed(i % 2 == 0 ? Z_04 : Z_01, String.format("Z-%03d", i)));
        }
        new StatementItemWriter(RENDERER, RUN, many).write(new Chunk<>(
                CustomerStatement.of("CU-7", List.of(supportCredit(Z_01, "5", "41.67")), List.of(), tickets, "")));

        PdfText text = PdfText.of(many.resolve("statements/CU-7.pdf"));
        int pages = text.pageCount();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 2; page <= pages; page++) {
            assertThat(text.page(page)).as("page %d", page)
                    .contains("Ticket", "Priority", "Reported", "First response", "Resolution")
                    .doesNotContain("Availability")
                    .contains("page " + page + " of " + pages);
        }
        assertThat(text.flat()).contains("Z-001", "Z-040", "EUR €41.67 €0.00 €41.67");
    }
}
