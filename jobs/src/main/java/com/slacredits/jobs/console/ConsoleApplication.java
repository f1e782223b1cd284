package com.slacredits.jobs.console;


import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.support.PublicHolidays;
import com.slacredits.jobs.cli.FinanceControls;
import com.slacredits.jobs.store.StoreConfiguration;
import com.slacredits.readers.holidays.JollydayHolidays;
import org.springframework.context.annotation.PropertySource;
import com.slacredits.readers.policy.PolicyLibrary;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The finance console's process: the same database and repositories as the command line, but not
 * the month-end job, which its runs boot on their own (RunStarter). Nothing else scans this package,
 * so none of the console is built into another process.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = ConsoleApplication.class)
@Import(StoreConfiguration.class)
@PropertySource("classpath:console.properties")
@EnableConfigurationProperties({ConsoleSettings.class, FinanceControls.class})
public class ConsoleApplication {

    /**
     * The packs the console's runs decide under and its pages word decisions with. A pack that cannot
     * be read stops the console from starting, with the command line's sentence.
     */
    @Bean
    PolicyCatalog policyCatalog(ConsoleSettings settings, PublicHolidays holidays) {
        return PolicyLibrary.load(settings.policiesFolder(), holidays);
    }

    /** The support calendars' public holidays, which a pack's countries are checked against. */
    @Bean
    PublicHolidays publicHolidays() {
        return new JollydayHolidays();
    }
}
