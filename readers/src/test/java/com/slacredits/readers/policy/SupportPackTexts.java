package com.slacredits.readers.policy;

/** A valid pack with every part of support-sla.md, section 3, for tests to read and to break one thing at a time. */
final class SupportPackTexts {

    static final String SUPPORT = """
            id: acme-support
            name: Acme Support SLA
            zone: Europe/Amsterdam
            period: MONTH
            minOutageMinutes: 5
            excusedCauses: [MAINTENANCE]
            claims: AUTOMATIC
            support:
              priorities: [P1, P2, P3, P4]
              resolutionFrom: RESPONSE
              credit: {perMiss: 5, cap: 20}
            calendars:
              office:
                zone: Europe/Amsterdam
                days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]
                opens: "09:00"
                closes: "17:00"
                holidays: NL
                closedDays: [2026-12-24, 2026-12-31]
              customer:
                zone: customer
                days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]
                opens: "08:30"
                closes: "17:30"
                holidays: customer
            editions:
              ENTERPRISE:
                guarantee: 99.9
                schedule: NONE
                support:
                  P1: {respond: PT1H, resolve: PT1H, calendar: ALWAYS}
                  P2: {respond: PT2H, resolve: PT2H, calendar: office}
                  P3: {respond: PT1H, resolve: PT8H, calendar: ALWAYS, resolveCalendar: office}
                  P4: {respond: PT4H, calendar: office}
              OWN_HOURS:
                guarantee: 99.9
                schedule: NONE
                support:
                  P2: {respond: PT90M, resolve: PT1H30M, calendar: customer}
              MONITORED:
                guarantee: 99.9
                schedule: NONE
            """;

    private SupportPackTexts() {
    }
}
