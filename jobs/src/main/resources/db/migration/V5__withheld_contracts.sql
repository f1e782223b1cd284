-- Contract ids that contracts.csv named only in rows it rejected. A claim on such a contract waits
-- for a good row instead of becoming a final UNKNOWN_CONTRACT (credit rules, section 7).
CREATE TABLE withheld_contract (
    contract_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    run_id       BIGINT       NOT NULL
);
