package com.slacredits.jobs.scenarios;

import java.nio.file.Path;

/** The month-end scenarios on the embedded database, the zero-setup default. */
class MonthEndOnH2Test extends MonthEndScenarios {

    @Override
    TestDatabase newDatabase(Path folder) {
        return TestDatabase.h2(folder);
    }
}
