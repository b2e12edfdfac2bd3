-- The table io.github.camelcalendly.jdbc.JdbcTokenStore keeps Calendly OAuth tokens in: one row per connection id.
-- Plain SQL for PostgreSQL and H2. Run it yourself (and set createTable=false on the store) when the application's
-- database user may not create tables. To use another table name, replace calendly_tokens below and set tableName.
--
-- connection_id         the connection id (often the Calendly user URI)
-- encryption            'none' (tokens is plain JSON) or 'AES-GCM' (tokens is sealed under the store's key)
-- key_id                a one-way fingerprint of the key the tokens are sealed under, null when plain
-- tokens                the tokens: JSON with accessToken, refreshToken, expiresAt, scopes, owner, organization,
--                       or that JSON encrypted (Base64 IV, a dot, Base64 ciphertext and tag)
-- refresh_token_sha256  hex SHA-256 of the refresh token, null when there is none: a rotation saves its new tokens
--                       only while the row still holds the refresh token it redeemed
-- updated_at            when the row was last written
CREATE TABLE IF NOT EXISTS calendly_tokens (
    connection_id        VARCHAR(2048) NOT NULL PRIMARY KEY,
    encryption           VARCHAR(16)   NOT NULL,
    key_id               VARCHAR(64),
    tokens               TEXT          NOT NULL,
    refresh_token_sha256 CHAR(64),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
