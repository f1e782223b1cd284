-- A claim is pending while it has no decision: the decision's row says so once, in the same
-- transaction that writes it. Marking the claim as well rewrote every decided claim's row and its
-- status index, half of what deciding a million claims wrote.
DROP INDEX claim_by_status ON claim;
ALTER TABLE claim DROP COLUMN status;
CREATE INDEX claim_by_contract ON claim (contract_id);
