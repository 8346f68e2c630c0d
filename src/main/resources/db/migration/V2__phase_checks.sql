-- The verdict of the consolidation check on a phase PR commit. Reviews and CI results change the check's summary,
-- not its verdict: the summary is re-rendered from this row instead of cloning and verifying the branch again, and
-- the check's annotations are sent once (GitHub appends the annotations of every update).
CREATE TABLE phase_checks (
    phase_row_id    BIGINT        NOT NULL REFERENCES phases (id) ON DELETE CASCADE,
    head_sha        VARCHAR(64)   NOT NULL,
    check_run_id    BIGINT,                             -- null when reported as a commit status (token mode)
    passed          BOOLEAN       NOT NULL,
    steps_in_place  INT           NOT NULL,
    steps           INT           NOT NULL,
    problems        INT           NOT NULL,
    approvals_needed INT          NOT NULL,
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT phase_checks_head PRIMARY KEY (phase_row_id, head_sha)
);
