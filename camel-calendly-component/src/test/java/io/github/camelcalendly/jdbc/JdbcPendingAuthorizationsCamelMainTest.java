package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camel Main configuration the sign-in guide for several instances shows: a data source bean, a
 * JdbcPendingAuthorizations bean built on it with its table name and key, and the component's authorizationStore
 * referring to it. A sign-in started through the component lands in that table.
 */
class JdbcPendingAuthorizationsCamelMainTest {

    private final Main main = new Main();

    @AfterEach
    void stopMain() throws Exception {
        main.stop();
    }

    @Test
    void propertiesBindTheStoreAndASignInIsKeptInItsTable() throws Exception {
        main.addInitialProperty("camel.beans.calendlyDataSource", "#class:org.h2.jdbcx.JdbcDataSource");
        main.addInitialProperty("camel.beans.calendlyDataSource.url",
                "jdbc:h2:mem:calendly_main_signin;DB_CLOSE_DELAY=-1");
        main.addInitialProperty("camel.beans.calendlyAuthorizations",
                "#class:io.github.camelcalendly.jdbc.JdbcPendingAuthorizations(#bean:calendlyDataSource)");
        main.addInitialProperty("camel.beans.calendlyAuthorizations.tableName", "calendly_signin_pending");
        main.addInitialProperty("camel.beans.calendlyAuthorizations.key",
                "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGho=");
        main.addInitialProperty("camel.component.calendly.clientId", "main-app");
        main.addInitialProperty("camel.component.calendly.authorizationStore", "#calendlyAuthorizations");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:login")
                        .to("calendly:oauth?op=authorizeUrl&redirectUri=https://app.example.com/calendly/callback");
            }
        });
        main.start();

        String url = main.getCamelTemplate().requestBody("direct:login", null, String.class);

        assertThat(url).contains("state=", "code_challenge=");
        CalendlyComponent calendly = main.getCamelContext().getComponent("calendly", CalendlyComponent.class);
        assertThat(calendly.getConfiguration().getAuthorizationStore())
                .hasToString("JdbcPendingAuthorizations[calendly_signin_pending]");
        DataSource dataSource = main.getCamelContext().getRegistry().lookupByNameAndType("calendlyDataSource",
                DataSource.class);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM calendly_signin_pending")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
