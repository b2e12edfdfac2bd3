package io.github.camelcalendly.scaleout;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.jdbc.JdbcRateWindow;
import io.github.camelcalendly.jdbc.TestPostgres;
import io.github.camelcalendly.sandbox.CalendlySandbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Main configures the shared window from properties, as the several-instances guide shows: a JdbcRateWindow
 * bean built on the application's data source, named by rateLimitStore. Its table then holds the connection's window.
 */
class RateLimitStorePropertiesTest {

    private final Main main = new Main();
    private final CalendlySandbox sandbox = CalendlySandbox.start();

    @AfterEach
    void stopEverything() throws Exception {
        main.stop();
        sandbox.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJdbcRateWindowBeanFromPropertiesIsTheComponentsStore() throws Exception {
        DataSource calendlyDb = TestPostgres.newDatabase().dataSource();
        main.bind("calendlyDb", calendlyDb);
        main.addInitialProperty("camel.beans.rateWindow",
                "#class:io.github.camelcalendly.jdbc.JdbcRateWindow(#bean:calendlyDb, 'calendly_rate_window', true)");
        main.addInitialProperty("camel.component.calendly.rateLimitStore", "#bean:rateWindow");
        main.addInitialProperty("camel.component.calendly.accessToken", sandbox.issueToken());
        main.addInitialProperty("camel.component.calendly.baseUrl", sandbox.baseUrl());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:me").to("calendly:users?op=me");
            }
        });
        main.start();

        Map<String, Object> me = main.getCamelTemplate().requestBody("direct:me", null, Map.class);

        assertThat(me).containsKey("uri");
        CalendlyComponent component = main.getCamelContext().getComponent("calendly", CalendlyComponent.class);
        assertThat(component.getRateLimitStore()).isInstanceOf(JdbcRateWindow.class)
                .hasToString("JdbcRateWindow[calendly_rate_window]");
        // the call claimed the window's first permit and the sandbox's answer told its limit (500 a minute)
        try (Connection connection = calendlyDb.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT request_limit, used FROM calendly_rate_window")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getLong(1)).isEqualTo(500);
            assertThat(row.getLong(2)).isEqualTo(1);
            assertThat(row.next()).isFalse();
        }
    }
}
