-- What a run's summary counted as still pending, recorded when the run's summary was first written,
-- so that an export of the run, months later, says what the run said and not what is pending now.
-- A run from before this table has no row: its first export records the state of that day.
CREATE TABLE run_pending (
    run_id          BIGINT  NOT NULL PRIMARY KEY,
    pending_claims  BIGINT  NOT NULL
);

-- The pending claims that were waiting for a good contracts.csv row of their contract, by run.
CREATE TABLE run_waiting_claim (
    run_id    BIGINT       NOT NULL,
    claim_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (run_id, claim_id)
);
