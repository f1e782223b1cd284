package com.slacredits.jobs.console;

/** An action the console will not take, with the one sentence its page shows. */
public class ConsoleRefusal extends RuntimeException {

    public ConsoleRefusal(String sentence) {
        super(sentence);
    }
}
