-- A run's decisions are read in claim id order (decisions.csv, the brake, the summary) and per
-- customer (statements). With these indexes the database walks them in order instead of sorting a
-- million rows first, so the rows stream to the reader.
CREATE INDEX decision_by_run_claim ON claim_decision (run_id, claim_id);
CREATE INDEX decision_by_run_customer ON claim_decision (run_id, customer_id);
-- Its first column is the old index; left in place, H2 would pick it and sort.
DROP INDEX decision_by_run ON claim_decision;
