-- Policy packs (policy-packs.md): editions are named by each pack, a guarantee may come from the
-- contract, a claim names a month or a quarter, and a credit is settled on the next invoice or
-- refunded. One script for H2 (in MySQL mode) and MySQL/MariaDB.

ALTER TABLE contract MODIFY COLUMN edition VARCHAR(100) NOT NULL;
ALTER TABLE contract ADD COLUMN guarantee_pct DECIMAL(9, 4);
-- EMERGENCY_MAINTENANCE is 21 characters.
ALTER TABLE excused_window MODIFY COLUMN cause VARCHAR(40) NOT NULL;

-- 'YYYY-MM' or 'YYYY-Qn': both fit the CHAR(7) the month had.
ALTER TABLE claim RENAME COLUMN service_month TO period;
ALTER TABLE claim_decision RENAME COLUMN service_month TO period;
ALTER TABLE invoice_adjustment RENAME COLUMN service_month TO period;
ALTER TABLE monitoring_gap RENAME COLUMN service_month TO period;

-- Kept with the decision, so that a run's files can be written again exactly as it decided them,
-- whatever later contracts.csv exports change.
ALTER TABLE claim_decision ADD COLUMN settlement VARCHAR(20);
ALTER TABLE claim_decision ADD COLUMN policy_id VARCHAR(100);
UPDATE claim_decision SET settlement = 'NEXT_INVOICE' WHERE outcome = 'CREDIT';
UPDATE claim_decision SET settlement = 'REFUND' WHERE outcome = 'TERMINATION_REFUND';
UPDATE claim_decision SET policy_id = (SELECT c.policy_id FROM contract c WHERE c.contract_id = claim_decision.contract_id)
    WHERE reason <> 'UNKNOWN_CONTRACT';

-- An automatic decision's claim id is AUTO-<contract_id>-<period>: 13 characters more than the
-- longest contract id (100), and its adjustment id 4 more again (ADJ-...), which fits the 120 it had.
ALTER TABLE claim MODIFY COLUMN claim_id VARCHAR(120) NOT NULL;
ALTER TABLE claim_decision MODIFY COLUMN claim_id VARCHAR(120) NOT NULL;
ALTER TABLE invoice_adjustment MODIFY COLUMN claim_id VARCHAR(120) NOT NULL;
