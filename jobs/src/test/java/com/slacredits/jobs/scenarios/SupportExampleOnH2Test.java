package com.slacredits.jobs.scenarios;

import java.nio.file.Path;

/** The support example on the embedded database, the zero-setup default. */
class SupportExampleOnH2Test extends SupportExampleScenarios {

    @Override
    TestDatabase newDatabase(Path folder) {
        return TestDatabase.h2(folder);
    }
}
