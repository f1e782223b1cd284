package com.slacredits.readers;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of {@code claims.csv}. A claim id seen again in the same file is passed over when its claim is
 * the same (compared as read, so {@code 09:00+01:00} and {@code 08:00Z} agree, and an empty
 * {@code terminate} equals {@code false}), and rejected when it differs. Repeats across files and runs
 * are the job's to find.
 */
public final class ClaimRows implements RowFormat<Claim> {

    public static final Columns COLUMNS = new Columns(
            List.of("claim_id", "contract_id", "service_month", "received_at", "channel"),
            List.of("claimed_downtime_minutes", "terminate"));

    private static final Channel[] CHANNELS = Channel.values();

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    @Override
    public RowMapper<Claim> bind(Header header) {
        return new Mapper(header);
    }

    private static final class Mapper implements RowMapper<Claim> {

        private final Column claimId;
        private final Column contractId;
        private final Column serviceMonth;
        private final Column receivedAt;
        private final Column channel;
        private final Column claimedDowntime;
        private final Column terminate;
        // claims files are small: holding the first claim of each id is cheaper than being wrong
        // about a hash collision
        private final Map<String, Claim> firstSeen = new HashMap<>();

        Mapper(Header header) {
            claimId = header.column("claim_id");
            contractId = header.column("contract_id");
            serviceMonth = header.column("service_month");
            receivedAt = header.column("received_at");
            channel = header.column("channel");
            claimedDowntime = header.column("claimed_downtime_minutes");
            terminate = header.column("terminate");
        }

        @Override
        public Claim map(String[] fields) throws RowRejected {
            Claim claim = new Claim(
                    claimId.text(fields),
                    contractId.text(fields),
                    serviceMonth.month(fields),
                    receivedAt.instant(fields),
                    channel.oneOf(fields, CHANNELS),
                    claimedDowntime.optionalCount(fields),
                    terminate.optionalFlag(fields));
            Claim earlier = firstSeen.putIfAbsent(claim.claimId(), claim);
            if (earlier == null) {
                return claim;
            }
            if (earlier.equals(claim)) {
                return null;
            }
            throw new RowRejected("claim " + claim.claimId() + " appears again with different content");
        }

        @Override
        public void replay(String[] fields) {
            try {
                map(fields);
            } catch (RowRejected alreadyRejected) {
                // it was rejected in the interrupted run; all that matters now is what it leaves remembered
            }
        }
    }
}
