-- The finance console's page of one customer (issue 21): their contracts, and their decisions and
-- adjustments across runs. Every other read of these tables goes by run or by contract; without these
-- indexes a customer's page would scan every decision ever made.
CREATE INDEX contract_by_customer ON contract (customer_id);
-- (customer_id, run_id, claim_id): the page walks a customer's decisions newest run first, by claim id, in
-- keyset pages, as V7's index walks a run's.
CREATE INDEX decision_by_customer_run_claim ON claim_decision (customer_id, run_id, claim_id);
CREATE INDEX adjustment_by_customer ON invoice_adjustment (customer_id);
