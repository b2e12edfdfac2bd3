package io.github.camelcalendly.auth;

import java.nio.file.Path;
import java.util.Base64;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelcalendly.CalendlyComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A FileTokenStore can be named in configuration alone (Camel Main, JBang, Camel K properties), with Camel's
 * {@code #class:} syntax and text arguments.
 */
class TokenStoreBindingTest {

    @TempDir
    Path directory;

    private final Main main = new Main();

    @AfterEach
    void stopMain() throws Exception {
        main.stop();
    }

    private TokenStore configuredStore() throws Exception {
        main.start();
        return main.getCamelContext().getComponent("calendly", CalendlyComponent.class).getConfiguration()
                .getTokenStore();
    }

    @Test
    void aPlainFileStoreOnADirectoryGivenAsText() throws Exception {
        main.addInitialProperty("camel.component.calendly.tokenStore",
                "#class:io.github.camelcalendly.auth.FileTokenStore('" + directory + "')");

        TokenStore store = configuredStore();

        assertThat(store).isInstanceOfSatisfying(FileTokenStore.class, files -> {
            assertThat(files.directory()).isEqualTo(directory);
            assertThat(files.isEncrypted()).isFalse();
        });
    }

    @Test
    void anEncryptedFileStoreWithItsKeyFromAProperty() throws Exception {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        main.addInitialProperty("tokens.key", key);
        main.addInitialProperty("camel.component.calendly.tokenStore",
                "#class:io.github.camelcalendly.auth.FileTokenStore('" + directory + "', '{{tokens.key}}')");

        TokenStore store = configuredStore();

        assertThat(store).isInstanceOfSatisfying(FileTokenStore.class, files -> {
            assertThat(files.isEncrypted()).isTrue();
            assertThat(files.toString()).doesNotContain(key);
        });
    }
}
