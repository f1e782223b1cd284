package com.slacredits.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.jobs.store.DatabaseSettings;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseTroubleTest {

    @Test
    void aRefusedConnectionIsTheDatabasesTroubleAndAConstraintIsNot() {
        Exception refused = new IllegalStateException("Failed to initialize pool",
                new SQLException("Communications link failure\n\nThe last packet sent...", "08S01",
                        new ConnectException("Connection refused")));

        assertThat(DatabaseTrouble.atStart(refused, database("jdbc:mysql://u:p@db:3306/sla"))).contains(
                "The database at jdbc:mysql://db:3306/sla cannot be reached: Connection refused. Nothing was written; "
                        + "run the same command again once it is up.");
        assertThat(DatabaseTrouble.midRun(refused, database("jdbc:mysql://db:3306/sla"), 7))
                .hasValueSatisfying(sentence -> assertThat(sentence)
                        .contains("went away (Connection refused)", "resume run 7"));
        assertThat(DatabaseTrouble.atStart(new SQLException("Duplicate entry", "23000"), database("jdbc:mysql://db/sla")))
                .isEmpty();
    }

    private static DatabaseSettings database(String url) {
        return new DatabaseSettings(url, "", "");
    }
}
