-- The evidence of each verified decision (issue 20, files.md evidence.csv): the runs of slots its
-- measurement counted, as the run wrote them, so that export --run=N writes evidence.csv and the
-- statements again exactly, whatever the windows say later. One script for H2 (in MySQL mode) and
-- MySQL/MariaDB. Instants are ISO-8601 text to the whole second (Instant.toString()), like V2's, so
-- their text order is their order in time.
--
-- MySQL/MariaDB: case-sensitive ids (utf8mb4_bin) as V3, V10 and V13 made the others, so that the
-- foreign key joins binary to binary; H2 in MySQL mode reads and ignores the table options.
CREATE TABLE claim_evidence (
    run_id        BIGINT       NOT NULL,
    claim_id      VARCHAR(100) NOT NULL,
    contract_id   VARCHAR(100) NOT NULL,
    -- OUTAGE, EXCUSED or NO_DATA
    kind          VARCHAR(10)  NOT NULL,
    -- for EXCUSED: the window the run is attributed to, its cause and announcement as the run knew them
    window_id     VARCHAR(100),
    cause         VARCHAR(30),
    announced_at  VARCHAR(40),
    starts_at     VARCHAR(40)  NOT NULL,
    ends_at       VARCHAR(40)  NOT NULL,
    minutes       BIGINT       NOT NULL,
    -- a claim's runs never share a first slot; a claim is decided once, so its evidence is stored once
    PRIMARY KEY (claim_id, starts_at),
    CONSTRAINT evidence_of_a_decision FOREIGN KEY (claim_id) REFERENCES claim_decision (claim_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- (run_id, claim_id, starts_at): evidence.csv reads a run's rows in file order, walking the index,
-- never sorting them; a statement finds one decision's rows without scanning the run's.
CREATE INDEX evidence_by_run_claim ON claim_evidence (run_id, claim_id, starts_at);
