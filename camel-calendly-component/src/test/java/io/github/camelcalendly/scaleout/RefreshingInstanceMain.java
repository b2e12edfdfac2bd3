package io.github.camelcalendly.scaleout;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * An instance of the application in a JVM of its own, which a test can kill: it connects to the shared PostgreSQL
 * database, refreshes one connection with {@code oauth?op=refresh}, and prints what it does. The client secret comes
 * from the environment variable {@code CALENDLY_CLIENT_SECRET}.
 *
 * <p>Arguments: the database's JDBC URL, Calendly's API base URL, its OAuth base URL, the client id, the connection
 * id.
 */
public final class RefreshingInstanceMain {

    private RefreshingInstanceMain() {
    }

    public static void main(String[] args) {
        if (args.length != 5) {
            throw new IllegalArgumentException("Expected: jdbcUrl baseUrl authUrl clientId connectionId");
        }
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(args[0]);
        TokenSharingInstance.Calendly calendly = new TokenSharingInstance.Calendly(args[1], args[2], args[3],
                System.getenv("CALENDLY_CLIENT_SECRET"));
        try (TokenSharingInstance instance = TokenSharingInstance.start("pod-child", calendly, database)) {
            System.out.println("refreshing " + args[4]);
            System.out.println("refreshed for " + instance.refresh(args[4]));
        }
    }
}
