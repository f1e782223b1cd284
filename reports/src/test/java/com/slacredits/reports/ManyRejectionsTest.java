package com.slacredits.reports;

import static com.slacredits.reports.October2026.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Channel;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.ContractPeriod;
import com.slacredits.domain.Reason;
import com.slacredits.domain.RejectionListing;
import com.slacredits.domain.RejectionListing.Group;
import com.slacredits.domain.RejectionListing.Unlisted;
import com.slacredits.domain.ServicePeriod;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/** files.md, "Many rejections": ten of a contract, period and reason listed, the rest one line. */
class ManyRejectionsTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void theLineSaysHowManyMoreWhatTheyAreAndWhereEachIs() {
        assertThat(DecisionWording.unlisted(unlisted(Reason.DUPLICATE, 149_990))).isEqualTo(
                "and 149,990 more claims for K-A1, 2026-10, rejected as duplicates; each is in decisions.csv.");
        assertThat(DecisionWording.unlisted(unlisted(Reason.DUPLICATE, 1))).isEqualTo(
                "and 1 more claim for K-A1, 2026-10, rejected as a duplicate; it is in decisions.csv.");
    }

    @Test
    void everyRejectionReasonHasItsWords() {
        Map<Reason, String> words = Map.of(
                Reason.UNKNOWN_CONTRACT, "rejected because we have no such contract on record",
                Reason.AUTOMATIC, "not needed, as your SLA has us measure that month ourselves",
                Reason.NOT_IN_WRITING, "rejected as not made in writing",
                Reason.WRONG_PERIOD, "rejected for naming a month where your SLA measures quarters",
                Reason.LATE, "rejected as late",
                Reason.NOT_COVERED, "rejected because the contract did not cover that month",
                Reason.DUPLICATE, "rejected as duplicates",
                Reason.NO_CREDIT_DUE, "with no credit due");
        words.forEach((reason, why) -> assertThat(DecisionWording.unlisted(unlisted(reason, 12)))
                .isEqualTo("and 12 more claims for K-A1, 2026-10, " + why + "; each is in decisions.csv."));
        assertThat(DecisionWording.unlisted(unlisted(Reason.CAP_REACHED, 3))).isEqualTo("and 3 more missed support"
                + " tickets for K-A1, 2026-10, past the cap on support credits; each is in decisions.csv.");
        Unlisted quarter = new Unlisted(new Group(new ContractPeriod("K-A1", ServicePeriod.quarter(2026, 4)),
                Reason.WRONG_PERIOD), 2, "CL-10");
        assertThat(DecisionWording.unlisted(quarter)).contains("2026-Q4, rejected for naming a quarter where your SLA"
                + " measures months");
    }

    @Test
    void everyReasonARejectionCanHaveIsWorded() {
        Set<Reason> rejections = EnumSet.complementOf(EnumSet.of(Reason.TIER, Reason.MATERIAL_BREACH, Reason.MET,
                Reason.MISSED, Reason.SUPPORT_MISSED));
        for (Reason reason : rejections) {
            assertThat(DecisionWording.unlisted(unlisted(reason, 2))).as("%s", reason).startsWith("and 2 more ");
            assertThat(new StatementLine(unlisted(reason, 2)).getDecision()).as("%s", reason)
                    .isEqualTo(DecisionWording.rejected(reason));
        }
        for (Reason listed : EnumSet.complementOf(EnumSet.copyOf(rejections))) {
            assertThatThrownBy(() -> DecisionWording.unlisted(unlisted(listed, 2))).as("%s", listed)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theLineFollowsTheGroupsTenthAndOtherLinesKeepTheirPlaces() {
        List<ClaimDecision> decisions = new ArrayList<>(duplicates(25));
        decisions.add(CL_01);
        decisions.addAll(rejections("CL-L", 11, Reason.LATE));
        decisions.add(rejected(claim("ZZ-1", "K-A1", OCTOBER, RECEIVED, Channel.EMAIL, null, false), K_A1,
                Reason.NOT_IN_WRITING));

        CustomerStatement statement = CustomerStatement.of("CU-1", decisions);

        assertThat(StatementRenderer.decisionLines(statement)).extracting(line -> line instanceof ClaimDecision d
                        ? d.claimId() : "more " + ((Unlisted) line).count())
                .containsExactly("CL-01", "CL-D01", "CL-D02", "CL-D03", "CL-D04", "CL-D05", "CL-D06", "CL-D07",
                        "CL-D08", "CL-D09", "CL-D10", "more 15", "CL-L01", "CL-L02", "CL-L03", "CL-L04", "CL-L05",
                        "CL-L06", "CL-L07", "CL-L08", "CL-L09", "CL-L10", "more 1", "ZZ-1");
        assertThat(statement.lineCount()).isEqualTo(24);
    }

    @Test
    void aStatementOfEveryDecisionAndOneOfWhatTheDatabaseCountedAreTheSame() {
        List<ClaimDecision> all = duplicates(150);
        CustomerStatement read = CustomerStatement.of("CU-1", all);
        CustomerStatement counted = CustomerStatement.of("CU-1", RejectionListing.of(all.subList(0, 10),
                Map.of(new Group(new ContractPeriod("K-A1", OCTOBER), Reason.DUPLICATE), 140L)), List.of(), List.of(),
                "");

        assertThat(counted).isEqualTo(read);
        assertThat(read.decisions()).hasSize(10);
        assertThat(read.unlisted()).extracting(Unlisted::count).containsExactly(140L);
    }

    @Test
    void thePdfListsTenAndSumsTheRestInOneLine(@TempDir Path out) throws IOException {
        List<ClaimDecision> decisions = new ArrayList<>(duplicates(150));
        decisions.add(CL_01);
        decisions.addAll(rejections("CL-N", 10, Reason.NOT_IN_WRITING));
        new StatementItemWriter(Statements.RENDERER, October2026.run(false), out)
                .write(new Chunk<>(CustomerStatement.of(decisions)));

        PdfText pdf = PdfText.of(out.resolve("statements/CU-1.pdf"));
        String text = pdf.flat();

        assertThat(text).contains("CL-D001", "CL-D010", "CL-N10", "CL-01", "140 more")
                .doesNotContain("CL-D011", "CL-D150")
                .contains("and 140 more claims for K-A1, 2026-10, rejected as duplicates; each is in decisions.csv.");
        assertThat(count(text, "more claim")).isEqualTo(1);
        assertThat(pdf.pageCount()).isLessThanOrEqualTo(3);
    }

    private static long count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        return matcher.results().count();
    }

    private static Unlisted unlisted(Reason reason, long count) {
        return new Unlisted(new Group(new ContractPeriod("K-A1", OCTOBER), reason), count, "CL-10");
    }

    private static List<ClaimDecision> duplicates(int count) {
        return rejections("CL-D", count, Reason.DUPLICATE);
    }

    private static List<ClaimDecision> rejections(String prefix, int count, Reason reason) {
        String format = prefix + (count > 99 ? "%03d" : "%02d");
        return IntStream.rangeClosed(1, count).mapToObj(i -> rejected(
                claim(String.format(format, i), "K-A1", OCTOBER, RECEIVED, Channel.EMAIL, null, false), K_A1, reason))
                .toList();
    }
}
