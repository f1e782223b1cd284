package com.slacredits.domain.support;

import com.slacredits.domain.PackDefinitionException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A pack's {@code support} section and its {@code calendars} (support SLAs, section 3). The targets
 * themselves are each edition's; a pack without this section measures no ticket.
 *
 * @param priorities highest first
 * @param credit empty: missed targets are reported and paid nothing
 * @param calendars the pack's own calendars by name; {@code ALWAYS} is built in and never among them
 */
public record SupportTerms(
        List<String> priorities,
        ResolutionStart resolutionFrom,
        Optional<SupportCreditTerms> credit,
        Map<String, WeeklyCalendar> calendars) {

    public SupportTerms {
        Objects.requireNonNull(priorities, "priorities");
        Objects.requireNonNull(resolutionFrom, "resolutionFrom");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(calendars, "calendars");
        if (priorities.isEmpty()) {
            throw new PackDefinitionException("priorities", "needs at least one priority");
        }
        Set<String> seen = new HashSet<>();
        for (String priority : priorities) {
            if (priority.isBlank()) {
                throw new PackDefinitionException("priorities", "has an empty priority");
            }
            if (!seen.add(priority)) {
                throw new PackDefinitionException("priorities", "lists " + priority + " twice");
            }
        }
        calendars.forEach((name, calendar) -> {
            if (!calendar.name().equals(name)) {
                throw new IllegalArgumentException("calendar " + calendar.name() + " is filed as " + name);
            }
        });
        priorities = List.copyOf(priorities);
        // In the file's order, as statements would list them.
        calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
    }

    public boolean lists(String priority) {
        return priorities.contains(priority);
    }

    /** A calendar a target may name: {@code ALWAYS} or one of the pack's. */
    public Optional<BusinessCalendar> calendar(String name) {
        if (name.equals(BusinessCalendar.ALWAYS_NAME)) {
            return Optional.of(BusinessCalendar.ALWAYS);
        }
        return Optional.ofNullable(calendars.get(name));
    }
}
