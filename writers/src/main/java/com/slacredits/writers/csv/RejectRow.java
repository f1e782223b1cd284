package com.slacredits.writers.csv;

import com.slacredits.domain.RejectedRow;
import java.util.List;

/** One row of {@code rejects.csv} (files.md, "Output files"). */
public final class RejectRow implements OutputFormat<RejectedRow> {

    public static final String FILE_NAME = "rejects.csv";

    public static final List<String> HEADER = List.of("file", "line", "reason", "raw");

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public String[] cells(RejectedRow rejected) {
        return new String[] {rejected.file(), Cells.count(rejected.line()), rejected.reason(), rejected.raw()};
    }
}
