package io.github.camelcalendly.jdbc;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.auth.TokenStore;

import static io.github.camelcalendly.auth.SampleTokens.KEY_BASE64;
import static io.github.camelcalendly.auth.SampleTokens.USER;
import static io.github.camelcalendly.auth.SampleTokens.first;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Main builds a JdbcTokenStore from {@code camel.beans.*} properties alone, as docs/several-instances/tokens.md
 * shows, and the component keeps its tokens there.
 */
class JdbcTokenStoreCamelMainTest {

    private final Main main = new Main();

    @AfterEach
    void stopMain() throws Exception {
        main.stop();
    }

    @Test
    void propertiesDefineTheDataSourceTheStoreItsTableAndItsKey() throws Exception {
        main.addInitialProperty("camel.beans.calendlyDb", "#class:org.h2.jdbcx.JdbcDataSource");
        main.addInitialProperty("camel.beans.calendlyDb.url", "jdbc:h2:mem:camel_main_tokens;DB_CLOSE_DELAY=-1");
        main.addInitialProperty("camel.beans.calendlyTokens", "#class:io.github.camelcalendly.jdbc.JdbcTokenStore");
        main.addInitialProperty("camel.beans.calendlyTokens.dataSource", "#bean:calendlyDb");
        main.addInitialProperty("camel.beans.calendlyTokens.tableName", "app_calendly_tokens");
        main.addInitialProperty("camel.beans.calendlyTokens.key", KEY_BASE64);
        main.addInitialProperty("camel.component.calendly.tokenStore", "#calendlyTokens");
        main.start();

        TokenStore store = main.getCamelContext().getComponent("calendly", CalendlyComponent.class)
                .getConfiguration().getTokenStore();
        store.save(USER, first());

        assertThat(store).hasToString("JdbcTokenStore[table=app_calendly_tokens, encrypted=true]");
        assertThat(TokenTableDatabase.dump(((JdbcTokenStore) store).getDataSource(), "app_calendly_tokens"))
                .contains("AES-GCM");
        assertThat(store.load(USER)).contains(first());
    }
}
