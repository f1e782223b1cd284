package com.slacredits.jobs.monthend.deliver;

/**
 * The deliver step stopped, in one sentence for the operator. It carries no cause, on purpose: the
 * command line names a failure by its innermost cause, and a mail server's "connection refused" would
 * then read as the database's. The cause is logged where it happens.
 */
final class DeliveryStopped extends RuntimeException {

    DeliveryStopped(String sentence) {
        super(sentence);
    }
}
