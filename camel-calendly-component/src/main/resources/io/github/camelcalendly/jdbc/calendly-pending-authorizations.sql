-- camel-calendly: the OAuth sign-ins awaiting their callback (calendly:oauth?op=authorizeUrl until op=exchangeCode),
-- shared by every instance of an application through JdbcPendingAuthorizations. PostgreSQL and H2.
-- A row lives at most 10 minutes and is deleted when its callback takes it; expired rows are purged.
--   state_key       a one-way key (HMAC-SHA256) of the request's state: the state itself is not stored
--   sealed_verifier the PKCE code verifier, AES-256-GCM under a key derived from the state (and the store's key)
--   redirect_uri    the redirect URI the request named (bound to the sealed verifier)
--   expires_at      when the request stops being honoured, in milliseconds since 1970-01-01T00:00:00Z
CREATE TABLE IF NOT EXISTS calendly_pending_authorizations (
    state_key       VARCHAR(64)   NOT NULL PRIMARY KEY,
    sealed_verifier VARCHAR(1024) NOT NULL,
    redirect_uri    VARCHAR(2048) NOT NULL,
    expires_at      BIGINT        NOT NULL
);
