-- The product's own tables. One script for H2 (in MySQL mode) and MySQL/MariaDB.
-- Instants are stored as ISO-8601 text (Instant.toString()): exact, and free of the JDBC drivers'
-- time-zone conversions.

CREATE TABLE contract (
    contract_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    customer_id     VARCHAR(100) NOT NULL,
    customer_name   VARCHAR(300) NOT NULL,
    customer_email  VARCHAR(300),
    edition         VARCHAR(20)  NOT NULL,
    service_id      VARCHAR(200) NOT NULL,
    annual_fee      DECIMAL(19, 4) NOT NULL,
    currency        CHAR(3)      NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE,
    policy_id       VARCHAR(100) NOT NULL,
    -- Set by a granted termination; a later contracts.csv never clears it.
    terminated_on   DATE
);

CREATE TABLE invoice (
    invoice_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    contract_id   VARCHAR(100) NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    amount        DECIMAL(19, 4) NOT NULL,
    currency      CHAR(3)      NOT NULL
);
CREATE INDEX invoice_by_contract ON invoice (contract_id);

CREATE TABLE excused_window (
    window_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    service_id    VARCHAR(200) NOT NULL,
    cause         VARCHAR(20)  NOT NULL,
    starts_at     VARCHAR(40)  NOT NULL,
    ends_at       VARCHAR(40)  NOT NULL,
    announced_at  VARCHAR(40)
);
CREATE INDEX window_by_service ON excused_window (service_id);

-- The availability record: two bits a minute per service and UTC month, never a row per probe.
CREATE TABLE service_slots (
    service_id  VARCHAR(200) NOT NULL,
    utc_month   CHAR(7)      NOT NULL,
    up_bits     BLOB         NOT NULL,
    down_bits   BLOB         NOT NULL,
    PRIMARY KEY (service_id, utc_month)
);

-- What one chunk of probes added, committed with the reader's position so that a crashed probe
-- step resumes where it stopped. The merge step ORs these into service_slots and deletes them.
CREATE TABLE service_slots_delta (
    delta_id    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_id  VARCHAR(200) NOT NULL,
    utc_month   CHAR(7)      NOT NULL,
    first_bit   INT          NOT NULL,
    up_bits     BLOB         NOT NULL,
    down_bits   BLOB         NOT NULL
);
CREATE INDEX delta_by_key ON service_slots_delta (service_id, utc_month);

-- The claims register: a claim waits here as PENDING until its month is closed and it is decided.
CREATE TABLE claim (
    claim_id                  VARCHAR(100) NOT NULL PRIMARY KEY,
    contract_id               VARCHAR(100) NOT NULL,
    service_month             CHAR(7)      NOT NULL,
    received_at               VARCHAR(40)  NOT NULL,
    channel                   VARCHAR(10)  NOT NULL,
    claimed_downtime_minutes  BIGINT,
    terminate_elected         BOOLEAN      NOT NULL,
    status                    VARCHAR(10)  NOT NULL,
    registered_run            BIGINT       NOT NULL
);
CREATE INDEX claim_by_status ON claim (status, contract_id);

CREATE TABLE claim_decision (
    claim_id               VARCHAR(100) NOT NULL PRIMARY KEY,
    run_id                 BIGINT       NOT NULL,
    contract_id            VARCHAR(100) NOT NULL,
    customer_id            VARCHAR(100),
    service_month          CHAR(7)      NOT NULL,
    outcome                VARCHAR(20)  NOT NULL,
    reason                 VARCHAR(20)  NOT NULL,
    total_slots            BIGINT,
    excused_slots          BIGINT,
    downtime_slots         BIGINT,
    guarantee_pct          DECIMAL(9, 4),
    credit_pct             DECIMAL(9, 4),
    amount                 DECIMAL(19, 4),
    currency               CHAR(3),
    termination            VARCHAR(10)  NOT NULL,
    termination_effective  DATE,
    -- contract_id/service_month for a claim that got past rules 1-4: one per contract-month, ever.
    verified_key           VARCHAR(120),
    CONSTRAINT one_verified_claim_per_contract_month UNIQUE (verified_key)
);
CREATE INDEX decision_by_run ON claim_decision (run_id);
CREATE INDEX decision_by_contract ON claim_decision (contract_id);

CREATE TABLE invoice_adjustment (
    adjustment_id  VARCHAR(120) NOT NULL PRIMARY KEY,
    claim_id       VARCHAR(100) NOT NULL,
    run_id         BIGINT       NOT NULL,
    contract_id    VARCHAR(100) NOT NULL,
    customer_id    VARCHAR(100) NOT NULL,
    service_month  CHAR(7)      NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    amount         DECIMAL(19, 4) NOT NULL,
    currency       CHAR(3)      NOT NULL,
    settlement     VARCHAR(20)  NOT NULL,
    CONSTRAINT one_adjustment_per_claim UNIQUE (claim_id)
);
CREATE INDEX adjustment_by_run ON invoice_adjustment (run_id);

CREATE TABLE rejected_row (
    run_id     BIGINT        NOT NULL,
    file_name  VARCHAR(255)  NOT NULL,
    line_no    BIGINT        NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    raw_text   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, file_name, line_no)
);

CREATE TABLE monitoring_gap (
    run_id         BIGINT       NOT NULL,
    service_id     VARCHAR(200) NOT NULL,
    service_month  CHAR(7)      NOT NULL,
    PRIMARY KEY (run_id, service_id, service_month)
);

-- One row, locked for the length of a run: a second run on the same database finds it taken.
CREATE TABLE run_lock (
    lock_name    VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(200),
    acquired_at  VARCHAR(40)
);
INSERT INTO run_lock (lock_name) VALUES ('month-end');
