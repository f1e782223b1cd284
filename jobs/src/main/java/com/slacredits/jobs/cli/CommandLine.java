package com.slacredits.jobs.cli;

import com.slacredits.jobs.store.DatabaseSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * The one parser of every command's arguments: {@code --name=value} options and {@code --name} flags
 * the command declares, each at most once, and {@code --spring.*} or {@code --sla-credits.*}
 * settings, which go to Spring Boot untouched. Anything else is refused with one sentence.
 */
final class CommandLine {

    private static final PropertyPlaceholderHelper PLACEHOLDERS = new PropertyPlaceholderHelper("${", "}", ":", null,
            true);

    private final Map<String, String> options;
    private final Set<String> flags;
    private final List<String> settings;

    private CommandLine(Map<String, String> options, Set<String> flags, List<String> settings) {
        this.options = options;
        this.flags = flags;
        this.settings = settings;
    }

    /**
     * @param args the arguments after the command's name
     * @param options the options that take a value, such as {@code --as-of}
     * @param flags the options that take none, such as {@code --dry-run}
     */
    static CommandLine parse(List<String> args, Set<String> options, Set<String> flags) throws UsageException {
        Map<String, String> values = new HashMap<>();
        Set<String> given = new HashSet<>();
        List<String> settings = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (isSetting(arg)) {
                settings.add(arg);
            } else if (options.contains(name) && equals >= 0) {
                String value = arg.substring(equals + 1);
                if (values.containsKey(name)) {
                    throw new UsageException(name + " is given twice.");
                }
                if (value.isBlank()) {
                    throw new UsageException(name + " needs a value.");
                }
                values.put(name, value);
            } else if (flags.contains(arg)) {
                given.add(arg);
            } else if (options.contains(arg)) {
                throw new UsageException(arg + " needs a value.");
            } else {
                throw new UsageException(unknown(arg, name, options, flags));
            }
        }
        return new CommandLine(values, given, List.copyOf(settings));
    }

    /** The sentence for an argument no command takes: an option one slip from a known one is named. */
    private static String unknown(String arg, String name, Set<String> options, Set<String> flags) {
        if (!arg.startsWith("-")) {
            return "Unknown argument '" + arg + "'.";
        }
        Set<String> known = new HashSet<>(options);
        known.addAll(flags);
        return "Unknown option " + name + Misspelling.intended(name, known).map(near -> "; did you mean " + near + "?")
                .orElse(".");
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(options.get(option));
    }

    String required(String option) throws UsageException {
        return value(option).orElseThrow(() -> new UsageException(option + " is required."));
    }

    boolean flag(String flag) {
        return flags.contains(flag);
    }

    /** The {@code --spring.*} and {@code --sla-credits.*} settings, as given. */
    List<String> settings() {
        return settings;
    }

    /** The database the command works on, as Spring will resolve it. */
    DatabaseSettings database() {
        return database(settings);
    }

    /**
     * The database as Spring will resolve it, for a command that opens it or names it before Spring
     * starts: the command line, then system properties, then the environment, then the built-in default.
     */
    static DatabaseSettings database(List<String> settings) {
        return new DatabaseSettings(setting(settings, DatabaseSettings.URL), setting(settings, DatabaseSettings.USERNAME),
                setting(settings, DatabaseSettings.PASSWORD));
    }

    /** A {@code --spring.*} or {@code --sla-credits.*} setting, which goes to Spring Boot untouched. */
    static boolean isSetting(String arg) {
        return (arg.startsWith("--spring.") || arg.startsWith("--sla-credits.")) && arg.contains("=");
    }

    /**
     * A property as Spring will resolve it, placeholders too: the built-in URL names the embedded
     * database's folder as {@code ${sla-credits.database.embedded-folder}}.
     */
    private static String setting(List<String> settings, String property) {
        return PLACEHOLDERS.replacePlaceholders(given(settings, property), name -> given(settings, name));
    }

    private static String given(List<String> settings, String property) {
        String prefix = "--" + property + "=";
        for (String argument : settings) {
            if (argument.startsWith(prefix)) {
                return argument.substring(prefix.length());
            }
        }
        // spring.datasource.url in the environment is SPRING_DATASOURCE_URL, as Spring reads it
        String variable = property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(variable)))
                .orElseGet(() -> DatabaseSettings.builtIn(property));
    }
}
