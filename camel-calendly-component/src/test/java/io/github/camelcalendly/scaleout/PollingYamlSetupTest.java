package io.github.camelcalendly.scaleout;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.master.MasterConsumer;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML setup of the several-instances guide, run by Camel Main: the cluster service and the JDBC state
 * repository are beans of the routes file, and the master-wrapped polling route leads, polls and keeps its watermark
 * in the table.
 */
class PollingYamlSetupTest {

    private static final String JDBC_URL = "jdbc:h2:mem:yaml_poll_state;DB_CLOSE_DELAY=-1";

    @TempDir
    Path lockDirectory;

    private CalendlySandbox sandbox;
    private Main main;
    private String minStartTime;

    @BeforeEach
    void start() throws Exception {
        sandbox = CalendlySandbox.start();
        minStartTime = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        main = new Main();
        main.addInitialProperty("camel.main.routesIncludePattern", "classpath:scaleout/polling-under-master.camel.yaml");
        main.addInitialProperty("camel.component.calendly.accessToken", sandbox.issueToken());
        main.addInitialProperty("camel.component.calendly.baseUrl", sandbox.baseUrl());
        main.addInitialProperty("poll.jdbc-url", JDBC_URL);
        main.addInitialProperty("poll.lock-directory", lockDirectory.toString());
        main.addInitialProperty("poll.min-start-time", minStartTime);
        main.start();
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void theRouteLeadsPollsEveryListedMeetingOnceAndKeepsItsWatermarkInTheTable() throws Exception {
        CamelContext camel = main.getCamelContext();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> ((MasterConsumer) camel.getRoute("meetings").getConsumer()).isMaster());

        List<String> listed = listed(camel);
        MockEndpoint meetings = camel.getEndpoint("mock:meetings", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(delivered(meetings))
                .containsExactlyInAnyOrderElementsOf(listed));

        assertThat(stateRows()).singleElement().asString().startsWith("calendly:scheduledEvents/list:");
    }

    @SuppressWarnings("unchecked")
    private List<String> listed(CamelContext camel) {
        List<Map<String, Object>> items = camel.createProducerTemplate()
                .requestBody("calendly:scheduledEvents?op=list&minStartTime=" + minStartTime, null, List.class);
        return items.stream().map(item -> (String) item.get("uri")).toList();
    }

    private static List<String> delivered(MockEndpoint meetings) {
        return meetings.getReceivedExchanges().stream()
                .map((Exchange e) -> e.getMessage().getHeader(CalendlyConstants.RESOURCE_URI, String.class)).toList();
    }

    private static List<String> stateRows() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(JDBC_URL);
        List<String> keys = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT state_key FROM calendly_poll_state")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }
}
