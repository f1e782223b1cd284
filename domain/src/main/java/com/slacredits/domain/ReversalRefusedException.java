package com.slacredits.domain;

/**
 * A reversal finance asked for that cannot be posted. The message is one sentence a person can act
 * on, shown as it is by the finance console.
 */
public final class ReversalRefusedException extends RuntimeException {

    public ReversalRefusedException(String sentence) {
        super(sentence);
    }
}
