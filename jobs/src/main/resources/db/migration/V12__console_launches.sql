-- The finance console's own record (issue 11): every run it started, and every start, approval and
-- reversal with who, when and why. A run started from the command line has no launch; its job
-- instance alone describes it.
CREATE TABLE console_launch (
    launch_id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    as_of           DATE          NOT NULL,
    input_folder    VARCHAR(1000) NOT NULL,
    output_folder   VARCHAR(1000) NOT NULL,
    dry_run         BOOLEAN       NOT NULL,
    -- A dry run decides in a scratch H2 file of its own, kept so that it can be reviewed and approved
    -- after the run; the real database never holds a dry run's decisions.
    scratch_url     VARCHAR(1200),
    started_by      VARCHAR(100)  NOT NULL,
    started_at      VARCHAR(40)   NOT NULL,
    -- The dry run whose approval started this real run.
    approves        BIGINT,
    state           VARCHAR(20)   NOT NULL,
    -- The job instance, in the real database or in the dry run's scratch file: the run id.
    run_id          BIGINT,
    exit_status     INT,
    printed         VARCHAR(4000),
    ended_at        VARCHAR(40),
    -- What the run decided, recorded at its end: a dry run's decisions are in a file of its own,
    -- which the runs list does not open for every row.
    decided         BIGINT,
    amounts         VARCHAR(400),
    -- For a real run started by approval: how its decisions compare with the dry run's.
    comparison      VARCHAR(4000),
    CONSTRAINT one_approval_per_dry_run UNIQUE (approves)
);

CREATE TABLE console_action (
    action_id   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    launch_id   BIGINT,
    run_id      BIGINT,
    action      VARCHAR(20)   NOT NULL,
    user_name   VARCHAR(100)  NOT NULL,
    acted_at    VARCHAR(40)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    detail      VARCHAR(1000)
);
CREATE INDEX action_by_launch ON console_action (launch_id);
CREATE INDEX action_by_run ON console_action (run_id);
