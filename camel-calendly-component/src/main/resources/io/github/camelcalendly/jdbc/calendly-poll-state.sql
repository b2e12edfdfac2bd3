-- The table io.github.camelcalendly.jdbc.JdbcStateRepository keeps polling state in (the watermarks of
-- calendly:<resource>?op=list consumers): one row per state key, shared by every instance of the application.
-- Runs on PostgreSQL and H2. The repository runs this script itself at start unless createTable=false; with
-- another table name, replace calendly_poll_state below by that name (optionally schema-qualified).
CREATE TABLE IF NOT EXISTS calendly_poll_state (
    state_key   VARCHAR(255) NOT NULL PRIMARY KEY,
    state_value TEXT         NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
