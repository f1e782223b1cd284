package com.slacredits.jobs.monthend.deliver;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/**
 * Who is sent what, apart from how: every customer with a statement in a real, posted run is sent
 * that statement, once, at the email their contracts give; a dry run, a held run and a process
 * without a sender send nothing.
 */
final class DeliveryRule {

    private DeliveryRule() {
    }

    /** Why the run sends nothing, when it sends nothing. */
    static Optional<String> silence(Optional<String> sender, boolean dryRun, boolean held) {
        if (sender.isEmpty()) {
            return Optional.of("delivery is off: sla-credits.delivery.from names no sender");
        }
        if (dryRun) {
            return Optional.of("a dry run sends nothing");
        }
        if (held) {
            return Optional.of("the run is held: its statements are sent when it is released");
        }
        return Optional.empty();
    }

    /** The one address a contract's customer_email must be, or why it is not one. */
    static Optional<String> unfit(String email) {
        try {
            InternetAddress[] addresses = InternetAddress.parse(email, true);
            if (addresses.length != 1) {
                return Optional.of("\"" + email + "\" is not one email address");
            }
            addresses[0].validate();
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("\"" + email + "\" is not an email address");
        }
    }
}
