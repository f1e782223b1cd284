package com.slacredits.reports;

import java.io.IOException;
import java.io.OutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/** Exports a filled report to PDF. An exporter is not thread-safe, so each document gets its own. */
final class PdfDocument {

    private PdfDocument() {
    }

    static void export(JasperPrint print, String title, String author, OutputStream out) throws IOException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor(author);
        configuration.setMetadataCreator("sla-credits");
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            // The exporter wraps the stream's failures; a full disk should read as one.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new ReportRenderingException("PDF export of " + title + " failed", e);
        }
    }
}
