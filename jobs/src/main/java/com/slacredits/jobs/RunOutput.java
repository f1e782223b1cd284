package com.slacredits.jobs;

import java.io.PrintStream;

/**
 * Where the run prints its last lines, the summary: the command's own output, which is the process's
 * standard output on the command line and the run's page in the finance console.
 */
public record RunOutput(PrintStream stream) {
}
