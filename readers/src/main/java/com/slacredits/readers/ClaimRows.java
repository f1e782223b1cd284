package com.slacredits.readers;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.support.SupportCredit;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.ServicePeriod;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of {@code claims.csv}. A row names its period in {@code service_month} ({@code YYYY-MM}) or in
 * {@code period} ({@code YYYY-MM} or {@code YYYY-Qn}); the header needs at least one of the two.
 * A claim id seen again in the same file is passed over when its claim is the same (compared as
 * read, so {@code 09:00+01:00} and {@code 08:00Z} agree, and an empty {@code terminate} equals
 * {@code false}), and rejected when it differs. Repeats across files and runs are the job's to find.
 */
public final class ClaimRows implements RowFormat<Claim> {

    public static final String SERVICE_MONTH = "service_month";
    public static final String PERIOD = "period";

    public static final Columns COLUMNS = new Columns(
            List.of("claim_id", "contract_id", "received_at", "channel"),
            List.of(SERVICE_MONTH, PERIOD, "claimed_downtime_minutes", "terminate"));

    private static final Channel[] CHANNELS = Channel.ofClaims();

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    /** Besides the required columns, one of {@code service_month} and {@code period}. */
    @Override
    public Header checkHeader(Path file) {
        Header header = RowFormat.super.checkHeader(file);
        if (!header.has(SERVICE_MONTH) && !header.has(PERIOD)) {
            throw new MissingColumnException(header.fileName(), List.of(SERVICE_MONTH + " or " + PERIOD));
        }
        return header;
    }

    @Override
    public RowMapper<Claim> bind(Header header) {
        return new Mapper(header);
    }

    private static final class Mapper implements RowMapper<Claim> {

        private final Column claimId;
        private final Column contractId;
        private final Column serviceMonth;
        private final Column period;
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
            serviceMonth = header.column(SERVICE_MONTH);
            period = header.column(PERIOD);
            receivedAt = header.column("received_at");
            channel = header.column("channel");
            claimedDowntime = header.column("claimed_downtime_minutes");
            terminate = header.column("terminate");
        }

        @Override
        public Claim map(String[] fields) throws RowRejected {
            String id = claimId.text(fields);
            if (id.startsWith(Claim.AUTOMATIC_PREFIX)) {
                throw claimId.rejected("starts with " + Claim.AUTOMATIC_PREFIX
                        + ", which is reserved for the run's automatic decisions", id);
            }
            if (id.startsWith(SupportCredit.CLAIM_ID_PREFIX)) {
                throw claimId.rejected("starts with " + SupportCredit.CLAIM_ID_PREFIX
                        + ", which is reserved for the run's support credits", id);
            }
            Claim claim = new Claim(
                    id,
                    contractId.text(fields),
                    namedPeriod(fields),
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

        /** The period the row names: in service_month (a month) or in period (a month or a quarter). */
        private ServicePeriod namedPeriod(String[] fields) throws RowRejected {
            boolean hasMonth = !serviceMonth.isBlank(fields);
            boolean hasPeriod = !period.isBlank(fields);
            if (!hasMonth && !hasPeriod) {
                throw new RowRejected("fills neither service_month nor period");
            }
            ServicePeriod named = null;
            if (hasMonth) {
                named = serviceMonth.period(fields);
                if (named.kind() != PeriodKind.MONTH) {
                    throw serviceMonth.rejected("holds a month (YYYY-MM); a quarter goes in period",
                            serviceMonth.raw(fields));
                }
            }
            if (hasPeriod) {
                ServicePeriod inPeriod = period.period(fields);
                if (named != null && !named.equals(inPeriod)) {
                    throw new RowRejected("service_month " + named + " and period " + inPeriod + " disagree");
                }
                named = inPeriod;
            }
            return named;
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
