package com.slacredits.jobs.cli;

/**
 * The auto-configuration each process leaves out: what it never uses costs start-up time, and
 * Security, left in, would make a default user.
 */
final class ProcessApplications {

    /** The finance console's templates and sign-in. */
    static final String THYMELEAF = "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration";
    static final String SECURITY = "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration";
    static final String USERS = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration";
    /** RabbitMQ and Spring Integration, which only --workers=remote and the workers use. */
    static final String RABBIT = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration";
    static final String INTEGRATION = "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration";

    private ProcessApplications() {
    }
}
