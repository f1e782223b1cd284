package com.slacredits.reports;

import com.slacredits.domain.StatementFileName;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Renders 5,000 statements of three claims each on every core, sharing one renderer as the
 * statement step does, and prints statements per second. Not a unit test: run it by hand (see
 * the report below). Also prints where a statement's time goes: filling, PDF export (which
 * includes subsetting and embedding the fonts) and writing the file.
 */
public final class StatementBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int threads = Runtime.getRuntime().availableProcessors();
        Path out = Files.createTempDirectory("statement-benchmark");

        long compileStart = System.nanoTime();
        CompiledReports reports = CompiledReports.compile();
        double compileSeconds = (System.nanoTime() - compileStart) / 1e9;
        StatementRenderer renderer = new StatementRenderer(reports, Packs.WORDING);
        StatementRun run = new StatementRun(StatementRun.DEFAULT_PROVIDER_NAME, 1, October2026.AS_OF, false);
        List<CustomerStatement> statements = SyntheticCustomers.statements(count);

        // Warm-up: the first statements pay for class loading, font parsing and JIT compilation.
        Path warmUp = out.resolve("warm-up");
        Files.createDirectories(warmUp);
        render(renderer, run, SyntheticCustomers.statements(Integer.getInteger("warmup", 2_000)), warmUp, threads);

        Path target = out.resolve("statements");
        Files.createDirectories(target);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        render(renderer, run, statements, target, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1e6 / count;

        System.out.printf(Locale.ROOT, "compiled the templates once in %.2f s%n", compileSeconds);
        System.out.printf(Locale.ROOT, "%d statements on %d threads in %.2f s: %.0f statements/s%n",
                count, threads, seconds, count / seconds);
        // Other work on the machine steals cores from the wall-clock figure; CPU time per statement
        // does not depend on it, and gives what the cores could do if they were ours alone.
        System.out.printf(Locale.ROOT, "process CPU %.2f ms per statement (GC and JIT included): %.0f statements/s"
                        + " on %d idle cores; load average %.2f before, %.2f after%n",
                cpuMillis, threads * 1000 / cpuMillis, threads, loadBefore, os.getSystemLoadAverage());
        phases(renderer, run, statements.subList(0, Math.min(500, count)));
        System.out.println("output: " + target);
    }

    private static void render(StatementRenderer renderer, StatementRun run, List<CustomerStatement> statements,
            Path folder, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (CustomerStatement statement : statements) {
                done.add(pool.submit(() -> renderer.render(statement, run.headerFor(statement),
                        StatementFileName.in(folder, statement.customerId()))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** One thread, so the split is not blurred by the other core. */
    private static void phases(StatementRenderer renderer, StatementRun run, List<CustomerStatement> statements)
            throws Exception {
        AtomicLong fill = new AtomicLong();
        AtomicLong export = new AtomicLong();
        long bytes = 0;
        for (CustomerStatement statement : statements) {
            StatementHeader header = run.headerFor(statement);
            long t0 = System.nanoTime();
            JasperPrint print = renderer.fill(statement, header);
            long t1 = System.nanoTime();
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            renderer.export(print, header, pdf);
            long t2 = System.nanoTime();
            fill.addAndGet(t1 - t0);
            export.addAndGet(t2 - t1);
            bytes += pdf.size();
        }
        Path file = Files.createTempFile("statement-benchmark", ".pdf");
        byte[] sample = new byte[(int) (bytes / statements.size())];
        long t0 = System.nanoTime();
        for (int i = 0; i < statements.size(); i++) {
            Path target = file.resolveSibling("bench-" + i + ".pdf");
            PdfTarget pdfTarget = new PdfTarget(target);
            pdfTarget.write(out -> out.write(sample));
            Files.delete(target);
        }
        long write = System.nanoTime() - t0;
        Files.delete(file);
        int n = statements.size();
        System.out.printf(Locale.ROOT, "per statement on one thread: fill %.2f ms, PDF export %.2f ms,"
                        + " write+rename %.2f ms; %.1f KB per PDF%n",
                fill.get() / 1e6 / n, export.get() / 1e6 / n, write / 1e6 / n, bytes / 1024.0 / n);
    }
}
