-- Calendly's rate-limit window of each token, shared by the instances of an application that call Calendly with it
-- (io.github.camelcalendly.jdbc.JdbcRateWindow). One row per connection: its key is the connection's id, a short
-- hash that leads back to nothing; no token is stored. Plain SQL for PostgreSQL and H2.
CREATE TABLE IF NOT EXISTS calendly_rate_window (
    -- the connection's id
    window_key     VARCHAR(200) NOT NULL PRIMARY KEY,
    -- counts the windows, from 1; a permit remembers the one it was granted in
    window_number  BIGINT       NOT NULL,
    -- Calendly's X-RateLimit-Limit, 0 until an answer told it
    request_limit  BIGINT       NOT NULL,
    -- permits claimed in the window, or the calls Calendly counted when it said more
    used           BIGINT       NOT NULL,
    -- when the window ends, in milliseconds since the epoch
    ends_at_millis BIGINT       NOT NULL,
    -- whether the end was assumed when the window started, until an answer tells the real one
    end_assumed    BOOLEAN      NOT NULL,
    -- the longest window an answer told, in milliseconds, 0 until one did
    length_millis  BIGINT       NOT NULL
);
