package com.slacredits.jobs.monthend.publish;

import com.slacredits.jobs.run.SignOffSettings;
import com.slacredits.reports.SignOff;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who prepared each run and who approved it ({@code V22}), recorded by the run's first summary: a
 * resume by someone else, or an export of the run by anyone, prints the names the run first printed.
 */
final class RunSignOffs {

    private static final int NAME = 100;

    private final JdbcTemplate jdbc;

    RunSignOffs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The run's sign-off as recorded, recording {@code settings} first when nothing is; nothing on record
     * and no settings (an export of a run older than the record) is a block of lines to fill in.
     */
    SignOff of(long runId, Optional<SignOffSettings> settings, Instant now) {
        Optional<SignOff> recorded = find(runId);
        if (recorded.isPresent() || settings.isEmpty()) {
            return recorded.orElse(SignOff.NONE);
        }
        SignOffSettings signOff = settings.get();
        try {
            jdbc.update("INSERT INTO run_sign_off (run_id, prepared_by, prepared_at, approved_by, approved_at) "
                            + "VALUES (?, ?, ?, ?, ?)", runId, clip(signOff.preparedBy()), now.toString(),
                    signOff.approvedBy().map(RunSignOffs::clip).orElse(null),
                    signOff.approvedAt().map(Instant::toString).orElse(null));
        } catch (DuplicateKeyException e) {
            // a second process wrote it first: theirs stands, as a first summary's does
        }
        return find(runId).orElseThrow();
    }

    private Optional<SignOff> find(long runId) {
        List<SignOff> found = jdbc.query("SELECT * FROM run_sign_off WHERE run_id = ?", (row, number) -> {
            String approver = row.getString("approved_by");
            String approvedAt = row.getString("approved_at");
            Optional<SignOff.Signer> approved = approver == null ? Optional.empty()
                    : Optional.of(new SignOff.Signer(approver, Instant.parse(approvedAt)));
            return new SignOff(Optional.of(new SignOff.Signer(row.getString("prepared_by"),
                    Instant.parse(row.getString("prepared_at")))), approved);
        }, runId);
        return found.stream().findFirst();
    }

    private static String clip(String name) {
        return name.length() <= NAME ? name : name.substring(0, NAME);
    }
}
