package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.ExcusedWindow;
import com.slacredits.domain.WindowCause;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** windows.csv under policy packs: the causes packs may excuse, and windows naming a group of services. */
class WindowRowsTest {

    private static final String HEADER = "window_id,service_id,cause,starts_at,ends_at,announced_at\n";

    @TempDir
    Path folder;

    @Test
    void emergencyMaintenanceAndBetaAreCauses() throws Exception {
        Path file = write(folder, "windows.csv", HEADER
                + "W-1,plm,EMERGENCY_MAINTENANCE,2026-10-06T03:00:00+02:00,2026-10-06T03:45:00+02:00,\n"
                + "W-2,svc-ai,BETA,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-09-01T00:00:00Z\n");

        List<ReadResult<ExcusedWindow>> results = read(file, new WindowRows());

        assertThat(rejections(results)).isEmpty();
        assertThat(values(results)).containsExactly(
                new ExcusedWindow("W-1", "plm", WindowCause.EMERGENCY_MAINTENANCE,
                        Instant.parse("2026-10-06T01:00:00Z"), Instant.parse("2026-10-06T01:45:00Z"), Optional.empty()),
                new ExcusedWindow("W-2", "svc-ai", WindowCause.BETA, Instant.parse("2026-10-01T00:00:00Z"),
                        Instant.parse("2026-11-01T00:00:00Z"), Optional.of(Instant.parse("2026-09-01T00:00:00Z"))));
    }

    @Test
    void everyCauseOfThePackFormatIsRead() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        for (WindowCause cause : WindowCause.values()) {
            rows.append("W-").append(cause.name()).append(",svc-a,").append(cause.name())
                    .append(",2026-10-01T00:00:00Z,2026-10-01T01:00:00Z,\n");
        }
        Path file = write(folder, "windows.csv", rows.toString());

        assertThat(values(read(file, new WindowRows()))).extracting(ExcusedWindow::cause).containsExactly(
                WindowCause.MAINTENANCE, WindowCause.EMERGENCY_MAINTENANCE, WindowCause.THIRD_PARTY,
                WindowCause.FORCE_MAJEURE, WindowCause.CUSTOMER, WindowCause.BETA);
    }

    @Test
    void aWindowMayNameAGroupAsAContractWritesIt() throws Exception {
        Path file = write(folder, "windows.csv", HEADER
                + "W-1,voice-trunk-1|voice-trunk-2,MAINTENANCE,2026-10-01T00:00:00Z,2026-10-01T01:00:00Z,\n");

        assertThat(values(read(file, new WindowRows()))).singleElement()
                .satisfies(window -> assertThat(window.serviceId()).isEqualTo("voice-trunk-1|voice-trunk-2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a||b", "a|a", "|a"})
    void aGroupWithAnEmptyOrRepeatedMemberIsRejected(String serviceId) throws Exception {
        String row = "W-1," + serviceId + ",MAINTENANCE,2026-10-01T00:00:00Z,2026-10-01T01:00:00Z,";
        Path file = write(folder, "windows.csv", HEADER + row + "\n");

        assertThat(rejections(read(file, new WindowRows()))).containsExactly(new RejectedRow("windows.csv", 2,
                "service_id is not a service or a group of distinct services joined by |: " + serviceId, row));
    }

    @Test
    void aCauseIsWrittenExactlyAsItsName() throws Exception {
        String row = "W-1,svc-a,Beta,2026-10-01T00:00:00Z,2026-10-01T01:00:00Z,";
        Path file = write(folder, "windows.csv", HEADER + row + "\n");

        assertThat(rejections(read(file, new WindowRows()))).containsExactly(new RejectedRow("windows.csv", 2,
                "cause is not one of MAINTENANCE, EMERGENCY_MAINTENANCE, THIRD_PARTY, FORCE_MAJEURE, CUSTOMER, BETA: Beta",
                row));
    }
}
