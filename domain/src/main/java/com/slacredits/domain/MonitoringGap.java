package com.slacredits.domain;

/**
 * A service with no probe at all in a period the run needed: a verified claim's, or an automatic
 * pack's period, which then waits for data instead of being decided.
 *
 * @param serviceId the contract's service as it writes it (a group for redundant services)
 */
public record MonitoringGap(String serviceId, ServicePeriod period) {
}
