-- Support SLAs (issue 19, support-sla.md): the support portal's tickets and pauses as last exported,
-- and each ticket's measurement, once and for ever. One script for H2 (in MySQL mode) and MySQL/MariaDB.
-- Instants are ISO-8601 text to the whole second (Instant.toString()), like every instant of V2.
--
-- MySQL/MariaDB: each table is made case-sensitive in its ids (utf8mb4_bin) as V3 and V10 made the
-- others, so that 'T-1' and 't-1' are two tickets, and the foreign keys join binary to binary; H2 in
-- MySQL mode reads and ignores the table options.

-- A ticket as last stored: a later export with other content replaces it until it is measured.
CREATE TABLE ticket (
    ticket_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    contract_id   VARCHAR(100) NOT NULL,
    priority      VARCHAR(100) NOT NULL,
    reported_at   VARCHAR(40)  NOT NULL,
    responded_at  VARCHAR(40),
    resolved_at   VARCHAR(40),
    -- the run that stored this content
    stored_run    BIGINT       NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ticket_by_contract ON ticket (contract_id);

-- The times a ticket waited for the customer. A pause is its ticket, start and end: the same row
-- exported again is the same pause; pauses of one ticket may overlap.
CREATE TABLE ticket_pause (
    ticket_id   VARCHAR(100) NOT NULL,
    starts_at   VARCHAR(40)  NOT NULL,
    ends_at     VARCHAR(40)  NOT NULL,
    stored_run  BIGINT       NOT NULL,
    PRIMARY KEY (ticket_id, starts_at, ends_at),
    CONSTRAINT pause_of_a_stored_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (ticket_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A ticket measured by a run: the support.csv row it wrote (section 5), so that export --run=N
-- writes the file again as the run wrote it, whatever the ticket, contract or pack say later.
-- The primary key measures a ticket once, ever, across re-runs and restarts, like a claim decision.
-- Calendar names and the instants are as the run knew them at its cut-off; a column is NULL where
-- support.csv is empty.
CREATE TABLE ticket_measurement (
    ticket_id                  VARCHAR(100) NOT NULL PRIMARY KEY,
    run_id                     BIGINT       NOT NULL,
    contract_id                VARCHAR(100) NOT NULL,
    customer_id                VARCHAR(100) NOT NULL,
    -- 'YYYY-MM' or 'YYYY-Qn': the period of the contract's pack in which the ticket was reported
    period                     CHAR(7)      NOT NULL,
    -- the pack it was measured under, for the summary's counts per pack and priority
    policy_id                  VARCHAR(100) NOT NULL,
    priority                   VARCHAR(100) NOT NULL,
    response_calendar          VARCHAR(100),
    resolution_calendar        VARCHAR(100),
    reported_at                VARCHAR(40)  NOT NULL,
    responded_at               VARCHAR(40),
    resolved_at                VARCHAR(40),
    response_target_minutes    INT,
    response_due               VARCHAR(40),
    -- elapsed minutes cut down; NULL for a clock missed without a stop
    response_minutes           BIGINT,
    -- MET or MISSED
    response                   VARCHAR(10),
    resolution_target_minutes  INT,
    resolution_due             VARCHAR(40),
    resolution_minutes         BIGINT,
    paused_minutes             BIGINT,
    resolution                 VARCHAR(10),
    CONSTRAINT measurement_of_a_stored_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (ticket_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- (run_id, ticket_id): support.csv reads a run's rows in ticket order, walking the index, never sorting them.
CREATE INDEX measurement_by_run ON ticket_measurement (run_id, ticket_id);
