package com.slacredits.jobs.console;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.jobs.LedgerStoreConfiguration;
import com.slacredits.readers.policy.PolicyLibrary;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The finance console's application: the same database and repositories as the command line, but
 * not the month-end job, whose beans are built for one run's arguments.
 *
 * <p>Every class of this package carries the {@value ConsoleCommand#PROFILE} profile: the command
 * line's application scans {@code com.slacredits.jobs} and so this package too, and must find nothing
 * of the console in it. The profile also brings {@code application-console.properties}, which makes
 * this process, and only this one, a servlet web application.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = ConsoleApplication.class)
@Import(LedgerStoreConfiguration.class)
@EnableConfigurationProperties(ConsoleSettings.class)
@Profile(ConsoleCommand.PROFILE)
public class ConsoleApplication {

    /**
     * The packs the console's runs decide under and its pages word decisions with. A pack that cannot
     * be read stops the console from starting, with the command line's sentence.
     */
    @Bean
    PolicyCatalog policyCatalog(ConsoleSettings settings) {
        return PolicyLibrary.load(settings.policiesFolder());
    }
}
