package io.github.camelcalendly.jdbc;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** {@link JdbcStateRepository} on H2, as a single node would keep its state. */
class JdbcStateRepositoryH2Test extends JdbcStateRepositoryContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected DataSource newDatabase() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:state_" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return database;
    }
}
