package com.slacredits.jobs.cli;

import java.util.List;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * A command's settings as Spring Boot will resolve them, resolved before it starts: the command's
 * {@code --spring.*} and {@code --sla-credits.*} settings, system properties, the environment, then
 * the configuration files ({@code application.properties}, {@code spring.config.additional-location}).
 * A command reads from it what it must know before Spring starts, or when Spring never starts: the
 * log file, the database it names, the metrics file, the embedded-database rule.
 */
final class CommandEnvironment {

    private CommandEnvironment() {
    }

    static ConfigurableEnvironment of(List<String> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings.toArray(String[]::new)));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return environment;
    }

    /**
     * Opens the log file (logback-spring.xml) as Spring Boot would, so that a command that ends before
     * Spring starts, or without it, still logs how it ended. Spring Boot then finds logging set up and
     * leaves it, and sets its levels.
     */
    static void startLogging(ConfigurableEnvironment environment) {
        LoggingSystem logging = LoggingSystem.get(CommandEnvironment.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, LogFile.get(environment));
    }
}
