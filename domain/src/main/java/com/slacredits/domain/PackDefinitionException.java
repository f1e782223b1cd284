package com.slacredits.domain;

/**
 * A policy pack that breaks a rule of policy packs, section 1. Names the key, relative to where the
 * rule sits (a schedule names {@code tiers}, the loader prefixes {@code editions.X.}), so that the
 * sentence an operator reads points at the line to fix.
 */
public final class PackDefinitionException extends IllegalArgumentException {

    private final String key;
    private final String problem;

    public PackDefinitionException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
        this.problem = problem;
    }

    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }

    /** The same problem, its key placed under {@code parent}. */
    public PackDefinitionException under(String parent) {
        return new PackDefinitionException(parent + "." + key, problem);
    }
}
