package com.slacredits.jobs.console;

import com.slacredits.jobs.cli.PasswordHashCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import com.slacredits.jobs.cli.ExitCode;

/** Users from configuration, and the command that makes their hashes. */
class ConsoleUsersTest {

    @Test
    void theHashThatConsoleUserPrintsSignsInWithThatPasswordOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExitCode code = new PasswordHashCommand(new ByteArrayInputStream("a long enough secret\n".getBytes(
                StandardCharsets.UTF_8)), new PrintStream(out, true), System.err).run("console-user", "--password-stdin");

        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(code).isEqualTo(ExitCode.COMPLETED);
        assertThat(new BCryptPasswordEncoder().matches("a long enough secret", hash)).isTrue();
        assertThat(new BCryptPasswordEncoder().matches("a long enough secreT", hash)).isFalse();
        var users = ConsoleUsers.of(List.of(new ConsoleSettings.User("fiona", hash, ConsoleRole.FINANCE)));
        assertThat(users.loadUserByUsername("fiona").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_FINANCE");
    }

    @Test
    void aShortPasswordOrAPasswordInTheArgumentsIsRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(new PasswordHashCommand(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)),
                System.out, new PrintStream(err, true)).run("console-user", "--password-stdin"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(new PasswordHashCommand(new ByteArrayInputStream(new byte[0]), System.out,
                new PrintStream(err, true)).run("console-user", "--password=a long enough secret"))
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aPlainTextPasswordAMissingRoleOrNoUsersStopTheConsole() {
        String hash = new BCryptPasswordEncoder().encode("a long enough secret");
        assertThatThrownBy(() -> ConsoleUsers.of(List.of(new ConsoleSettings.User("fiona", "{noop}secret",
                ConsoleRole.FINANCE)))).hasMessageContaining("users[0].password-hash is not a bcrypt hash");
        assertThatThrownBy(() -> ConsoleUsers.of(List.of(new ConsoleSettings.User("fiona", hash, ConsoleRole.FINANCE),
                new ConsoleSettings.User("victor", hash, null)))).hasMessageContaining("users[1].role is missing");
        assertThatThrownBy(() -> ConsoleUsers.of(List.of(new ConsoleSettings.User("fiona", hash, ConsoleRole.FINANCE),
                new ConsoleSettings.User("fiona", hash, ConsoleRole.VIEWER)))).hasMessageContaining("twice");
        assertThatThrownBy(() -> ConsoleUsers.of(List.of())).hasMessageContaining("No console users");
    }
}
