package com.slacredits.jobs.cli;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.support.PublicHolidays;
import com.slacredits.readers.holidays.JollydayHolidays;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every process configuration shares: the auto-configuration it leaves out (what it never uses
 * costs start-up time, and Security, left in, would make a default user), and the beans the command
 * line makes before Spring starts, so that an invalid pack stops a command first.
 */
final class ProcessApplications {

    /** The public holidays of the support calendars (support SLAs, section 2): Jollyday's, asked once per year. */
    static final PublicHolidays HOLIDAYS = new JollydayHolidays();

    /** The finance console's templates and sign-in. */
    static final String THYMELEAF = "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration";
    static final String SECURITY = "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration";
    static final String USERS = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration";
    /** A worker's management port has no sign-in: it listens on 127.0.0.1 (WorkerCommand). */
    static final String WEB_SECURITY =
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration";
    static final String SECURITY_FILTER =
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration";
    static final String MANAGEMENT_SECURITY =
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration";
    /** RabbitMQ and Spring Integration, which only --workers=remote and the workers use. */
    static final String RABBIT = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration";
    static final String INTEGRATION = "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration";

    private ProcessApplications() {
    }

    /** Gives a process the packs the command loaded, and the holidays they were checked against. */
    static ApplicationContextInitializer<ConfigurableApplicationContext> packs(PolicyCatalog policies) {
        return context -> {
            context.getBeanFactory().registerSingleton("policyCatalog", policies);
            context.getBeanFactory().registerSingleton("publicHolidays", HOLIDAYS);
        };
    }
}
