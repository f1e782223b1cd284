package com.slacredits.readers;

import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeFileCheckTest {

    private static final String HEADER = "service_id,checked_at,status\n";
    private static final String GOOD = "svc-1,2026-10-03T12:00:10Z,UP\n";
    private static final String NO_OFFSET = "svc-1,2026-10-03T12:00:10,UP\n";

    @TempDir
    Path folder;

    @Test
    void halfTheRowsBadIsStillAProbesFile() {
        Path file = write(folder, "probes.csv", HEADER + NO_OFFSET.repeat(50) + GOOD.repeat(50));

        assertThatCode(() -> ProbeFileCheck.sample(file)).doesNotThrowAnyException();
    }

    @Test
    void oneBadRowMoreThanHalfIsProbablyTheWrongFile() {
        Path file = write(folder, "probes.csv", HEADER + NO_OFFSET.repeat(51) + GOOD.repeat(49));

        assertThatThrownBy(() -> ProbeFileCheck.sample(file)).isInstanceOf(InputFileException.class)
                .hasMessage("probes.csv is probably not a probes file: 51 of its first 100 rows cannot be read (line 2: "
                        + "checked_at has no UTC offset: 2026-10-03T12:00:10): fix or remove the file and run the same "
                        + "command again.");
    }

    @Test
    void onlyTheStartOfTheFileIsSampled() {
        Path file = write(folder, "probes.csv", HEADER + GOOD.repeat(ProbeFileCheck.SAMPLE_ROWS)
                + NO_OFFSET.repeat(ProbeFileCheck.SAMPLE_ROWS + 1));

        assertThatCode(() -> ProbeFileCheck.sample(file)).doesNotThrowAnyException();
    }

    @Test
    void anEmptyBodyIsNotTheWrongFile() {
        Path file = write(folder, "probes.csv", HEADER);

        assertThatCode(() -> ProbeFileCheck.sample(file)).doesNotThrowAnyException();
    }
}
