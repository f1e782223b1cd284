package com.slacredits.readers.policy;

/**
 * A policy pack file that breaks a rule of policy packs, section 1: it stops the run before anything
 * is written (exit 2). The message is one sentence naming the file, the key and the problem, for
 * example {@code Policy pack acme.yaml is invalid: editions.GOLD.tiers: row 2 (atLeast 99) is not
 * below the row above it.}
 *
 * <p>The key is a path of YAML keys from the top of the file ({@code editions.GOLD.breach.credit});
 * a row of a list is numbered from 1, as the problems name it ({@code editions.GOLD.tiers[2].credit}
 * is the second row). Where the text is not YAML at all, the key is the place it stopped making
 * sense ({@code line 3, column 7}); {@code (document)} stands for the file as a whole.
 */
public class InvalidPackException extends RuntimeException {

    private final String file;
    private final String key;
    private final String problem;

    public InvalidPackException(String file, String key, String problem) {
        this(file, key, problem, null);
    }

    public InvalidPackException(String file, String key, String problem, Throwable cause) {
        super(sentence(file, key, problem), cause);
        this.file = file;
        this.key = key;
        this.problem = clause(problem);
    }

    /** The file's name without its folder: {@code acme.yaml}, or a built-in pack's {@code standard-2024.yaml}. */
    public String file() {
        return file;
    }

    /** Where in the file: a key path, or a line and column where the text does not parse. */
    public String key() {
        return key;
    }

    /** What is wrong there, without a closing full stop. */
    public String problem() {
        return problem;
    }

    private static String sentence(String file, String key, String problem) {
        return "Policy pack " + file + " is invalid: " + key + ": " + clause(problem) + ".";
    }

    /** One line, whatever the problem's source printed, and no full stop of its own. */
    private static String clause(String problem) {
        String text = problem == null ? "is not a valid pack" : problem.strip().replaceAll("\\s+", " ").replace(". (", " (");
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
