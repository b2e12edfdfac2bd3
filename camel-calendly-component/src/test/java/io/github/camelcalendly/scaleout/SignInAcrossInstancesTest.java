package io.github.camelcalendly.scaleout;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.jdbc.JdbcPendingAuthorizations;
import io.github.camelcalendly.jdbc.TestPostgres;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in routes on three instances of one application behind a load balancer, each with its own
 * JdbcPendingAuthorizations on one real PostgreSQL: the user starts signing in on instance 1, consents at Calendly
 * (the sandbox), and the load balancer sends Calendly's redirect to instance 2, which exchanges the code and saves
 * the tokens. The same callback replayed to instance 3 is refused without a token request.
 */
class SignInAcrossInstancesTest {

    /** The redirect URI registered with Calendly: the load balancer's address, whichever instance answers. */
    private static final String PUBLIC_CALLBACK = "https://signin.example.com/calendly/callback";
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static CalendlySandbox sandbox;
    private DataSource database;
    private final List<Instance> instances = new ArrayList<>();

    /** One instance of the application: its Camel context, HTTP port and token store. */
    private record Instance(CamelContext context, int port, InMemoryTokenStore tokens) {

        /** Where the load balancer sends {@code publicUrl}'s path and query to reach this instance. */
        URI forwarded(String publicUrl) {
            URI uri = URI.create(publicUrl);
            return URI.create("http://localhost:" + port + uri.getRawPath() + "?" + uri.getRawQuery());
        }
    }

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withOAuthClient(
                new SandboxOptions.OAuthClient("scale-out-app", "scale-out-secret", PUBLIC_CALLBACK)));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void startThreeInstances() throws Exception {
        database = TestPostgres.newDatabase().dataSource();
        for (int i = 0; i < 3; i++) {
            instances.add(startInstance());
        }
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(instance -> instance.context().stop());
    }

    private Instance startInstance() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        CalendlyComponent calendly = context.getComponent("calendly", CalendlyComponent.class);
        calendly.getConfiguration().setClientId("scale-out-app");
        calendly.getConfiguration().setClientSecret("scale-out-secret");
        calendly.getConfiguration().setAuthBaseUrl(sandbox.authUrl());
        calendly.getConfiguration().setTokenStore(tokens);
        // each instance its own store, as in its own JVM; the database is what they share
        calendly.getConfiguration().setAuthorizationStore(new JdbcPendingAuthorizations(database));
        calendly.setBaseUrl(sandbox.baseUrl());
        context.addRoutes(new SignInRoutes());
        context.start();
        return new Instance(context, port, tokens);
    }

    /** The sign-in routes of the README's example: a login that redirects to Calendly, a callback that connects. */
    private static final class SignInRoutes extends RouteBuilder {
        @Override
        public void configure() {
            onException(CalendlyValidationException.class).handled(true)
                    .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                    .setBody(constant("This sign-in link is not valid (any more)."));

            from("platform-http:/calendly/login?httpMethodRestrict=GET")
                    .to("calendly:oauth?op=authorizeUrl&redirectUri=" + PUBLIC_CALLBACK + "&scopes=users:read")
                    .setHeader("Location", body())
                    .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(302))
                    .setBody(constant(""));

            from("platform-http:/calendly/callback?httpMethodRestrict=GET")
                    .setHeader("CamelCalendly.code", header("code"))
                    .setHeader("CamelCalendlyOAuthState", header("state"))
                    .removeHeaders("code|state")
                    .to("calendly:oauth?op=exchangeCode&redirectUri=" + PUBLIC_CALLBACK)
                    .to("calendly:users?op=me")
                    .marshal().json();
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        return redirect.headers().firstValue("Location").orElseThrow();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private long authorizationCodeRequests() {
        return sandbox.tokenRequests().stream().filter(r -> "authorization_code".equals(r.grantType())).count();
    }

    private int pendingRows() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM "
                     + JdbcPendingAuthorizations.DEFAULT_TABLE_NAME)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aSignInStartedOnOneInstanceCompletesOnAnotherAndItsReplayOnAThirdIsRefused() throws Exception {
        long codeRequestsBefore = authorizationCodeRequests();
        String owner = sandbox.seeded().owner();

        // the browser signs in on instance 1, which sends it to Calendly
        String authorizationUrl = location(get(URI.create("http://localhost:" + instances.get(0).port()
                + "/calendly/login")));
        assertThat(authorizationUrl).startsWith(sandbox.authUrl() + "/oauth/authorize?");
        assertThat(pendingRows()).isEqualTo(1);
        // the user consents; Calendly redirects the browser to the app's public callback
        String callback = location(get(URI.create(authorizationUrl)));
        assertThat(callback).startsWith(PUBLIC_CALLBACK + "?");
        assertThat(query(callback)).containsKeys("code", "state")
                .containsEntry("state", query(authorizationUrl).get("state"));

        // the load balancer sends the callback to instance 2
        HttpResponse<String> connected = get(instances.get(1).forwarded(callback));

        assertThat(connected.statusCode()).as(connected.body()).isEqualTo(200);
        assertThat(connected.body()).contains(owner);
        assertThat(instances.get(1).tokens().load(owner)).hasValueSatisfying(
                tokens -> assertThat(tokens.scopes()).containsExactly("users:read"));
        assertThat(authorizationCodeRequests()).isEqualTo(codeRequestsBefore + 1);
        assertThat(pendingRows()).isZero();

        // the same callback replayed, this time to instance 3
        HttpResponse<String> replayed = get(instances.get(2).forwarded(callback));

        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).doesNotContain(query(callback).get("code"), query(callback).get("state"));
        assertThat(instances.get(2).tokens().load(owner)).isEmpty();
        assertThat(authorizationCodeRequests()).isEqualTo(codeRequestsBefore + 1);
    }
}
