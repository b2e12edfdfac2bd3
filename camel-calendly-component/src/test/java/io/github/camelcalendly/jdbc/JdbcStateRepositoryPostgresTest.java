package io.github.camelcalendly.jdbc;

import javax.sql.DataSource;

/** {@link JdbcStateRepository} on a real PostgreSQL server. */
class JdbcStateRepositoryPostgresTest extends JdbcStateRepositoryContract {

    @Override
    protected DataSource newDatabase() {
        return TestPostgres.newDatabase().dataSource();
    }
}
