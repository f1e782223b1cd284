package com.slacredits.reports;

import java.io.IOException;
import java.io.InputStream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.jdt.JRJdtCompiler;

/**
 * The report templates, compiled: once per run, never once per customer.
 *
 * <p>A compiled {@link JasperReport} is immutable once built and is shared by every thread that
 * fills it; fillers and exporters are not, and the renderers make their own per document.
 *
 * <p>Expressions are compiled by the JDT compiler of {@code jasperreports-jdt}, named here rather
 * than left to JasperReports' silent fallback: javac compiles against {@code java.class.path},
 * which inside a Spring Boot fat jar holds only the jar itself, so the fallback passes under
 * {@code mvn test} and fails under {@code java -jar}. JDT reads classes through the class loader.
 * Naming it also makes a missing {@code jasperreports-jdt} a build error instead of a production
 * one.
 */
public final class CompiledReports {

    static final String STATEMENT = "statement.jrxml";
    static final String SUMMARY = "summary.jrxml";

    private final JasperReport statement;
    private final JasperReport summary;

    private CompiledReports(JasperReport statement, JasperReport summary) {
        this.statement = statement;
        this.summary = summary;
    }

    /** Compiles the templates shipped in this module; a second or two, so call it once per run. */
    public static CompiledReports compile() {
        return new CompiledReports(compile(STATEMENT), compile(SUMMARY));
    }

    static JasperReport compile(String template) {
        try (InputStream source = CompiledReports.class.getResourceAsStream(template)) {
            if (source == null) {
                throw new IllegalStateException("report template " + template + " is not on the classpath");
            }
            return new JRJdtCompiler(DefaultJasperReportsContext.getInstance()).compileReport(JRXmlLoader.load(source));
        } catch (JRException | IOException e) {
            throw new ReportRenderingException("report template " + template + " does not compile", e);
        }
    }

    JasperReport statement() {
        return statement;
    }

    JasperReport summary() {
        return summary;
    }
}
