package com.slacredits.jobs.monthend.deliver;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether statements are sent by email: {@code sla-credits.delivery.from}, the sender's address,
 * turns delivery on; without it nothing is sent. Where the mail goes is Spring Boot's
 * {@code spring.mail.*} (host, port, username, password, properties for STARTTLS and authentication).
 *
 * @param from the address the statements come from, e.g. {@code "Northwind Billing <billing@example.com>"}
 */
@ConfigurationProperties("sla-credits.delivery")
record DeliverySettings(String from) {

    /** The sender, when delivery is on. */
    Optional<String> sender() {
        return Optional.ofNullable(from).map(String::strip).filter(address -> !address.isEmpty());
    }
}
