package com.slacredits.domain;

import java.time.YearMonth;

/** A contract in a service month: what a claim is about, and what only one claim may be decided on. */
public record ContractMonth(String contractId, YearMonth serviceMonth) {
}
