package com.slacredits.jobs.console;

import com.slacredits.jobs.store.DatabaseSettings;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The database the console shows, in every page's header, masked: a console on the embedded database
 * beside scheduled runs on another is seen at once.
 */
@ControllerAdvice
class ConsoleDatabase {

    private final String masked;

    ConsoleDatabase(Environment environment) {
        this.masked = DatabaseSettings.of(environment).maskedUrl();
    }

    @ModelAttribute("consoleDatabase")
    String consoleDatabase() {
        return masked;
    }
}
