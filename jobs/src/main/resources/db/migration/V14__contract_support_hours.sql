-- Support SLAs (support-sla.md, section 2): a contract's own support hours, for a calendar with
-- zone: customer or holidays: customer. Stored with the contract, so that a contract carried over from
-- an earlier run is measured in the customer's hours too.
ALTER TABLE contract ADD COLUMN support_zone VARCHAR(100);
ALTER TABLE contract ADD COLUMN support_country VARCHAR(2);
