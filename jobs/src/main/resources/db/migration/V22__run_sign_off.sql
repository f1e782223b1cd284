-- Who prepared a run and who approved it (issue 21), as its summary's sign-off block names them:
-- recorded by the run's first summary, so that a resume by someone else or an export of the run
-- prints the same names.
CREATE TABLE run_sign_off (
    run_id       BIGINT        NOT NULL PRIMARY KEY,
    prepared_by  VARCHAR(100)  NOT NULL,
    prepared_at  VARCHAR(40)   NOT NULL,
    approved_by  VARCHAR(100),
    approved_at  VARCHAR(40)
);
