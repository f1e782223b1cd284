package com.slacredits.readers;

import java.util.List;

/**
 * The columns a file format reads. A required column must be in the header; an optional one may be
 * absent, which reads as if every row left it empty.
 */
public record Columns(List<String> required, List<String> optional) {

    public Columns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }
}
