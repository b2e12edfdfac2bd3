package io.github.camelcalendly.jdbc;

import javax.sql.DataSource;

/** {@link JdbcTokenStore} on H2, for an application that runs on a single node. */
class H2JdbcTokenStoreTest extends JdbcTokenStoreContract {

    @Override
    protected DataSource newDatabase() {
        return TokenTableDatabase.h2();
    }
}
