package com.slacredits.jobs.monthend.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.RunSummary;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.SignOffSettings;
import com.slacredits.jobs.scenarios.TestDatabase;
import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.reports.CompiledReports;
import com.slacredits.reports.SignOff;
import com.slacredits.reports.SummaryRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the summary step gives the summary besides the run's figures: the database, named whole and
 * masked by DatabaseSettings, and the sign-off as the run first recorded it.
 */
class SummarySignOffTest {

    private static final Instant FIRST = Instant.parse("2026-11-05T07:58:00Z");
    private static final Instant LATER = Instant.parse("2026-11-06T10:00:00Z");

    @TempDir
    Path folder;

    private TestDatabase database;

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aLongMySqlUrlWithUserAndPasswordIsNamedWholeAndMasked() throws IOException {
        DatabaseSettings settings = new DatabaseSettings("jdbc:mysql://finance:s3cret@db-finance-primary.eu-west-1"
                + ".internal.example.com:3306/sla_credits_production?user=finance&password=s3cret&useSSL=true"
                + "&requireSSL=true&verifyServerCertificate=true&serverTimezone=UTC&rewriteBatchedStatements=true",
                "finance", "s3cret");
        RunParameters run = new RunParameters(7, LocalDate.of(2026, 11, 5), folder.resolve("in"), folder, false, false);
        Path pdf = folder.resolve("summary.pdf");

        new SummaryRenderer(CompiledReports.compile(), new PolicyCatalog(List.of())).render(
                new RunSummary(run.asOf(), false, List.of(), 0, new TreeMap<>(), List.of()),
                SummaryReport.parameters(run, settings, SignOff.NONE), pdf);

        String text = text(pdf);
        assertThat(text).doesNotContain("s3cret").doesNotContain("finance@");
        // wrapped within its column: whole once the line breaks are taken out
        assertThat(text.replaceAll("\\s", "")).contains("Databasejdbc:mysql://db-finance-primary.eu-west-1.internal"
                + ".example.com:3306/sla_credits_production?user=****&password=****&useSSL=true&requireSSL=true"
                + "&verifyServerCertificate=true&serverTimezone=UTC&rewriteBatchedStatements=trueClaimsdecided");
    }

    /** The first summary records who; a resume by someone else and an export print the same names. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void theRunsFirstSummaryRecordsItsSignOffForEveryLaterOne(String vendor) {
        database = TestDatabase.migrated(vendor, folder, "sla_credits_sign_off_");
        RunSignOffs signOffs = new RunSignOffs(database.jdbc());
        SignOffSettings approved = new SignOffSettings("alice", Optional.of("bob"),
                Optional.of(Instant.parse("2026-11-05T07:50:00Z")));

        SignOff first = signOffs.of(3, Optional.of(approved), FIRST);

        assertThat(first).isEqualTo(new SignOff(Optional.of(new SignOff.Signer("alice", FIRST)),
                Optional.of(new SignOff.Signer("bob", Instant.parse("2026-11-05T07:50:00Z")))));
        assertThat(signOffs.of(3, Optional.of(SignOffSettings.preparedBy("carol")), LATER)).isEqualTo(first);
        assertThat(signOffs.of(3, Optional.empty(), LATER)).isEqualTo(first);
        // a command-line run: nobody approved it in the console
        assertThat(signOffs.of(4, Optional.of(SignOffSettings.preparedBy("ops")), LATER))
                .isEqualTo(new SignOff(Optional.of(new SignOff.Signer("ops", LATER)), Optional.empty()));
        // an export of a run that recorded nothing: lines to fill in, and nothing recorded by the export
        assertThat(signOffs.of(5, Optional.empty(), LATER)).isEqualTo(SignOff.NONE);
        assertThat(signOffs.of(5, Optional.of(SignOffSettings.preparedBy("dave")), LATER).prepared())
                .hasValue(new SignOff.Signer("dave", LATER));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
