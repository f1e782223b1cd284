package com.slacredits.reports;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The run's parameters as the finance summary prints them. The date and dry-run flag come from
 * the {@code RunSummary} itself, so the two cannot disagree.
 *
 * @param database where decisions were stored, e.g. the JDBC URL; a password in it is masked
 *     before it reaches the PDF
 */
public record SummaryParameters(String providerName, long runId, Path inputDir, Path outputDir, String database) {

    private static final Pattern URL_CREDENTIALS = Pattern.compile("//[^/@?;]*@");
    private static final Pattern PASSWORD_SETTING = Pattern.compile("(?i)(password|pwd)=[^&;]*");

    public SummaryParameters {
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(inputDir, "inputDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(database, "database");
        database = PASSWORD_SETTING.matcher(URL_CREDENTIALS.matcher(database).replaceAll("//***@"))
                .replaceAll("$1=***");
    }
}
