package com.slacredits.domain;

/** What one probe said about a service at one instant. */
public enum ProbeStatus {
    UP,
    DOWN
}
