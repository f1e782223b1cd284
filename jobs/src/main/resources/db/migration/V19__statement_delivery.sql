-- Delivery of the statements by email (issue 21, docs/delivery.md): one row per run and customer, the
-- record that makes each statement go out at most once and lets a resumed run send only what was not
-- sent. One script for H2 (in MySQL mode) and MySQL/MariaDB; ids case-sensitive as V18's.
--
-- state: PENDING     to send (a claim left SENDING by a dead process returns here: its message's end
--                    was never sent, so the server cannot have accepted it)
--        SENDING     claimed by claimed_by, the message on its way
--        HANDED_OVER the whole message handed to the server, its answer awaited: left so by a dead
--                    process, the row becomes UNCERTAIN, never sent again
--        SENT        the server accepted it
--        REFUSED     the server refused the address, or it is not an address: listed, not retried
--        NO_ADDRESS  the customer's contracts name no email: listed
--        UNCERTAIN   see HANDED_OVER: listed, for someone to check the mail server's log
CREATE TABLE statement_delivery (
    run_id            BIGINT        NOT NULL,
    customer_id       VARCHAR(100)  NOT NULL,
    statement_number  VARCHAR(200)  NOT NULL,
    address           VARCHAR(300),
    state             VARCHAR(12)   NOT NULL,
    claimed_by        VARCHAR(100),
    attempts          INT           NOT NULL DEFAULT 0,
    -- the server's refusal, or why the row is UNCERTAIN
    detail            VARCHAR(1000),
    message_id        VARCHAR(300),
    -- ISO-8601 text to the whole second, as V18's instants
    updated_at        VARCHAR(40)   NOT NULL,
    PRIMARY KEY (run_id, customer_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
