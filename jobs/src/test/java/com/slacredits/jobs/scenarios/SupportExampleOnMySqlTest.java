package com.slacredits.jobs.scenarios;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/** The support example on MySQL/MariaDB; skipped, saying so, where nothing listens on 127.0.0.1:3306. */
class SupportExampleOnMySqlTest extends SupportExampleScenarios {

    @BeforeAll
    static void requireMySql() {
        boolean available = TestDatabase.mysqlAvailable();
        if (!available) {
            System.out.println("SKIPPED: no MySQL/MariaDB on " + TestDatabase.MYSQL_HOST
                    + ", so the MySQL support example did not run (the H2 one did).");
        }
        assumeTrue(available, "MySQL/MariaDB on " + TestDatabase.MYSQL_HOST);
    }

    @Override
    TestDatabase newDatabase(Path folder) {
        return TestDatabase.mysql();
    }
}
