-- Controls finance can enforce (issue 21), one script for H2 (in MySQL mode) and MySQL/MariaDB.
--
-- A reversal above sla-credits.controls.reversal-approval-above waits for a second FINANCE user: the
-- request is a row here, with who asked, when and why; the approval, by someone else, fills in who,
-- when and why and posts the reversal (adjustment_reversal, V11) in the same transaction. One request
-- per adjustment, ever, as one reversal: the key decides a race. Only what is new is stored: the
-- amount, claim and customer are the adjustment's, read through the foreign key.
CREATE TABLE reversal_request (
    adjustment_id    VARCHAR(120)  NOT NULL PRIMARY KEY,
    requested_by     VARCHAR(100)  NOT NULL,
    -- ISO-8601 text, like every instant of V11 and V12
    requested_at     VARCHAR(40)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    approved_by      VARCHAR(100)  NULL,
    approved_at      VARCHAR(40)   NULL,
    approval_reason  VARCHAR(1000) NULL,
    CONSTRAINT reversal_request_of_a_posted_adjustment FOREIGN KEY (adjustment_id)
        REFERENCES invoice_adjustment (adjustment_id)
-- MySQL/MariaDB: ids compare case-sensitively, as in V11; H2 in MySQL mode reads and ignores it.
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A held run released in the console runs its own command again with --release-held. A run started
-- on the command line has no launch of its own, so its release gets one, marked with the run it
-- releases: that launch did not start the run, and the runs list does not say it did.
ALTER TABLE console_launch ADD COLUMN releases BIGINT NULL;
