package io.github.camelcalendly.jdbc;

import java.time.Clock;

import javax.sql.DataSource;

import io.github.camelcalendly.oauth.PendingAuthorizationStore;
import io.github.camelcalendly.oauth.PendingAuthorizationStoreContract;

/**
 * The pending authorization store's contract on a real PostgreSQL, each instance of the application a store of its
 * own on the one database: a state is handed to exactly one of them.
 */
class JdbcPendingAuthorizationsPostgresTest extends PendingAuthorizationStoreContract {

    private DataSource database;

    @Override
    protected PendingAuthorizationStore newStore(Clock clock) {
        database = TestPostgres.newDatabase().dataSource();
        return new JdbcPendingAuthorizations(database, clock);
    }

    @Override
    protected PendingAuthorizationStore sameStoreOnAnotherInstance(PendingAuthorizationStore first, Clock clock) {
        return new JdbcPendingAuthorizations(database, clock);
    }
}
