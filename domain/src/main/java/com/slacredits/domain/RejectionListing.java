package com.slacredits.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a customer's decisions a statement lists one by one (files.md, "Many rejections"). The
 * rejected claims of one contract and period with the same reason form a group; of a group, the
 * first {@link #LISTED} by claim id are listed, and the rest are one line that says how many there
 * are. Credits, refunds and compliance lines are always listed one by one.
 *
 * <p>The first ten by claim id, because the statement is in claim id order: the listed ones are
 * where a reader looks for them, and the one line follows the group's tenth.
 *
 * <p>The database counts the same groups for a statement of 150,000 duplicates
 * ({@code DecisionJournal}), with {@link #LISTED} and {@link #SUMMED}; {@link #of(List, Map)} takes
 * what it counted, so that both ways end in this one rule.
 *
 * @param listed the decisions listed one by one, by claim id
 * @param unlisted each group with claims beyond its first {@link #LISTED}, in the order of its last
 *     listed claim
 */
public record RejectionListing(List<ClaimDecision> listed, List<Unlisted> unlisted) {

    /** How many claims of a group are listed one by one. */
    public static final int LISTED = 10;

    /** The only outcome whose decisions are grouped: every other line is listed. */
    public static final Outcome SUMMED = Outcome.REJECTED;

    /** The rejections of one contract and period for one reason. */
    public record Group(ContractPeriod contractPeriod, Reason reason) {

        public Group {
            Objects.requireNonNull(contractPeriod, "contractPeriod");
            Objects.requireNonNull(reason, "reason");
        }

        /** The group a decision belongs to; empty for a credit, refund or compliance line. */
        public static Optional<Group> of(ClaimDecision decision) {
            return decision.outcome() == SUMMED
                    ? Optional.of(new Group(decision.claim().contractPeriod(), decision.reason()))
                    : Optional.empty();
        }
    }

    /**
     * The claims of a group beyond its first {@link #LISTED}, on one line after the last listed.
     *
     * @param count how many claims the line stands for, at least one
     * @param afterClaimId the group's last listed claim, which the line follows
     */
    public record Unlisted(Group group, long count, String afterClaimId) {

        public Unlisted {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(afterClaimId, "afterClaimId");
            if (count < 1) {
                throw new IllegalArgumentException("a line of more claims stands for at least one, not " + count);
            }
        }
    }

    public RejectionListing {
        listed = List.copyOf(listed);
        unlisted = List.copyOf(unlisted);
    }

    /** Every decision of {@code decisions} listed or counted by the rule. */
    public static RejectionListing of(List<ClaimDecision> decisions) {
        return of(decisions, Map.of());
    }

    /**
     * {@code decisions} listed by the rule, where {@code counted} holds, for groups read only in part,
     * how many claims each has beyond the ones in {@code decisions}. A group counted so must have its
     * first {@link #LISTED} among {@code decisions}: otherwise what was read and what was counted
     * disagree, and the statement would skip claims without saying so.
     */
    public static RejectionListing of(List<ClaimDecision> decisions, Map<Group, Long> counted) {
        List<ClaimDecision> byClaimId = decisions.stream().sorted(Comparator.comparing(ClaimDecision::claimId))
                .toList();
        List<ClaimDecision> listed = new ArrayList<>();
        Map<Group, Integer> listedOf = new HashMap<>();
        Map<Group, String> lastListed = new HashMap<>();
        Map<Group, Long> beyond = new LinkedHashMap<>();
        for (ClaimDecision decision : byClaimId) {
            Optional<Group> group = Group.of(decision);
            if (group.isEmpty()) {
                listed.add(decision);
                continue;
            }
            int place = listedOf.merge(group.get(), 1, Integer::sum);
            if (place <= LISTED) {
                listed.add(decision);
                lastListed.put(group.get(), decision.claimId());
            } else {
                beyond.merge(group.get(), 1L, Long::sum);
            }
        }
        counted.forEach((group, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException(group + ": " + count + " claims counted");
            }
            if (count > 0 && listedOf.getOrDefault(group, 0) < LISTED) {
                throw new IllegalArgumentException(group + ": " + count + " more claims counted, but only "
                        + listedOf.getOrDefault(group, 0) + " of its first " + LISTED + " read");
            }
            beyond.merge(group, count, Long::sum);
        });
        List<Unlisted> unlisted = new ArrayList<>();
        beyond.forEach((group, count) -> {
            if (count > 0) {
                unlisted.add(new Unlisted(group, count, lastListed.get(group)));
            }
        });
        unlisted.sort(Comparator.comparing(Unlisted::afterClaimId));
        return new RejectionListing(listed, unlisted);
    }
}
