package com.slacredits.writers.jdbc;

import com.slacredits.domain.ProbeObservation;
import com.slacredits.domain.SlotRange;
import com.slacredits.domain.SlotTimeline;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The availability record: slot bits per service and UTC month.
 *
 * <p>Probes arrive in chunks; each chunk's bits are appended as a small delta row in the chunk's
 * own transaction, so that a crashed run resumes without losing or re-reading anything, and
 * without rewriting an 11 KB month per service per chunk. {@link #mergeDeltas} folds them in later.
 */
public final class SlotRepository {

    /** A service and UTC month that has deltas waiting to be merged. */
    public record SlotKey(String serviceId, YearMonth utcMonth) {
    }

    private record Delta(String serviceId, YearMonth utcMonth, int firstBit, byte[] up, byte[] down) {
    }

    private final JdbcTemplate jdbc;

    public SlotRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends what the timelines hold as deltas. Only the span of bits actually set is stored. */
    public void addDeltas(Collection<SlotTimeline> timelines) {
        List<Delta> deltas = new ArrayList<>();
        for (SlotTimeline timeline : timelines) {
            for (SlotTimeline.Chunk chunk : timeline.chunks()) {
                int first = firstSetBit(chunk.up(), chunk.down());
                if (first < 0) {
                    continue;
                }
                int from = first - first % 8;
                int to = chunk.slotCount();
                deltas.add(new Delta(timeline.serviceId(), chunk.utcMonth(), from,
                        chunk.up().get(from, to).toByteArray(), chunk.down().get(from, to).toByteArray()));
            }
        }
        jdbc.batchUpdate("INSERT INTO service_slots_delta (service_id, utc_month, first_bit, up_bits, down_bits) "
                + "VALUES (?, ?, ?, ?, ?)", deltas, deltas.size(), (ps, d) -> {
                    ps.setString(1, d.serviceId());
                    ps.setString(2, d.utcMonth().toString());
                    ps.setInt(3, d.firstBit());
                    ps.setBytes(4, d.up());
                    ps.setBytes(5, d.down());
                });
    }

    public List<SlotKey> keysWithDeltas() {
        return jdbc.query("SELECT DISTINCT service_id, utc_month FROM service_slots_delta ORDER BY service_id, utc_month",
                (rs, n) -> new SlotKey(rs.getString("service_id"), YearMonth.parse(rs.getString("utc_month"))));
    }

    /** ORs every waiting delta of the key into its stored month and removes those deltas. */
    public void mergeDeltas(SlotKey key) {
        String month = key.utcMonth().toString();
        BitSet up = new BitSet();
        BitSet down = new BitSet();
        jdbc.query("SELECT up_bits, down_bits FROM service_slots WHERE service_id = ? AND utc_month = ?", rs -> {
            up.or(BitSet.valueOf(rs.getBytes("up_bits")));
            down.or(BitSet.valueOf(rs.getBytes("down_bits")));
        }, key.serviceId(), month);
        List<Long> merged = new ArrayList<>();
        jdbc.query("SELECT delta_id, first_bit, up_bits, down_bits FROM service_slots_delta "
                + "WHERE service_id = ? AND utc_month = ? ORDER BY delta_id", rs -> {
                    int first = rs.getInt("first_bit");
                    orShifted(up, BitSet.valueOf(rs.getBytes("up_bits")), first);
                    orShifted(down, BitSet.valueOf(rs.getBytes("down_bits")), first);
                    merged.add(rs.getLong("delta_id"));
                }, key.serviceId(), month);
        jdbc.update("INSERT INTO service_slots (service_id, utc_month, up_bits, down_bits) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE up_bits = VALUES(up_bits), down_bits = VALUES(down_bits)",
                key.serviceId(), month, up.toByteArray(), down.toByteArray());
        jdbc.batchUpdate("DELETE FROM service_slots_delta WHERE delta_id = ?", merged, merged.size(),
                (ps, id) -> ps.setLong(1, id));
    }

    /** The stored record of a service for the given UTC months; months never observed are absent. */
    public SlotTimeline timeline(String serviceId, Collection<YearMonth> utcMonths) {
        SlotTimeline timeline = new SlotTimeline(serviceId);
        if (utcMonths.isEmpty()) {
            return timeline;
        }
        List<Object> args = new ArrayList<>();
        args.add(serviceId);
        utcMonths.forEach(m -> args.add(m.toString()));
        jdbc.query("SELECT utc_month, up_bits, down_bits FROM service_slots WHERE service_id = ? AND utc_month IN ("
                + InClause.marks(utcMonths.size()) + ")", rs -> {
                    timeline.absorb(new SlotTimeline.Chunk(YearMonth.parse(rs.getString("utc_month")),
                            BitSet.valueOf(rs.getBytes("up_bits")), BitSet.valueOf(rs.getBytes("down_bits"))));
                }, args.toArray());
        return timeline;
    }

    /**
     * The instant of the first probe the record holds for any of the services: where its knowledge of
     * them begins. Reads only the earliest stored month of each.
     */
    public Optional<Instant> firstProbe(Collection<String> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Optional.empty();
        }
        List<Long> firsts = new ArrayList<>();
        jdbc.query("SELECT s.service_id, s.utc_month, s.up_bits, s.down_bits FROM service_slots s WHERE s.service_id IN ("
                + InClause.marks(serviceIds.size()) + ") AND s.utc_month = (SELECT MIN(m.utc_month) FROM service_slots m "
                + "WHERE m.service_id = s.service_id)", rs -> {
                    int bit = firstSetBit(BitSet.valueOf(rs.getBytes("up_bits")), BitSet.valueOf(rs.getBytes("down_bits")));
                    if (bit >= 0) {
                        firsts.add(SlotTimeline.Chunk.empty(YearMonth.parse(rs.getString("utc_month"))).firstSlot() + bit);
                    }
                }, serviceIds.toArray());
        return firsts.stream().min(Long::compare).map(SlotRange::startOf);
    }

    private static int firstSetBit(BitSet up, BitSet down) {
        int a = up.nextSetBit(0);
        int b = down.nextSetBit(0);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static void orShifted(BitSet target, BitSet delta, int offset) {
        for (int bit = delta.nextSetBit(0); bit >= 0; bit = delta.nextSetBit(bit + 1)) {
            target.set(bit + offset);
        }
    }

    /** Why a probe's service cannot be stored, if it cannot. */
    public static Optional<String> unfit(ProbeObservation p) {
        return ColumnFit.check().text("service_id", p.serviceId(), 200).problem();
    }
}
