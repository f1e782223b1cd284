package com.slacredits.jobs.monthend.ingest;

import com.slacredits.domain.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.ProbeObservation;
import com.slacredits.domain.ProbeStatus;
import com.slacredits.domain.SlotRange;
import com.slacredits.domain.SlotState;
import com.slacredits.domain.SlotTimeline;
import com.slacredits.readers.ReadResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

class ProbeBlockReaderTest {

    private static final Instant T0 = Instant.parse("2026-10-03T12:00:00Z");

    @Test
    void foldsRowsIntoOneTimelinePerServiceAndCutsBlocksAtTheirSize() throws Exception {
        Rows rows = new Rows(List.of(up("a", 0), down("a", 1), up("b", 0), down("b", 0), down("a", 2)));
        ProbeBlockReader reader = new ProbeBlockReader(rows, 3);
        reader.open(new ExecutionContext());

        ProbeBlock first = reader.read();
        ProbeBlock second = reader.read();

        assertThat(first.rows()).isEqualTo(3);
        assertThat(byService(first)).containsOnlyKeys("a", "b");
        assertThat(byService(first).get("a").stateOf(slot(0))).isEqualTo(SlotState.UP);
        assertThat(byService(first).get("a").stateOf(slot(1))).isEqualTo(SlotState.DOWN);
        assertThat(second.rows()).isEqualTo(2);
        // Each block holds only its own rows: b's UP went with the first, uniting them is the merge's.
        assertThat(byService(second).get("b").stateOf(slot(0))).isEqualTo(SlotState.DOWN);
        assertThat(byService(second).get("a").stateOf(slot(2))).isEqualTo(SlotState.DOWN);
        assertThat(reader.read()).isNull();
    }

    @Test
    void theSavedPositionIsTheRowReadersAfterTheBlockHandedOut() throws Exception {
        Rows rows = new Rows(List.of(up("a", 0), up("a", 1), up("a", 2), up("a", 3)));
        ProbeBlockReader reader = new ProbeBlockReader(rows, 3);
        reader.open(new ExecutionContext());
        reader.read();
        ExecutionContext saved = new ExecutionContext();

        reader.update(saved);

        assertThat(saved.getInt("rows.read")).isEqualTo(3);
    }

    @Test
    void rejectedRowsTravelWithTheirBlockAndAFileOfGarbageCutsBlocksShort() throws Exception {
        List<ReadResult<ProbeObservation>> all = new ArrayList<>();
        all.add(up("a", 0));
        for (int i = 0; i < ProbeBlockReader.MAX_REJECTED + 5; i++) {
            all.add(ReadResult.rejected("probes.csv", i + 3, "x", "checked_at is not an instant"));
        }
        ProbeBlockReader reader = new ProbeBlockReader(new Rows(all), 1_000_000);
        reader.open(new ExecutionContext());

        ProbeBlock first = reader.read();
        ProbeBlock second = reader.read();

        assertThat(first.rejected()).hasSize(ProbeBlockReader.MAX_REJECTED);
        assertThat(first.rows()).isEqualTo(ProbeBlockReader.MAX_REJECTED + 1);
        assertThat(first.rejected().get(0).line()).isEqualTo(3);
        assertThat(second.rejected()).hasSize(5);
        assertThat(second.timelines()).isEmpty();
    }

    @Test
    void aServiceIdTooLongToStoreIsARejectedRowOfTheBlock() throws Exception {
        String tooLong = "s".repeat(201);
        ProbeBlockReader reader = new ProbeBlockReader(new Rows(List.of(up(tooLong, 0), up("a", 0))), 10);
        reader.open(new ExecutionContext());

        ProbeBlock block = reader.read();

        assertThat(byService(block)).containsOnlyKeys("a");
        assertThat(block.rejected()).singleElement().satisfies(row -> assertThat(row.reason()).contains("service_id"));
    }

    private static Map<String, SlotTimeline> byService(ProbeBlock block) {
        return block.timelines().stream().collect(Collectors.toMap(SlotTimeline::serviceId, Function.identity()));
    }

    private static long slot(int minute) {
        return SlotRange.slotOf(T0.plusSeconds(60L * minute));
    }

    private static ReadResult<ProbeObservation> up(String service, int minute) {
        return row(service, minute, ProbeStatus.UP);
    }

    private static ReadResult<ProbeObservation> down(String service, int minute) {
        return row(service, minute, ProbeStatus.DOWN);
    }

    private static ReadResult<ProbeObservation> row(String service, int minute, ProbeStatus status) {
        return ReadResult.accepted("probes.csv", minute + 2, service, new ProbeObservation(service,
                T0.plusSeconds(60L * minute + 13), status));
    }

    /** Rows as a reader hands them out, counting what it handed out as its position. */
    private static final class Rows implements ItemStreamReader<ReadResult<ProbeObservation>> {
        private final List<ReadResult<ProbeObservation>> rows;
        private int next;

        Rows(List<ReadResult<ProbeObservation>> rows) {
            this.rows = rows;
        }

        @Override
        public ReadResult<ProbeObservation> read() {
            return next < rows.size() ? rows.get(next++) : null;
        }

        @Override
        public void update(ExecutionContext context) {
            context.putInt("rows.read", next);
        }
    }
}
