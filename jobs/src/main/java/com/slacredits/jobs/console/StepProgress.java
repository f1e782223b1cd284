package com.slacredits.jobs.console;


import com.slacredits.jobs.run.RunParameters;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps of one run as its job repository has them while it runs: Spring Batch commits each
 * step's counts with every chunk, so a second connection sees them grow.
 *
 * <p>A run is found by its output folder, which no two runs share; a dry run's steps are in its
 * scratch database, which is why this reads SQL over whichever database it is given rather than the
 * console's own job repository.
 */
final class StepProgress {

    /** One step: the latest execution of it, so that a resumed run shows what its last attempt did. */
    record Step(String name, String status, long read, long written, long skipped, LocalDateTime started,
            LocalDateTime ended) {

        /** The step in a finance user's words ({@link StepNames}). */
        public String words() {
            return StepNames.words(name);
        }
    }

    private final JdbcTemplate jdbc;

    StepProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The job instance of the run writing to {@code output}; empty before the run has begun. */
    OptionalLong runOf(String output) {
        try {
            List<Long> ids = jdbc.queryForList("SELECT e.job_instance_id FROM batch_job_execution_params p "
                    + "JOIN batch_job_execution e ON e.job_execution_id = p.job_execution_id "
                    + "WHERE p.parameter_name = ? AND p.parameter_value = ? ORDER BY e.job_execution_id DESC",
                    Long.class, RunParameters.OUTPUT, output);
            return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
        } catch (DataAccessException e) {
            // a dry run's scratch database before its migrations have run
            return OptionalLong.empty();
        }
    }

    List<Step> stepsOf(long runId) {
        Map<String, Step> latest = new LinkedHashMap<>();
        jdbc.query("SELECT s.step_name, s.status, s.read_count, s.write_count, "
                        + "s.read_skip_count + s.process_skip_count + s.write_skip_count AS skipped, s.start_time, "
                        + "s.end_time FROM batch_step_execution s JOIN batch_job_execution e "
                        + "ON e.job_execution_id = s.job_execution_id WHERE e.job_instance_id = ? "
                        + "ORDER BY s.step_execution_id",
                row -> {
                    String name = row.getString("step_name");
                    latest.remove(name);
                    latest.put(name, new Step(name, row.getString("status"), row.getLong("read_count"),
                            row.getLong("write_count"), row.getLong("skipped"),
                            row.getObject("start_time", LocalDateTime.class),
                            row.getObject("end_time", LocalDateTime.class)));
                }, runId);
        return List.copyOf(latest.values());
    }
}
