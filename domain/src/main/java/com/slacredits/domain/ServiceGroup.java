package com.slacredits.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The services a contract is measured on: one, or several that back each other up, written joined by
 * {@code |} (policy packs, section 5). The group is available while any member is.
 *
 * @param written the service_id as the contract writes it, which a window may also name
 */
public record ServiceGroup(String written, List<String> members) {

    public static final String SEPARATOR = "|";

    public ServiceGroup {
        Objects.requireNonNull(written, "written");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a service group needs a member");
        }
    }

    public static ServiceGroup of(String serviceId) {
        List<String> members = Arrays.stream(serviceId.split("\\|", -1)).toList();
        return new ServiceGroup(serviceId, members);
    }

    /** Whether the written form is well made: no empty member, no member twice. */
    public static boolean isWellFormed(String serviceId) {
        List<String> members = Arrays.stream(serviceId.split("\\|", -1)).toList();
        return members.stream().noneMatch(String::isBlank) && members.stream().distinct().count() == members.size();
    }

    public boolean isGroup() {
        return members.size() > 1;
    }
}
