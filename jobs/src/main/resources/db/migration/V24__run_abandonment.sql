-- A failed run that can never finish, given up on the command line (abandon --run=N --reason=…, issue 22):
-- who gave it up, when and why, once per run. Spring Batch's own ABANDONED status is what lets the next
-- month-end run; this row is the record an auditor reads. What the run posted stays posted.
CREATE TABLE run_abandonment (
    run_id        BIGINT        NOT NULL PRIMARY KEY,
    abandoned_by  VARCHAR(200)  NOT NULL,
    abandoned_at  VARCHAR(40)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
