package com.slacredits.readers;

import com.slacredits.domain.ProbeObservation;
import com.slacredits.domain.ProbeStatus;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Throughput of the probe reader: writes N probe rows (first argument, default 2,000,000) to a temporary
 * file, reads them through {@link MultiFileReader} with {@link ProbeRows}, and prints rows per second
 * and the most heap in use. A main class rather than a test, so that no build depends on a machine's speed.
 * Run with a small heap ({@code -Xmx256m}) to see that memory stays flat.
 */
public final class ProbeReadBenchmark {

    private static final String[] SERVICES = {"svc-a", "svc-b", "svc-c", "svc-d"};

    private ProbeReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path folder = Files.createTempDirectory("probe-benchmark");
        Path file = folder.resolve("probes.csv");
        try {
            write(file, rows);
            System.out.printf("wrote %,d rows (%,d bytes) to %s%n", rows, Files.size(file), file);
            read(file);
            read(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void write(Path file, int rows) throws Exception {
        // half the rows with Z and half with an offset, so both forms are measured
        DateTimeFormatter withOffset = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        Instant start = Instant.parse("2026-10-01T00:00:17Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("service_id,checked_at,status,latency_ms\n");
            for (int i = 0; i < rows; i++) {
                Instant at = start.plusSeconds(15L * (i / SERVICES.length));
                String time = i % 2 == 0 ? at.toString() : withOffset.format(at.atOffset(ZoneOffset.ofHours(2)));
                out.write(SERVICES[i % SERVICES.length]);
                out.write(',');
                out.write(time);
                out.write(i % 97 == 0 ? ",DOWN," : ",UP,");
                out.write(Integer.toString(40 + i % 200));
                out.write('\n');
            }
        }
    }

    private static void read(Path file) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        Runtime runtime = Runtime.getRuntime();
        long maxSampled = 0;
        long accepted = 0;
        long rejected = 0;
        long down = 0;
        long checksum = 0;

        MultiFileReader<ProbeObservation> reader = new MultiFileReader<>("probes", List.of(file), new ProbeRows());
        long began = System.nanoTime();
        reader.open(new ExecutionContext());
        for (ReadResult<ProbeObservation> result = reader.read(); result != null; result = reader.read()) {
            if (result.isAccepted()) {
                ProbeObservation probe = result.value();
                accepted++;
                checksum += probe.checkedAt().getEpochSecond();
                if (probe.status() == ProbeStatus.DOWN) {
                    down++;
                }
            } else {
                rejected++;
            }
            if ((accepted & 0xFFFF) == 0) {
                maxSampled = Math.max(maxSampled, runtime.totalMemory() - runtime.freeMemory());
            }
        }
        reader.close();
        double seconds = (System.nanoTime() - began) / 1e9;

        long peakOfPools = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("read %,d rows (%,d rejected, %,d DOWN, checksum %d) in %.2f s: %,.0f rows/s; "
                        + "heap in use at most %,d MB sampled, %,d MB by pool peaks; max heap %,d MB%n",
                accepted + rejected, rejected, down, checksum, seconds, (accepted + rejected) / seconds,
                maxSampled >> 20, peakOfPools >> 20, runtime.maxMemory() >> 20);
    }
}
