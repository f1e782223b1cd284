package com.slacredits.jobs.run;

import com.slacredits.domain.RunDecisions;
import com.slacredits.domain.RunSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A run's figures as its summary counted them, for the command line's last log line and metrics
 * file: claims decided by outcome and reason, the totals per currency and kind, rows rejected per
 * file, claims still pending.
 *
 * <p>They travel in the job's execution context as plain strings and longs under {@value #PREFIX}, so
 * that a context saved by one version of the jar is read by the next: no class of ours is serialized
 * into the job repository.
 *
 * @param decided claims decided, keyed "OUTCOME REASON" as the summary lists them
 * @param totals the summary's totals: posted, unless the run was held
 */
public record RunFigures(SortedMap<String, Long> decided, List<Total> totals, SortedMap<String, Long> rejectedRows,
        long pending) {

    private static final String PREFIX = "figures.";
    private static final String DECIDED = PREFIX + "decided.";
    private static final String AMOUNT = PREFIX + "amount.";
    private static final String COUNT = PREFIX + "count.";
    private static final String REJECTED = PREFIX + "rejected.";
    private static final String PENDING = PREFIX + "pending";

    /** One line of the totals: a currency and kind, its amount at the currency's scale, and how many adjustments. */
    public record Total(String currency, String kind, BigDecimal amount, long count) {
    }

    public RunFigures {
        decided = new TreeMap<>(decided);
        totals = List.copyOf(totals);
        rejectedRows = new TreeMap<>(rejectedRows);
    }

    public static RunFigures of(RunSummary summary) {
        List<Total> totals = new ArrayList<>();
        for (RunDecisions.Total total : summary.totals()) {
            totals.add(new Total(total.currency(), total.kind().name(), total.amount(), total.count()));
        }
        return new RunFigures(summary.decidedByOutcomeAndReason(), totals, summary.rejectedRowsPerFile(),
                summary.pendingClaims());
    }

    public long decidedCount() {
        return decided.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rejectedRowCount() {
        return rejectedRows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Replaces whatever figures the context held: a resumed run's summary counts the whole run again. */
    public void putInto(ExecutionContext context) {
        context.entrySet().stream().map(Map.Entry::getKey).filter(key -> key.startsWith(PREFIX)).toList()
                .forEach(context::remove);
        decided.forEach((key, count) -> context.putLong(DECIDED + key, count));
        for (Total total : totals) {
            String key = total.currency() + " " + total.kind();
            context.putString(AMOUNT + key, total.amount().toPlainString());
            context.putLong(COUNT + key, total.count());
        }
        rejectedRows.forEach((file, count) -> context.putLong(REJECTED + file, count));
        context.putLong(PENDING, pending);
    }

    /** The figures the run's summary left, if it got that far. */
    public static Optional<RunFigures> from(ExecutionContext context) {
        if (!context.containsKey(PENDING)) {
            return Optional.empty();
        }
        SortedMap<String, Long> decided = new TreeMap<>();
        SortedMap<String, Long> rejected = new TreeMap<>();
        SortedMap<String, BigDecimal> amounts = new TreeMap<>();
        SortedMap<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, Object> entry : context.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(DECIDED)) {
                decided.put(key.substring(DECIDED.length()), context.getLong(key));
            } else if (key.startsWith(REJECTED)) {
                rejected.put(key.substring(REJECTED.length()), context.getLong(key));
            } else if (key.startsWith(AMOUNT)) {
                amounts.put(key.substring(AMOUNT.length()), new BigDecimal(context.getString(key)));
            } else if (key.startsWith(COUNT)) {
                counts.put(key.substring(COUNT.length()), context.getLong(key));
            }
        }
        List<Total> totals = new ArrayList<>();
        amounts.forEach((key, amount) -> {
            int space = key.indexOf(' ');
            totals.add(new Total(key.substring(0, space), key.substring(space + 1), amount, counts.getOrDefault(key, 0L)));
        });
        return Optional.of(new RunFigures(decided, totals, rejected, context.getLong(PENDING)));
    }
}
