package io.github.camelcalendly.jdbc;

import javax.sql.DataSource;

/** {@link JdbcTokenStore} on a real PostgreSQL server, where instances of an application share their tokens. */
class PostgresJdbcTokenStoreTest extends JdbcTokenStoreContract {

    @Override
    protected DataSource newDatabase() {
        return TokenTableDatabase.postgres();
    }
}
