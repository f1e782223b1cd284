-- Runs whose adjustments the credit brake held for review (files.md, exit 4). The row stays after
-- release, as the record of who let what through: released_at is when --release-held posted them.
CREATE TABLE held_run (
    run_id       BIGINT        NOT NULL PRIMARY KEY,
    limit_key    VARCHAR(40)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    held_at      TIMESTAMP     NOT NULL,
    released_at  TIMESTAMP     NULL
);
