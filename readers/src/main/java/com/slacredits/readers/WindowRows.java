package com.slacredits.readers;

import com.slacredits.domain.ExcusedWindow;
import com.slacredits.domain.ServiceGroup;
import com.slacredits.domain.WindowCause;
import java.time.Instant;
import java.util.List;

/** Rows of {@code windows.csv}. An empty {@code announced_at} means the announcement is unknown. */
public final class WindowRows implements RowFormat<ExcusedWindow> {

    public static final Columns COLUMNS = new Columns(
            List.of("window_id", "service_id", "cause", "starts_at", "ends_at"), List.of("announced_at"));

    private static final WindowCause[] CAUSES = WindowCause.values();

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    @Override
    public RowMapper<ExcusedWindow> bind(Header header) {
        Column windowId = header.column("window_id");
        Column serviceId = header.column("service_id");
        Column cause = header.column("cause");
        Column startsAt = header.column("starts_at");
        Column endsAt = header.column("ends_at");
        Column announcedAt = header.column("announced_at");
        return fields -> {
            String id = windowId.text(fields);
            String service = serviceId.text(fields);
            if (!ServiceGroup.isWellFormed(service)) {
                throw serviceId.rejected("is not a service or a group of distinct services joined by |", service);
            }
            WindowCause why = cause.oneOf(fields, CAUSES);
            Instant start = startsAt.instant(fields);
            Instant end = endsAt.instant(fields);
            if (!end.isAfter(start)) {
                throw new RowRejected("ends_at " + endsAt.raw(fields) + " is not after starts_at " + startsAt.raw(fields));
            }
            return new ExcusedWindow(id, service, why, start, end, announcedAt.optionalInstant(fields));
        };
    }
}
