package com.slacredits.readers;

import com.slacredits.domain.ProbeObservation;
import com.slacredits.domain.ProbeStatus;
import java.time.Instant;
import java.util.List;

/** Rows of {@code probes*.csv}: {@code service_id, checked_at, status}. The hot path of a month-end run. */
public final class ProbeRows implements RowFormat<ProbeObservation> {

    public static final Columns COLUMNS = new Columns(List.of("service_id", "checked_at", "status"), List.of());

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    @Override
    public RowMapper<ProbeObservation> bind(Header header) {
        Column serviceId = header.column("service_id");
        Column checkedAt = header.column("checked_at");
        Column status = header.column("status");
        return fields -> {
            String service = serviceId.text(fields);
            Instant at = checkedAt.instant(fields);
            return new ProbeObservation(service, at, status(status, fields));
        };
    }

    // two string comparisons instead of a loop over the enum: this runs for every probe
    private static ProbeStatus status(Column column, String[] fields) throws RowRejected {
        String value = column.raw(fields);
        if (value.equals("UP")) {
            return ProbeStatus.UP;
        }
        if (value.equals("DOWN")) {
            return ProbeStatus.DOWN;
        }
        return column.oneOf(fields, ProbeStatus.values());
    }
}
