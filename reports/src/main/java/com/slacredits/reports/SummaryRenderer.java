package com.slacredits.reports;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.RunSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Renders the finance summary of a run. Thread-safe, like {@link StatementRenderer}.
 *
 * <p>The summary counts and totals the decisions per policy pack; the catalogue gives each pack's
 * title next to its id (a pack it does not hold is shown by its id alone).
 */
public final class SummaryRenderer {

    private final CompiledReports reports;
    private final PolicyCatalog policies;

    public SummaryRenderer(CompiledReports reports, PolicyCatalog policies) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /**
     * Renders {@code summary.pdf} to {@code target} through a temporary sibling and an atomic
     * rename; does nothing when a complete PDF is already there.
     *
     * @return true when this call wrote the file
     */
    public boolean render(RunSummary summary, SummaryParameters parameters, Path target) throws IOException {
        return render(summary, parameters, Optional.empty(), target);
    }

    /** The same, ending with the statements sent by email when the run sent any (StatementDeliveryLines). */
    public boolean render(RunSummary summary, SummaryParameters parameters, Optional<StatementDeliveryLines> delivery,
            Path target) throws IOException {
        return new PdfTarget(target).write(out -> PdfDocument.export(fill(summary, parameters, delivery),
                "SLA credit run " + parameters.runId() + " summary", parameters.providerName(), out));
    }

    JasperPrint fill(RunSummary summary, SummaryParameters parameters) {
        return fill(summary, parameters, Optional.empty());
    }

    private JasperPrint fill(RunSummary summary, SummaryParameters parameters,
            Optional<StatementDeliveryLines> delivery) {
        Map<String, Object> values = new HashMap<>();
        values.put("PROVIDER_NAME", parameters.providerName());
        values.put("RUN_ID", Long.toString(parameters.runId()));
        values.put("AS_OF", summary.asOf().toString());
        values.put("BANNER", RunBanner.of(summary.dryRun(), summary.hold().isPresent()).orElse(null));
        try {
            return JasperFillManager.fillReport(reports.summary(), values,
                    new JRBeanCollectionDataSource(withDelivery(SummaryContent.of(summary, parameters, policies),
                            delivery)));
        } catch (JRException e) {
            throw new ReportRenderingException("summary of run " + parameters.runId() + " does not fill", e);
        }
    }

    private static List<SummaryLine> withDelivery(List<SummaryLine> lines, Optional<StatementDeliveryLines> delivery) {
        if (delivery.isEmpty()) {
            return lines;
        }
        // before the sign-off block, which closes the summary: what is signed includes what was sent
        List<SummaryLine> all = new ArrayList<>(lines.stream()
                .filter(line -> !line.getSection().equals(SummaryContent.SIGN_OFF)).toList());
        all.addAll(delivery.get().lines());
        all.addAll(lines.stream().filter(line -> line.getSection().equals(SummaryContent.SIGN_OFF)).toList());
        return all;
    }
}
