package com.slacredits.reports;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.BusinessCalendar;
import com.slacredits.domain.support.WeeklyCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A measured support ticket in the words a customer reads (support SLAs, section 5): how long the first
 * response and the resolution took against their targets, and the calendar they were counted on.
 *
 * <p>Times come from the stored row, cut down to the minute; met and missed were decided on exact
 * seconds. So a clock missed by less than a minute shows its target as its time, and reads "just over"
 * it rather than contradicting its verdict.
 *
 * <p>Thread-safe: holds only the immutable policy catalogue, whose calendar definitions it words.
 */
public final class SupportWording {

    private static final DateTimeFormatter REPORTED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'xxx", Locale.ENGLISH);
    private static final DateTimeFormatter CUT_OFF = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ENGLISH);

    /** Countries whose English name takes "the" beyond the rule in {@link #country}. */
    private static final Set<String> WITH_ARTICLE = Set.of("NL", "PH", "BS", "GM", "MV", "SC", "KM", "VA", "CD", "CG");

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final PolicyCatalog policies;

    public SupportWording(PolicyCatalog policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /**
     * "2026-10-21 22:10 UTC+02:00": when the ticket was reported, in its pack's zone, where its period was
     * read. The offset, not a zone abbreviation: the JDK's English short names ("CEST" or "GMT+02:00") vary
     * with the JDK build and with what the process looked up before, and a statement must not.
     */
    public String reported(MeasuredTicket ticket) {
        return REPORTED.format(ticket.reportedAt().atZone(packZone(ticket)));
    }

    /** "Met", "Missed", or a dash for a priority without that target. */
    public static String result(Optional<MeasuredTicket.Clock> clock) {
        return clock.map(c -> c.met() ? "Met" : "Missed").orElse("—");
    }

    /** "target 2 h", or "no target". */
    public static String target(Optional<MeasuredTicket.Clock> clock) {
        return clock.map(c -> "target " + duration(c.targetMinutes())).orElse("no target");
    }

    /**
     * "First response after 3 h 10 min of business hours; target 2 h: missed." Empty when the priority has
     * no response target. A ticket resolved without a recorded response was answered by the resolution.
     *
     * @param asOf the run's date, whose start in the pack's zone is the cut-off
     */
    public String response(MeasuredTicket ticket, LocalDate asOf) {
        return ticket.response().map(clock -> {
            if (!clock.stopped()) {
                return "No first response by " + cutOff(ticket, asOf) + verdict(clock);
            }
            String what = ticket.respondedAt().isPresent() ? "First response" : "First response, given by the resolution,";
            return what + " after " + elapsed(ticket, clock) + verdict(clock);
        }).orElse("");
    }

    /**
     * "Resolved after 7 h 30 min of business hours, not counting 45 min waiting for you; target 8 h: met."
     * For a clock missed without a stop: "Not resolved by 2026-11-05 00:00 Europe/Amsterdam; target 4 h:
     * missed." Empty when the priority has no resolution target.
     */
    public String resolution(MeasuredTicket ticket, LocalDate asOf) {
        return ticket.resolution().map(clock -> {
            if (!clock.stopped()) {
                return "Not resolved by " + cutOff(ticket, asOf) + verdict(clock);
            }
            String paused = clock.pausedMinutes() > 0
                    ? ", not counting " + duration(clock.pausedMinutes()) + " waiting for you"
                    : "";
            return "Resolved after " + elapsed(ticket, clock) + paused + verdict(clock);
        }).orElse("");
    }

    /** The clock sentences of a ticket, one per line. */
    public String clocks(MeasuredTicket ticket, LocalDate asOf) {
        return String.join("\n", Stream.of(response(ticket, asOf), resolution(ticket, asOf))
                .filter(sentence -> !sentence.isEmpty()).toList());
    }

    /**
     * The calendars the ticket's clocks were counted on, in words: "Counted around the clock.", "Counted in
     * business hours: Monday to Friday, 09:00–17:00 Europe/Amsterdam, except public holidays of the
     * Netherlands.", or one clause per clock when they differ.
     */
    public String calendars(MeasuredTicket ticket) {
        Optional<String> response = ticket.response().map(clock -> calendar(ticket, clock.calendar()));
        Optional<String> resolution = ticket.resolution().map(clock -> calendar(ticket, clock.calendar()));
        if (response.isPresent() && resolution.isPresent() && !response.equals(resolution)) {
            return "First response counted " + response.get() + "; resolution counted " + resolution.get() + ".";
        }
        return "Counted " + response.or(() -> resolution).orElseThrow() + ".";
    }

    /** "Measured under Zeeland Ferries SLA 2026, Business edition"; the pack's id when it is not loaded. */
    public String measuredUnder(MeasuredTicket ticket) {
        String sla = pack(ticket).map(PolicyPack::name).orElse(ticket.policyId());
        String edition = StatementLine.editionName(ticket.edition());
        return "Measured under " + sla + (edition.isEmpty() ? "" : ", " + edition + " edition");
    }

    /** "40 min", "2 h", "3 h 10 min": whole minutes as hours and minutes. */
    static String duration(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return Figures.whole(hours) + " h" + (rest == 0 ? "" : " " + rest + " min");
    }

    /**
     * A calendar of the ticket's pack in words, after "counted": "around the clock", or "in business hours:
     * …". The closed days named are those from the day the ticket was reported to the day its last clock
     * stopped or ran out, the ones that can have counted.
     */
    String calendar(MeasuredTicket ticket, String name) {
        if (name.equals(BusinessCalendar.ALWAYS_NAME)) {
            return "around the clock";
        }
        Optional<BusinessCalendar> found = pack(ticket).flatMap(PolicyPack::support).flatMap(terms -> terms.calendar(name));
        if (found.isEmpty() || !(found.get() instanceof WeeklyCalendar weekly)) {
            return "in the business hours your SLA calls '" + name + "'";
        }
        Optional<ZoneId> zone = weekly.zone().or(ticket::supportZone);
        Optional<String> country = weekly.customerHolidays() ? ticket.supportCountry() : weekly.country();
        LocalDate from = ticket.reportedAt().atZone(zone.orElse(ZoneOffset.UTC)).toLocalDate();
        LocalDate to = lastCounted(ticket).atZone(zone.orElse(ZoneOffset.UTC)).toLocalDate();
        List<LocalDate> closed = weekly.closedDays().stream()
                .filter(day -> !day.isBefore(from) && !day.isAfter(to)).sorted().toList();
        return "in business hours: " + hours(weekly, zone) + except(country, closed);
    }

    /** "Monday to Friday, 09:00–17:00 Europe/Amsterdam". */
    static String hours(WeeklyCalendar calendar, Optional<ZoneId> zone) {
        return days(calendar.days()) + ", " + calendar.opens() + "–" + calendar.closes() + " "
                + zone.map(ZoneId::getId).orElse("in your own time zone");
    }

    /** "Monday to Friday", "Monday, Wednesday and Friday", "Monday to Wednesday and Saturday", "every day". */
    static String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        List<String> runs = new ArrayList<>();
        DayOfWeek[] week = DayOfWeek.values();
        int i = 0;
        while (i < week.length) {
            if (!days.contains(week[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < week.length && days.contains(week[end + 1])) {
                end++;
            }
            String first = name(week[i]);
            runs.add(end == i ? first : end == i + 1 ? first + ", " + name(week[end]) : first + " to " + name(week[end]));
            i = end + 1;
        }
        List<String> parts = new ArrayList<>();
        runs.forEach(run -> parts.addAll(List.of(run.split(", "))));
        return and(parts);
    }

    /** ", except public holidays of the Netherlands and 2026-10-16, a day we announced we were closed". */
    static String except(Optional<String> country, List<LocalDate> closedDays) {
        List<String> exceptions = new ArrayList<>();
        country.ifPresent(code -> exceptions.add("public holidays of " + country(code)));
        if (!closedDays.isEmpty()) {
            exceptions.add(and(closedDays.stream().map(LocalDate::toString).toList())
                    + (closedDays.size() == 1 ? ", a day" : ", days") + " we announced we were closed");
        }
        return exceptions.isEmpty() ? "" : ", except " + String.join(" and ", exceptions);
    }

    /** "the Netherlands", "Belgium", "the United States": a country's English name, as a sentence uses it. */
    static String country(String code) {
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
        if (name.isEmpty() || name.equalsIgnoreCase(code)) {
            return "country " + code;
        }
        boolean article = WITH_ARTICLE.contains(code) || name.startsWith("United ") || name.endsWith(" Islands")
                || name.endsWith(" Republic") || name.endsWith(" Territories");
        return article ? "the " + name : name;
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "3 h 10 min of business hours", "40 min", or "just over 2 h" when the minutes shown hide a miss. */
    private String elapsed(MeasuredTicket ticket, MeasuredTicket.Clock clock) {
        long minutes = clock.minutes().orElseThrow();
        String shown = !clock.met() && minutes <= clock.targetMinutes()
                ? "just over " + duration(clock.targetMinutes())
                : duration(minutes);
        return shown + (clock.calendar().equals(BusinessCalendar.ALWAYS_NAME) ? "" : " of business hours");
    }

    private static String verdict(MeasuredTicket.Clock clock) {
        return "; target " + duration(clock.targetMinutes()) + ": " + (clock.met() ? "met." : "missed.");
    }

    /** "2026-11-05 00:00 Europe/Amsterdam": the run's cut-off, the start of its date in the pack's zone. */
    private String cutOff(MeasuredTicket ticket, LocalDate asOf) {
        ZoneId zone = packZone(ticket);
        return CUT_OFF.format(asOf.atStartOfDay(zone)) + " " + zone.getId();
    }

    /** The last instant a clock of the ticket counted: the latest stop of a stopped clock, or the due instant of one without. */
    private static Instant lastCounted(MeasuredTicket ticket) {
        Instant last = ticket.reportedAt();
        Optional<Instant> responseStop = ticket.respondedAt().or(ticket::resolvedAt);
        for (Instant end : List.of(
                ticket.response().map(clock -> clock.stopped() ? responseStop.orElse(clock.due()) : clock.due()),
                ticket.resolution().map(clock -> clock.stopped() ? ticket.resolvedAt().orElse(clock.due()) : clock.due()))
                .stream().flatMap(Optional::stream).toList()) {
            if (end.isAfter(last)) {
                last = end;
            }
        }
        return last;
    }

    private ZoneId packZone(MeasuredTicket ticket) {
        return pack(ticket).map(PolicyPack::zone).orElse(UTC);
    }

    private Optional<PolicyPack> pack(MeasuredTicket ticket) {
        return policies.find(ticket.policyId()).filter(pack -> pack.id().equals(ticket.policyId())
                || ticket.policyId().isBlank());
    }
}
