package com.slacredits.jobs.monthend.post;

import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.jobs.scenarios.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What the checkpoint after posting is for, in a process killed with SIGKILL the moment it has
 * committed: without it H2 loses the commit, which it writes to its file up to WRITE_DELAY later
 * (half a second by default; a minute here, so that the test does not race H2's writer); with it
 * the commit survives.
 */
class EmbeddedDatabaseCheckpointTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aCommitCheckpointedAfterPostingSurvivesSigkillAndOneNotCheckpointedNeedNot(boolean checkpoint)
            throws Exception {
        String url = TestDatabase.h2(folder).url() + ";WRITE_DELAY=60000";
        new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")).execute("CREATE TABLE posted (id INT)");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PostThenWait.class.getName(), url,
                String.valueOf(checkpoint))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("posted");
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Integer survived = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""))
                .queryForObject("SELECT COUNT(*) FROM posted", Integer.class);
        assertThat(survived).isEqualTo(checkpoint ? 1 : 0);
    }

    @org.junit.jupiter.api.Test
    void onADatabaseServerItTouchesNothing() {
        JdbcTemplate unusable = new JdbcTemplate(new DriverManagerDataSource("jdbc:mysql://127.0.0.1:1/none"));

        // a connection to port 1 would fail: the listener must not try one
        assertThatCode(() -> new EmbeddedDatabaseCheckpoint(unusable, new DatabaseSettings("jdbc:mysql://127.0.0.1:1/none", "", ""))
                .afterStep(completed())).doesNotThrowAnyException();
    }

    private static StepExecution completed() {
        StepExecution step = MetaDataInstanceFactory.createStepExecution("postAdjustments", 1L);
        step.setStatus(BatchStatus.COMPLETED);
        return step;
    }

    /** The child: commits a posting, checkpoints it as the step listener does, says so, and waits to be killed. */
    public static final class PostThenWait {
        public static void main(String[] args) throws Exception {
            // one connection kept open, as the job's pool keeps them: closing the last one would flush H2
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(args[0], "sa", "", true));
            jdbc.update("INSERT INTO posted (id) VALUES (1)");
            if (Boolean.parseBoolean(args[1])) {
                new EmbeddedDatabaseCheckpoint(jdbc, new DatabaseSettings(args[0], "", "")).afterStep(completed());
            }
            System.out.println("posted");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
