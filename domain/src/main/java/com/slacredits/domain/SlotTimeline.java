package com.slacredits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the monitoring says about one service, one minute slot at a time (credit rules, section 2).
 *
 * <p>Two bits a slot, kept per UTC calendar month: one bit for "some probe said UP", one for
 * "some probe said DOWN". Both only ever get set, so observations may arrive in any order, and
 * the same observation twice changes nothing. A service-month costs about 11 KB whatever the
 * number of probes.
 */
public final class SlotTimeline implements SlotHistory {

    /** The bits of one UTC calendar month of a service; the unit the database stores. */
    public record Chunk(YearMonth utcMonth, BitSet up, BitSet down) {
        public Chunk {
            Objects.requireNonNull(utcMonth, "utcMonth");
            up = (BitSet) up.clone();
            down = (BitSet) down.clone();
        }

        public static Chunk empty(YearMonth utcMonth) {
            return new Chunk(utcMonth, new BitSet(), new BitSet());
        }

        public long firstSlot() {
            return firstSlotOf(utcMonth);
        }

        public int slotCount() {
            return utcMonth.lengthOfMonth() * 24 * 60;
        }
    }

    private final String serviceId;
    private final TreeMap<Long, MutableChunk> chunks = new TreeMap<>();
    private MutableChunk lastUsed;

    public SlotTimeline(String serviceId) {
        this.serviceId = Objects.requireNonNull(serviceId, "serviceId");
    }

    public String serviceId() {
        return serviceId;
    }

    /** Records one probe result. Idempotent and order-independent. */
    public void observe(Instant checkedAt, ProbeStatus status) {
        long slot = SlotRange.slotOf(checkedAt);
        MutableChunk chunk = chunkFor(slot, true);
        int bit = (int) (slot - chunk.firstSlot);
        if (status == ProbeStatus.UP) {
            chunk.up.set(bit);
        } else {
            chunk.down.set(bit);
        }
    }

    public void observe(ProbeObservation observation) {
        if (!observation.serviceId().equals(serviceId)) {
            throw new IllegalArgumentException(
                    "observation of " + observation.serviceId() + " fed to the timeline of " + serviceId);
        }
        observe(observation.checkedAt(), observation.status());
    }

    /** Unites another record of the same service with this one (bitwise OR). */
    public void absorb(Chunk chunk) {
        MutableChunk mine = chunkFor(chunk.firstSlot(), true);
        mine.up.or(chunk.up());
        mine.down.or(chunk.down());
    }

    public void absorb(SlotTimeline other) {
        other.chunks().forEach(this::absorb);
    }

    @Override
    public SlotState stateOf(long slot) {
        MutableChunk chunk = chunkFor(slot, false);
        if (chunk == null) {
            return SlotState.NO_DATA;
        }
        int bit = (int) (slot - chunk.firstSlot);
        if (chunk.up.get(bit)) {
            return SlotState.UP;
        }
        return chunk.down.get(bit) ? SlotState.DOWN : SlotState.NO_DATA;
    }

    @Override
    public boolean hasDataWithin(SlotRange range) {
        for (Map.Entry<Long, MutableChunk> entry : chunks.entrySet()) {
            MutableChunk chunk = entry.getValue();
            SlotRange overlap = range.intersect(new SlotRange(chunk.firstSlot, chunk.firstSlot + chunk.slotCount));
            if (overlap.isEmpty()) {
                continue;
            }
            int from = (int) (overlap.first() - chunk.firstSlot);
            int to = (int) (overlap.end() - chunk.firstSlot);
            int up = chunk.up.nextSetBit(from);
            int down = chunk.down.nextSetBit(from);
            if ((up >= 0 && up < to) || (down >= 0 && down < to)) {
                return true;
            }
        }
        return false;
    }

    /** As the default, but a run of probed slots at a time, from the chunks' bits: a month is a handful of runs. */
    @Override
    public BitSet dataWithin(SlotRange range) {
        BitSet data = new BitSet((int) range.size());
        for (MutableChunk chunk : chunks.values()) {
            SlotRange overlap = range.intersect(new SlotRange(chunk.firstSlot, chunk.firstSlot + chunk.slotCount));
            if (overlap.isEmpty()) {
                continue;
            }
            int from = (int) (overlap.first() - chunk.firstSlot);
            int to = (int) (overlap.end() - chunk.firstSlot);
            int shift = (int) (overlap.first() - range.first());
            BitSet probed = chunk.up.get(from, to);
            probed.or(chunk.down.get(from, to));
            for (int start = probed.nextSetBit(0); start >= 0; ) {
                int end = probed.nextClearBit(start);
                data.set(start + shift, end + shift);
                start = probed.nextSetBit(end);
            }
        }
        return data;
    }

    /** Copies of the stored chunks, oldest first. */
    public List<Chunk> chunks() {
        List<Chunk> copies = new ArrayList<>(chunks.size());
        for (MutableChunk chunk : chunks.values()) {
            copies.add(new Chunk(chunk.utcMonth, chunk.up, chunk.down));
        }
        return copies;
    }

    private MutableChunk chunkFor(long slot, boolean create) {
        MutableChunk cached = lastUsed;
        if (cached != null && slot >= cached.firstSlot && slot < cached.firstSlot + cached.slotCount) {
            return cached;
        }
        Map.Entry<Long, MutableChunk> floor = chunks.floorEntry(slot);
        if (floor != null && slot < floor.getKey() + floor.getValue().slotCount) {
            lastUsed = floor.getValue();
            return lastUsed;
        }
        if (!create) {
            return null;
        }
        YearMonth month = YearMonth.from(SlotRange.startOf(slot).atOffset(ZoneOffset.UTC));
        MutableChunk chunk = new MutableChunk(month);
        chunks.put(chunk.firstSlot, chunk);
        lastUsed = chunk;
        return chunk;
    }

    static long firstSlotOf(YearMonth utcMonth) {
        LocalDate first = utcMonth.atDay(1);
        return first.toEpochDay() * 24L * 60L;
    }

    private static final class MutableChunk {
        final YearMonth utcMonth;
        final long firstSlot;
        final int slotCount;
        final BitSet up;
        final BitSet down;

        MutableChunk(YearMonth utcMonth) {
            this.utcMonth = utcMonth;
            this.firstSlot = firstSlotOf(utcMonth);
            this.slotCount = utcMonth.lengthOfMonth() * 24 * 60;
            this.up = new BitSet(slotCount);
            this.down = new BitSet(slotCount);
        }
    }
}
