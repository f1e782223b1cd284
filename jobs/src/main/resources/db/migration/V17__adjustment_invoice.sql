-- The invoice an adjustment corrects (issue 20, files.md: adjustments.csv's invoice_id), picked by the
-- run that posts it (domain CorrectedInvoice) and stored with it, so that export --run=N writes it as the
-- run did whatever invoices arrive later, and a reversal names the invoice its adjustment named.
-- One script for H2 (in MySQL mode) and MySQL/MariaDB.
--
-- NULL when the contract had no invoice the rule could pick, and for every adjustment posted before this
-- script: those runs picked none, and are not given one after the fact.
-- On MySQL/MariaDB the column takes the table's utf8mb4_bin (V3), like every other id.
ALTER TABLE invoice_adjustment ADD COLUMN invoice_id VARCHAR(100);

-- A statement reads one customer's adjustments of a run (the invoice of each credit); with this index the
-- database finds them among a run's many without scanning the run's adjustments once per customer.
CREATE INDEX adjustment_by_run_customer ON invoice_adjustment (run_id, customer_id);
