package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import org.junit.jupiter.api.Test;

/** Guards the pitfalls this stack is known for, which otherwise only show in production. */
class CompiledReportsTest {

    @Test
    void expressionsCompileWithoutAFileSystemClasspathAsInsideTheFatJar() {
        // Inside a Spring Boot fat jar java.class.path names only the jar: javac would find none of
        // the classes the expressions use, JDT reads them through the class loader.
        String classpath = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", "");
            CompiledReports reports = CompiledReports.compile();
            assertThat(reports.statement()).isNotNull();
        } finally {
            System.setProperty("java.class.path", classpath);
        }
    }

    @Test
    void templatesAreInTheJasperReports7Format() throws IOException {
        for (String template : List.of(CompiledReports.STATEMENT, CompiledReports.SUMMARY)) {
            try (InputStream in = CompiledReports.class.getResourceAsStream(template)) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(xml).as(template)
                        .contains("<jasperReport ", "kind=\"textField\"")
                        .doesNotContain("jasperreports.sourceforge.net/jasperreports", "<reportElement");
            }
        }
    }

    @Test
    void dejaVuComesFromTheFontExtensionAndIsEmbedded() {
        List<FontFamily> families = DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class);
        assertThat(families).anySatisfy(family -> {
            assertThat(family.getName()).isEqualTo("DejaVu Sans");
            assertThat(family.isPdfEmbedded()).isTrue();
        });
    }

    @Test
    void pdfExportIsOnTheClasspath() throws ClassNotFoundException {
        assertThat(Class.forName("net.sf.jasperreports.pdf.JRPdfExporter")).isNotNull();
    }
}
