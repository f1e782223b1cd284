package com.slacredits.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The month-end command. {@link MonthEndCommand} does the work; this only exits with its status. */
@SpringBootApplication
public class SlaCreditsApplication {

    public static void main(String[] args) {
        System.exit(new MonthEndCommand(System.out, System.err).run(args).status());
    }
}
