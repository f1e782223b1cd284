package com.slacredits.jobs.console;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sla-credits.console.*}: who may sign in, and the drop folders a run may be started on.
 *
 * @param users each with a name, a bcrypt {@code password-hash} ({@code console-user --password-stdin}
 *              prints one) and a role
 * @param dropFolders the input folders the start form offers; nothing else can be started from a browser
 */
@ConfigurationProperties("sla-credits.console")
public record ConsoleSettings(List<User> users, List<Path> dropFolders) {

    public ConsoleSettings {
        users = users == null ? List.of() : List.copyOf(users);
        dropFolders = dropFolders == null ? List.of() : List.copyOf(dropFolders);
    }

    public record User(String name, String passwordHash, ConsoleRole role) {
    }
}
