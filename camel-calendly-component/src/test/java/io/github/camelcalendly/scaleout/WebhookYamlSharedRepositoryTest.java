package io.github.camelcalendly.scaleout;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcalendly.jdbc.TestPostgres;
import org.apache.camel.Processor;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared repository declared as the scale-out guide shows it for Camel Main and YAML routes: a
 * JdbcMessageIdRepository bean built from the application's DataSource, on a table created beforehand with
 * camel-sql's own layout, named by the trigger's idempotentRepository. A redelivery to a second instance is
 * acknowledged without running the route there.
 */
class WebhookYamlSharedRepositoryTest {

    static final String CREATE_TABLE = "CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255),"
            + " messageId VARCHAR(100), createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))";

    private static final String YAML = """
            - beans:
                - name: calendlyDeliveries
                  type: org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository
                  constructors:
                    0: "#bean:calendlyDataSource"
                    1: calendly-webhook
                  properties:
                    createTableIfNotExists: false
            - route:
                id: bookings
                from:
                  uri: calendly:webhook
                  parameters:
                    events: invitee.created
                    signingKey: "%s"
                    webhookAutoRegister: false
                    idempotentRepository: "#calendlyDeliveries"
                  steps:
                    - process:
                        ref: countRun
            """;

    private WebhookInstance first;
    private WebhookInstance second;

    @AfterEach
    void stopInstances() {
        for (WebhookInstance instance : new WebhookInstance[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void aYamlDeclaredJdbcRepositoryIsSharedByTwoInstances() throws Exception {
        TestPostgres.Database database = TestPostgres.newDatabase();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TABLE);
        }
        AtomicInteger runs = new AtomicInteger();
        first = yamlInstance("instance-a", database, runs);
        second = yamlInstance("instance-b", database, runs);
        WebhookDeliverer calendly = new WebhookDeliverer(List.of(first, second));
        byte[] body = WebhookDeliverer.inviteeCreated("https://api.calendly.com/scheduled_events/EVY/invitees/YAML");

        assertThat(calendly.deliver(body, 0)).isEqualTo(200);
        assertThat(calendly.deliver(body, 1)).isEqualTo(200);

        assertThat(runs.get()).isEqualTo(1);
        assertThat(rows(database)).isEqualTo(1);
    }

    private static WebhookInstance yamlInstance(String name, TestPostgres.Database database, AtomicInteger runs)
            throws Exception {
        Processor countRun = exchange -> runs.incrementAndGet();
        WebhookInstance instance = WebhookInstance.withoutRoutes(name, WebhookInstance.freePort(), "unused-token",
                "http://localhost:9", Map.of("calendlyDataSource", database.dataSource(), "countRun", countRun));
        instance.start();
        PluginHelper.getRoutesLoader(instance.context()).loadRoutes(ResourceHelper.fromString("bookings.camel.yaml",
                YAML.formatted(WebhookDeliverer.SIGNING_KEY)));
        return instance;
    }

    private static int rows(TestPostgres.Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED"
                     + " WHERE processorName = 'calendly-webhook'")) {
            result.next();
            return result.getInt(1);
        }
    }
}
