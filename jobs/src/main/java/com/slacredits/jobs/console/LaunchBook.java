package com.slacredits.jobs.console;


import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The console's record of the runs it started and of what its users did ({@code V12}). */
@Repository
public class LaunchBook {

    /** The longest output kept of a run: its last lines, which hold the sentence. */
    static final int PRINTED = 4000;

    private final JdbcTemplate jdbc;

    public LaunchBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new launch, QUEUED, with its output folder decided from its id by {@code outputOf}. */
    public Launch open(LocalDate asOf, Path input, boolean dryRun, String user, Instant at, OptionalLong approves,
            java.util.function.LongFunction<Path> outputOf, java.util.function.LongFunction<String> scratchOf) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                var insert = connection.prepareStatement("INSERT INTO console_launch (as_of, input_folder, "
                        + "output_folder, dry_run, started_by, started_at, approves, state) VALUES (?, ?, '', ?, ?, ?, ?, ?)",
                        new String[] {"launch_id"});
                insert.setObject(1, asOf);
                insert.setString(2, input.toString());
                insert.setBoolean(3, dryRun);
                insert.setString(4, user);
                insert.setString(5, at.toString());
                insert.setObject(6, approves.isPresent() ? approves.getAsLong() : null);
                insert.setString(7, LaunchState.QUEUED.name());
                return insert;
            }, key);
        } catch (DuplicateKeyException e) {
            throw new ConsoleRefusal("This dry run has already been approved.");
        }
        long id = key.getKey().longValue();
        jdbc.update("UPDATE console_launch SET output_folder = ?, scratch_url = ? WHERE launch_id = ?",
                outputOf.apply(id).toString(), dryRun ? scratchOf.apply(id) : null, id);
        return find(id).orElseThrow();
    }

    /**
     * Records the release of run {@code runId}, started from the command line, as a launch of its own
     * on the run's folders, QUEUED; it is marked as a release, so it is never taken for the run's start.
     */
    public Launch openRelease(long runId, LocalDate asOf, Path input, Path output, String user, Instant at) {
        Launch launch = open(asOf, input, false, user, at, java.util.OptionalLong.empty(), id -> output, id -> null);
        jdbc.update("UPDATE console_launch SET releases = ? WHERE launch_id = ?", runId, launch.launchId());
        return launch;
    }

    /** The run launch {@code launchId} released, when it is the release of a run started from the command line. */
    public OptionalLong releasedBy(long launchId) {
        return jdbc.query("SELECT releases FROM console_launch WHERE launch_id = ? AND releases IS NOT NULL",
                (row, n) -> row.getLong(1), launchId).stream().mapToLong(Long::longValue).findFirst();
    }

    /**
     * Queues launch {@code launchId} again, unless it is queued or going already: two releases pressed at
     * once run the command once.
     *
     * @return whether this call queued it
     */
    public boolean requeued(long launchId) {
        return jdbc.update("UPDATE console_launch SET state = ? WHERE launch_id = ? AND state NOT IN (?, ?)",
                LaunchState.QUEUED.name(), launchId, LaunchState.QUEUED.name(), LaunchState.STARTED.name()) == 1;
    }

    public Optional<Launch> find(long launchId) {
        return jdbc.query("SELECT * FROM console_launch WHERE launch_id = ?", LaunchBook::launch, launchId).stream()
                .findFirst();
    }

    /** The latest launches, newest first. */
    public List<Launch> latest(int count) {
        return jdbc.query("SELECT * FROM console_launch ORDER BY launch_id DESC LIMIT ?", LaunchBook::launch, count);
    }

    /** The real launch that ran the job instance {@code runId}, if the console started it. */
    public Optional<Launch> ofRun(long runId) {
        return jdbc.query("SELECT * FROM console_launch WHERE dry_run = FALSE AND run_id = ? AND releases IS NULL "
                        + "ORDER BY launch_id DESC",
                LaunchBook::launch, runId).stream().findFirst();
    }

    /** Who started each real run the console started, by run id: one query for the whole runs list. */
    public java.util.Map<Long, String> startersOfRuns() {
        java.util.Map<Long, String> starters = new java.util.HashMap<>();
        jdbc.query("SELECT run_id, started_by FROM console_launch WHERE dry_run = FALSE AND run_id IS NOT NULL "
                        + "AND releases IS NULL",
                row -> {
                    starters.put(row.getLong("run_id"), row.getString("started_by"));
                });
        return starters;
    }

    /** The real launch that the approval of dry run {@code launchId} started. */
    public Optional<Launch> approvalOf(long launchId) {
        return jdbc.query("SELECT * FROM console_launch WHERE approves = ?", LaunchBook::launch, launchId).stream()
                .findFirst();
    }

    public void started(long launchId) {
        jdbc.update("UPDATE console_launch SET state = ?, ended_at = NULL WHERE launch_id = ?",
                LaunchState.STARTED.name(), launchId);
    }

    public void knownRun(long launchId, long runId) {
        jdbc.update("UPDATE console_launch SET run_id = ? WHERE launch_id = ?", runId, launchId);
    }

    /** What the run decided: its count, and its amounts per currency as the page shows them. */
    public void decided(long launchId, long decided, String amounts) {
        jdbc.update("UPDATE console_launch SET decided = ?, amounts = ? WHERE launch_id = ?", decided,
                tail(amounts, 400), launchId);
    }

    public void queued(long launchId) {
        jdbc.update("UPDATE console_launch SET state = ? WHERE launch_id = ?", LaunchState.QUEUED.name(), launchId);
    }

    public void ended(long launchId, LaunchState state, int exitStatus, String printed, Instant at,
            Optional<String> comparison) {
        jdbc.update("UPDATE console_launch SET state = ?, exit_status = ?, printed = ?, ended_at = ?, comparison = ? "
                        + "WHERE launch_id = ?", state.name(), exitStatus, tail(printed, PRINTED), at.toString(),
                comparison.map(text -> tail(text, PRINTED)).orElse(null), launchId);
    }

    /**
     * Marks what was going when the console last stopped: those runs died with it. Their job executions
     * are left as they were, and resuming them recovers them as the command line does.
     */
    public int interruptedAtStart(Instant at) {
        return jdbc.update("UPDATE console_launch SET state = ?, ended_at = ?, printed = ? WHERE state IN (?, ?)",
                LaunchState.INTERRUPTED.name(), at.toString(),
                "The console stopped while this run was going; resume it to finish it.",
                LaunchState.QUEUED.name(), LaunchState.STARTED.name());
    }

    public void record(ConsoleAction action) {
        jdbc.update("INSERT INTO console_action (launch_id, run_id, action, user_name, acted_at, reason, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                action.launchId().isPresent() ? action.launchId().getAsLong() : null,
                action.runId().isPresent() ? action.runId().getAsLong() : null, action.kind().name(), action.user(),
                action.at().toString(), action.reason(), action.detail().orElse(null));
    }

    /** What was done on these launches, or on the real run {@code runId}, oldest first. */
    public List<ConsoleAction> actionsOf(List<Long> launchIds, OptionalLong runId) {
        List<Object> arguments = new java.util.ArrayList<>(launchIds);
        arguments.add(runId.isPresent() ? runId.getAsLong() : -1);
        String launches = launchIds.isEmpty() ? "" : "launch_id IN (" + String.join(", ",
                java.util.Collections.nCopies(launchIds.size(), "?")) + ") OR ";
        return jdbc.query("SELECT * FROM console_action WHERE " + launches + "run_id = ? ORDER BY action_id",
                LaunchBook::action, arguments.toArray());
    }

    private static String tail(String text, int length) {
        return text.length() <= length ? text : "…" + text.substring(text.length() - length + 1);
    }

    private static Launch launch(ResultSet row, int number) throws SQLException {
        return new Launch(row.getLong("launch_id"), row.getObject("as_of", LocalDate.class),
                Path.of(row.getString("input_folder")), Path.of(row.getString("output_folder")),
                row.getBoolean("dry_run"), Optional.ofNullable(row.getString("scratch_url")),
                row.getString("started_by"), Instant.parse(row.getString("started_at")), optionalLong(row, "approves"),
                LaunchState.valueOf(row.getString("state")),
                Optional.ofNullable((Integer) row.getObject("exit_status", Integer.class)),
                Optional.ofNullable(row.getString("printed")).orElse(""),
                Optional.ofNullable(row.getString("ended_at")).map(Instant::parse),
                Optional.ofNullable(row.getString("comparison")), optionalLong(row, "run_id"),
                optionalLong(row, "decided"), Optional.ofNullable(row.getString("amounts")).orElse(""));
    }

    private static ConsoleAction action(ResultSet row, int number) throws SQLException {
        return new ConsoleAction(optionalLong(row, "launch_id"), optionalLong(row, "run_id"),
                ConsoleAction.Kind.valueOf(row.getString("action")), row.getString("user_name"),
                Instant.parse(row.getString("acted_at")), row.getString("reason"),
                Optional.ofNullable(row.getString("detail")));
    }

    private static OptionalLong optionalLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
