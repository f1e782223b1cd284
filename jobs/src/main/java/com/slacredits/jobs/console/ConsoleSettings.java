package com.slacredits.jobs.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sla-credits.console.*}: who may sign in, the drop folders a run may be started on, and the
 * folder the console's runs write their results to.
 *
 * @param users each with a name, a bcrypt {@code password-hash} ({@code console-user --password-stdin}
 *              prints one) and a role
 * @param dropFolders the input folders the start form offers; nothing else can be started from a browser
 * @param resultsFolder where each run started here gets a folder of its own, named by its launch
 * @param policies a folder of policy packs beside the built-in ones, as {@code --policies} gives the
 *                 command line: the console's runs use it, and its pages word decisions with it
 */
@ConfigurationProperties("sla-credits.console")
public record ConsoleSettings(List<User> users, List<Path> dropFolders, Path resultsFolder, Path policies) {

    public ConsoleSettings {
        users = users == null ? List.of() : List.copyOf(users);
        dropFolders = dropFolders == null ? List.of()
                : dropFolders.stream().map(folder -> folder.toAbsolutePath().normalize()).toList();
        resultsFolder = (resultsFolder == null ? Path.of("results") : resultsFolder).toAbsolutePath().normalize();
        policies = policies == null ? null : policies.toAbsolutePath().normalize();
    }

    public Optional<Path> policiesFolder() {
        return Optional.ofNullable(policies);
    }

    public record User(String name, String passwordHash, ConsoleRole role) {
    }
}
