package com.slacredits.domain;

/** A contract in a period: what a claim is about, and what only one claim may be verified on. */
public record ContractPeriod(String contractId, ServicePeriod period) {
}
