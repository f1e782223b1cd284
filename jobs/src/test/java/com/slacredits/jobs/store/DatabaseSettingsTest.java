package com.slacredits.jobs.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void aUrlLosesItsUserAndPasswordWhereverTheyAre() {
        assertThat(DatabaseSettings.masked("jdbc:mysql://finance:s3cret@db.example.com:3306/sla?useSSL=true"))
                .isEqualTo("jdbc:mysql://db.example.com:3306/sla?useSSL=true");
        assertThat(DatabaseSettings.masked("jdbc:mysql://db:3306/sla?user=finance&password=s3cret&useSSL=true"))
                .isEqualTo("jdbc:mysql://db:3306/sla?user=****&password=****&useSSL=true");
        assertThat(DatabaseSettings.masked("jdbc:h2:file:./data/x;MODE=MySQL;USER=sa;PASSWORD=s3cret"))
                .isEqualTo("jdbc:h2:file:./data/x;MODE=MySQL;USER=****;PASSWORD=****");
        assertThat(DatabaseSettings.masked("jdbc:h2:file:./data/sla-credits;MODE=MySQL"))
                .isEqualTo("jdbc:h2:file:./data/sla-credits;MODE=MySQL");
    }

    @Test
    void aPasswordInAMessageIsMasked() {
        assertThat(new DatabaseSettings("jdbc:h2:x", "sa", "s3cret").maskedIn("cannot open jdbc:h2:x;PASSWORD=s3cret"))
                .isEqualTo("cannot open jdbc:h2:x;PASSWORD=****");
        assertThat(new DatabaseSettings("jdbc:h2:x", "sa", "").maskedIn("nothing secret")).isEqualTo("nothing secret");
    }

    @Test
    void onlyH2IsTheEmbeddedDatabase() {
        assertThat(new DatabaseSettings("jdbc:h2:file:./data/x", "", "").isEmbedded()).isTrue();
        assertThat(new DatabaseSettings("jdbc:h2:mem:x", "", "").isEmbedded()).isTrue();
        assertThat(new DatabaseSettings("jdbc:mysql://db/sla", "", "").isEmbedded()).isFalse();
    }

    @Test
    void anExistingEmbeddedFileIsOpenedWithoutBeingCreated() {
        assertThat(new DatabaseSettings("jdbc:h2:file:./data/x;MODE=MySQL", "", "").urlOfExisting())
                .isEqualTo("jdbc:h2:file:./data/x;MODE=MySQL;IFEXISTS=TRUE");
        assertThat(new DatabaseSettings("jdbc:h2:file:./x;IFEXISTS=TRUE", "", "").urlOfExisting())
                .isEqualTo("jdbc:h2:file:./x;IFEXISTS=TRUE");
        assertThat(new DatabaseSettings("jdbc:mysql://db/sla", "", "").urlOfExisting()).isEqualTo("jdbc:mysql://db/sla");
    }

    @Test
    void theBuiltInDatabaseIsTheEmbeddedFile() {
        // in ./data unless the folder is set (CommandLineTest resolves it as Spring does)
        assertThat(DatabaseSettings.builtIn(DatabaseSettings.URL))
                .startsWith("jdbc:h2:file:${sla-credits.database.embedded-folder}/sla-credits;");
        assertThat(DatabaseSettings.builtIn("sla-credits.database.embedded-folder")).isEqualTo("./data");
    }
}
