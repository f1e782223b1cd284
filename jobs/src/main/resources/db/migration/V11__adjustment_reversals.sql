-- Finance reversing a posted adjustment (issue 11): a row of its own, never an edit of the adjustment,
-- which stays as the ERP imported it. One script for H2 (in MySQL mode) and MySQL/MariaDB.
--
-- Only what is new is stored: who, when, why, and which run reported it. The amount, the currency, the
-- claim and the customer are the reversed adjustment's, read through the foreign key, so the two rows
-- can never disagree about what was taken back.
CREATE TABLE adjustment_reversal (
    -- REV-<adjustment_id>: 4 characters more than the 120 of an adjustment id
    reversal_id    VARCHAR(124)  NOT NULL PRIMARY KEY,
    adjustment_id  VARCHAR(120)  NOT NULL,
    reversed_by    VARCHAR(100)  NOT NULL,
    -- ISO-8601 text, like every instant of V2
    reversed_at    VARCHAR(40)   NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    -- the run whose adjustments.csv, summary and statement show it; NULL until a run posts
    reported_run   BIGINT        NULL,
    -- one reversal per adjustment, ever: under two concurrent requests the key decides
    CONSTRAINT one_reversal_per_adjustment UNIQUE (adjustment_id),
    CONSTRAINT reversal_of_a_posted_adjustment FOREIGN KEY (adjustment_id)
        REFERENCES invoice_adjustment (adjustment_id)
-- MySQL/MariaDB: ids compare case-sensitively (as V3 and V10 made every other table), which the foreign
-- key to invoice_adjustment's binary column requires as well; H2 in MySQL mode reads and ignores it.
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX reversal_by_reported_run ON adjustment_reversal (reported_run);
