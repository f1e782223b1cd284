package com.slacredits.jobs.console;

/** What a console user may do: {@code FINANCE} reads and acts, {@code VIEWER} only reads. */
public enum ConsoleRole {
    FINANCE,
    VIEWER
}
