package com.slacredits.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseTroubleTest {

    @Test
    void aUrlLosesItsUserAndPasswordWhereverTheyAre() {
        assertThat(DatabaseTrouble.safeUrl("jdbc:mysql://finance:s3cret@db.example.com:3306/sla?useSSL=true"))
                .isEqualTo("jdbc:mysql://db.example.com:3306/sla?useSSL=true");
        assertThat(DatabaseTrouble.safeUrl("jdbc:mysql://db:3306/sla?user=finance&password=s3cret&useSSL=true"))
                .isEqualTo("jdbc:mysql://db:3306/sla?user=****&password=****&useSSL=true");
        assertThat(DatabaseTrouble.safeUrl("jdbc:h2:file:./data/x;MODE=MySQL;USER=sa;PASSWORD=s3cret"))
                .isEqualTo("jdbc:h2:file:./data/x;MODE=MySQL;USER=****;PASSWORD=****");
        assertThat(DatabaseTrouble.safeUrl("jdbc:h2:file:./data/sla-credits;MODE=MySQL"))
                .isEqualTo("jdbc:h2:file:./data/sla-credits;MODE=MySQL");
    }

    @Test
    void aRefusedConnectionIsTheDatabasesTroubleAndAConstraintIsNot() {
        Exception refused = new IllegalStateException("Failed to initialize pool",
                new SQLException("Communications link failure\n\nThe last packet sent...", "08S01",
                        new ConnectException("Connection refused")));

        assertThat(DatabaseTrouble.atStart(refused, "jdbc:mysql://u:p@db:3306/sla")).contains(
                "The database at jdbc:mysql://db:3306/sla cannot be reached: Connection refused. Nothing was written; "
                        + "run the same command again once it is up.");
        assertThat(DatabaseTrouble.midRun(refused, "jdbc:mysql://db:3306/sla", 7)).hasValueSatisfying(sentence ->
                assertThat(sentence).contains("went away (Connection refused)", "resume run 7"));
        assertThat(DatabaseTrouble.atStart(new SQLException("Duplicate entry", "23000"), "jdbc:mysql://db/sla")).isEmpty();
    }

    @Test
    void aPasswordInAMessageIsMasked() {
        assertThat(DatabaseTrouble.masked("cannot open jdbc:h2:x;PASSWORD=s3cret", "s3cret"))
                .isEqualTo("cannot open jdbc:h2:x;PASSWORD=****");
        assertThat(DatabaseTrouble.masked("nothing secret", "")).isEqualTo("nothing secret");
    }
}
