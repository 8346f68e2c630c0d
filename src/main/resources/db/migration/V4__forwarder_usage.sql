-- How much of the repository still uses the forwarders a phase left (compatibility: forwarding), as last counted on
-- the default branch's head: the phases API shows it without cloning. No row: the phase has no forwarder there.
CREATE TABLE forwarder_usage (
    phase_row_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES phases (id) ON DELETE CASCADE,
    default_head    VARCHAR(64)   NOT NULL,             -- the commit counted on
    forwarders      INT           NOT NULL,             -- forwarder files of the phase still there
    files           INT           NOT NULL,             -- files using them
    lines           INT           NOT NULL,             -- lines using them
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
