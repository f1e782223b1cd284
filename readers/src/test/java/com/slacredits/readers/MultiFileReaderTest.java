package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import static com.slacredits.readers.CsvFiles.readAll;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.ProbeObservation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class MultiFileReaderTest {

    @TempDir
    Path folder;

    @BeforeEach
    void probeFiles() {
        write(folder, "probes-b.csv", """
                service_id,checked_at,status
                svc-b,2026-10-01T00:00:00Z,UP
                svc-b,2026-10-01T00:01:00,DOWN
                """);
        write(folder, "probes-a.csv", """
                status,checked_at,service_id
                UP,2026-10-01T00:00:00Z,svc-a
                DOWN,2026-10-01T00:01:00Z,svc-a
                """);
        write(folder, "probes.csv", """
                service_id,checked_at,status
                svc-0,2026-10-01T00:00:00Z,UP
                """);
        write(folder, "probes-c.txt", "not a probe file\n");
        write(folder, "windows.csv", "window_id\n");
    }

    private MultiFileReader<ProbeObservation> reader() {
        return new MultiFileReader<>("probes", new InputFolder(folder).probes(), new ProbeRows());
    }

    @Test
    void readsEveryProbeFileInNameOrderOneAfterTheOther() throws Exception {
        List<ReadResult<ProbeObservation>> results = readAll(reader());

        assertThat(results).extracting(result -> result.file() + ":" + result.line()).containsExactly(
                "probes-a.csv:2", "probes-a.csv:3", "probes-b.csv:2", "probes-b.csv:3", "probes.csv:2");
        assertThat(results.get(1).value().serviceId()).isEqualTo("svc-a");
        assertThat(results.get(3).rejection()).isEqualTo(new RejectedRow("probes-b.csv", 3,
                "checked_at has no UTC offset: 2026-10-01T00:01:00", "svc-b,2026-10-01T00:01:00,DOWN"));
    }

    @Test
    void savesHowMuchOfAllTheFilesItHasReadBySize() throws Exception {
        // a.csv has 2 rows and b.csv has 100 of the same length: half the rows of b is about half of all
        Path small = write(folder, "probes-x1.csv", "service_id,checked_at,status\n"
                + "svc-x,2026-10-01T00:00:00Z,UP\n".repeat(2));
        Path large = write(folder, "probes-x2.csv", "service_id,checked_at,status\n"
                + "svc-x,2026-10-01T00:00:00Z,UP\n".repeat(100));
        MultiFileReader<ProbeObservation> reader = new MultiFileReader<>("probes", List.of(small, large), new ProbeRows());
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        reader.update(context);
        assertThat(ReadProgress.of(context).getAsDouble()).as("the first header only").isLessThan(0.02);

        for (int i = 0; i < 52; i++) {
            reader.read();
        }
        reader.update(context);
        assertThat(ReadProgress.of(context).getAsDouble()).isBetween(0.48, 0.52);

        while (reader.read() != null) {
            // to the end of both files
        }
        reader.update(context);
        assertThat(ReadProgress.of(context)).hasValue(1.0);
        reader.close();
    }

    @Test
    void savesTheFileAndTheRecordsReadInIt() throws Exception {
        MultiFileReader<ProbeObservation> reader = reader();
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        reader.read();
        reader.read();
        reader.read();
        reader.update(context);
        reader.close();

        assertThat(context.getInt("probes.file.index")).isEqualTo(1);
        assertThat(context.getString("probes.file.name")).isEqualTo("probes-b.csv");
        assertThat(context.getLong("probes.read.count")).isEqualTo(1);
    }

    @Test
    void aRestartResumesInTheFileItStoppedIn() throws Exception {
        ExecutionContext context = new ExecutionContext();
        context.putInt("probes.file.index", 1);
        context.putString("probes.file.name", "probes-b.csv");
        context.putLong("probes.read.count", 1);

        List<ReadResult<ProbeObservation>> results = readAll(reader(), context);

        assertThat(results).extracting(result -> result.file() + ":" + result.line())
                .containsExactly("probes-b.csv:3", "probes.csv:2");
    }

    @Test
    void afterTheLastFileItSavesThatAllAreRead() throws Exception {
        MultiFileReader<ProbeObservation> reader = reader();
        ExecutionContext context = new ExecutionContext();
        readAll(reader, context);
        reader.update(context);

        assertThat(context.getInt("probes.file.index")).isEqualTo(3);
        assertThat(context.containsKey("probes.file.name")).isFalse();
        assertThat(readAll(reader(), context)).isEmpty();
    }

    @Test
    void aRestartFailsWhenTheFilesHaveChanged() {
        ExecutionContext context = new ExecutionContext();
        context.putInt("probes.file.index", 1);
        context.putString("probes.file.name", "probes-a2.csv");

        assertThatThrownBy(() -> reader().open(context))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("have changed since the interrupted run: the interrupted run was reading "
                        + "probes-a2.csv where probes-b.csv is now.");
    }

    @Test
    void everyHeaderIsCheckedBeforeTheFirstRowIsRead() {
        write(folder, "probes-z.csv", "service_id,status\nsvc-z,UP\n");

        assertThatThrownBy(() -> reader().open(new ExecutionContext()))
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("probes-z.csv lacks the required column checked_at.");
    }

    @Test
    void noFilesReadAsNoRows() throws Exception {
        assertThat(readAll(new MultiFileReader<>("probes", List.of(), new ProbeRows()))).isEmpty();
    }
}
