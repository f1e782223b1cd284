package com.slacredits.jobs.console;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The console's users, from {@link ConsoleSettings}. A configuration that would let someone in with
 * a plain-text password, or let nobody in at all, stops the console at start-up with a sentence
 * naming the entry, rather than failing every sign-in later.
 */
final class ConsoleUsers {

    /** A bcrypt hash as Spring Security's encoder writes it: version, cost, 53 characters of salt and hash. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private ConsoleUsers() {
    }

    static InMemoryUserDetailsManager of(List<ConsoleSettings.User> users) {
        if (users.isEmpty()) {
            throw new IllegalStateException("No console users are configured: add sla-credits.console.users[0].name, "
                    + ".password-hash and .role (README, \"Finance console\").");
        }
        Set<String> names = new HashSet<>();
        List<UserDetails> details = new java.util.ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            ConsoleSettings.User user = users.get(i);
            String entry = "sla-credits.console.users[" + i + "]";
            if (user.name() == null || user.name().isBlank()) {
                throw new IllegalStateException(entry + ".name is missing.");
            }
            if (!names.add(user.name())) {
                throw new IllegalStateException(entry + ".name '" + user.name() + "' is configured twice.");
            }
            if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
                throw new IllegalStateException(entry + ".password-hash is not a bcrypt hash; print one with: "
                        + "java -jar sla-credits.jar console-user --password-stdin");
            }
            if (user.role() == null) {
                throw new IllegalStateException(entry + ".role is missing: FINANCE or VIEWER.");
            }
            details.add(User.withUsername(user.name()).password(user.passwordHash()).roles(user.role().name()).build());
        }
        return new InMemoryUserDetailsManager(details);
    }
}
