package io.github.camelcalendly.jdbc;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import io.github.camelcalendly.oauth.PendingAuthorizationStore;
import io.github.camelcalendly.oauth.PendingAuthorizationStoreContract;

/** The pending authorization store's contract on H2, several stores on one database standing for instances. */
class JdbcPendingAuthorizationsH2Test extends PendingAuthorizationStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private DataSource database;

    /** A new, empty in-memory H2 database, alive until the test JVM exits. */
    static DataSource newH2Database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:calendly_pending_" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    @Override
    protected PendingAuthorizationStore newStore(Clock clock) {
        database = newH2Database();
        return new JdbcPendingAuthorizations(database, clock);
    }

    @Override
    protected PendingAuthorizationStore sameStoreOnAnotherInstance(PendingAuthorizationStore first, Clock clock) {
        return new JdbcPendingAuthorizations(database, clock);
    }
}
