package com.slacredits.writers.csv;

import java.util.List;
import java.util.Optional;

/** One row of {@code evidence.csv} (files.md): a run of slots a verified decision rests on. */
public final class EvidenceRow implements OutputFormat<EvidenceLine> {

    public static final String FILE_NAME = "evidence.csv";

    public static final List<String> HEADER = List.of("claim_id", "contract_id", "kind", "window_id", "cause",
            "announced_at", "starts_at", "ends_at", "minutes");

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public String[] cells(EvidenceLine line) {
        return new String[] {line.claimId(), line.contractId(), line.kind(), line.windowId().orElse(""),
            line.cause().orElse(""), Cells.instant(line.announcedAt()),
            Cells.instant(Optional.of(line.startsAt())),
            Cells.instant(Optional.of(line.endsAt())), Cells.count(line.minutes())};
    }

}
