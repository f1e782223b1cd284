-- Support SLAs on the statements and the summary (support-sla.md, section 5).
--
-- A statement step reads each customer's measured tickets of a run, and first which customers have
-- any; support.csv pages through a run's measurements by ticket id. With these indexes the database
-- finds a customer's among a million measurements of the run without scanning them all per customer,
-- and walks a run's in ticket order instead of sorting them for every page, as V7 did for decisions.
-- Their first column is the old index; left in place, H2 would pick it and scan or sort.
CREATE INDEX measurement_by_run_customer ON ticket_measurement (run_id, customer_id);
CREATE INDEX measurement_by_run_ticket ON ticket_measurement (run_id, ticket_id);
DROP INDEX measurement_by_run ON ticket_measurement;

-- The tickets a run left unmeasured, per pack, counted when the run's summary was first written, so
-- that an export of the run, months later, says what the run said and not what waits now (as V9 did
-- for pending claims). open_tickets: stored, not measured, with a target under the contract's
-- edition. tickets_without_targets: stored by this run (new or changed) with no target, or on a pack
-- without support. Every pack the run knew has a row, zeros included, so a run that left nothing is
-- told from one that was never counted. A run from before this table has no rows: its first export
-- records the state of that day.
CREATE TABLE run_ticket_count (
    run_id                   BIGINT       NOT NULL,
    policy_id                VARCHAR(100) NOT NULL,
    open_tickets             BIGINT       NOT NULL,
    tickets_without_targets  BIGINT       NOT NULL,
    PRIMARY KEY (run_id, policy_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
