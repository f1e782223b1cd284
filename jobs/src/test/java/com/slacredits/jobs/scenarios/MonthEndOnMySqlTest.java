package com.slacredits.jobs.scenarios;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * The month-end scenarios on MySQL/MariaDB through Connector/J, each in a database of its own.
 * Skipped, saying so, on a machine where nothing listens on 127.0.0.1:3306.
 */
class MonthEndOnMySqlTest extends MonthEndScenarios {

    @BeforeAll
    static void requireMySql() {
        boolean available = TestDatabase.mysqlAvailable();
        if (!available) {
            System.out.println("SKIPPED: no MySQL/MariaDB on " + TestDatabase.MYSQL_HOST
                    + ", so the MySQL month-end tests did not run (the H2 ones did).");
        }
        assumeTrue(available, "MySQL/MariaDB on " + TestDatabase.MYSQL_HOST);
    }

    @Override
    TestDatabase newDatabase(Path folder) {
        return TestDatabase.mysql();
    }
}
