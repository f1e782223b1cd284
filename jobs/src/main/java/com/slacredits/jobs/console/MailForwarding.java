package com.slacredits.jobs.console;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;

/**
 * The console's mail settings, passed on to the runs it starts, so that a run from a browser sends its
 * statements as one from a scheduler would: {@code sla-credits.delivery.*} and every {@code spring.mail.*}
 * the console was given (its own arguments or files; the environment's variables reach a run anyway).
 */
final class MailForwarding {

    private static final List<String> PREFIXES = List.of("spring.mail.", "sla-credits.delivery.");

    private MailForwarding() {
    }

    /** The settings as {@code --name=value} arguments, in name order. */
    static List<String> arguments(Environment environment) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        configurable.getPropertySources().forEach(source -> {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (PREFIXES.stream().anyMatch(name::startsWith)) {
                        names.add(name);
                    }
                }
            }
        });
        return names.stream()
                .map(name -> environment.getProperty(name) == null ? null : "--" + name + "=" + environment.getProperty(name))
                .filter(Objects::nonNull)
                .toList();
    }
}
