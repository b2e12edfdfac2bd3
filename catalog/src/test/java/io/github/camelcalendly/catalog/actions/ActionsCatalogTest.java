package io.github.camelcalendly.catalog.actions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.OptionCatalog;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * calendly-actions.json lists every action of the registry once, with the facts of its row, and both triggers; every
 * schema in it is a valid draft 2020-12 schema, and every endpoint URI it gives is one the component accepts.
 */
class ActionsCatalogTest {

    private static final ObjectNode CATALOG = ActionsCatalogPart.catalog(CatalogSources.fromClasspath("1.2.3"));

    @Test
    void everyActionOfTheRegistryHasOneEntryWithTheFactsOfItsRow() {
        List<Operation> actions = OperationRegistry.all().stream()
                .filter(op -> op.kind() != OperationKind.WEBHOOK_TRIGGER).toList();

        assertThat(CATALOG.path("actions")).hasSize(actions.size());
        for (Operation op : actions) {
            JsonNode entry = entry(op.resource() + "." + op.name());
            assertThat(entry.path("title").asText()).isEqualTo(op.summary());
            assertThat(entry.path("plan").asText()).isEqualTo(op.plan().id());
            assertThat(entry.path("destructive").asBoolean()).isEqualTo(op.destructive());
            assertThat(entry.path("paginated").asBoolean()).isEqualTo(op.paginated());
            assertThat(entry.path("scope").asText("-")).isEqualTo(op.scope());
            if (op.kind() == OperationKind.HTTP) {
                assertThat(entry.path("method").asText()).isEqualTo(op.method());
                assertThat(entry.path("path").asText()).isEqualTo(op.pathTemplate());
            }
        }
    }

    @Test
    void theEntriesNameTheComponentAndTheVersion() {
        assertThat(CATALOG.path("version").asText()).isEqualTo("1.2.3");
        assertThat(CATALOG.at("/component/artifactId").asText()).isEqualTo("camel-calendly");
        assertThat(CATALOG.at("/component/scheme").asText()).isEqualTo("calendly");
    }

    @Test
    void aDestructiveActionsUriCarriesTheConfirmation() {
        assertThat(entry("dataCompliance.deleteInvitees").path("uri").asText())
                .isEqualTo("calendly:dataCompliance?op=deleteInvitees&confirmDestructive=true");
        assertThat(entry("scheduledEvents.cancel").path("uriTemplate").asText())
                .isEqualTo("calendly:scheduledEvents?op=cancel{&uuid,reason,uri}");
    }

    @Test
    void everyActionUriIsOneTheComponentAccepts() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            for (JsonNode entry : CATALOG.path("actions")) {
                context.getEndpoint(entry.path("uri").asText() + "&accessToken=test-token");
            }
        }
    }

    @Test
    void everySchemaInTheCatalogIsAValidDraft202012Schema() {
        List<JsonNode> schemas = new ArrayList<>();
        CATALOG.path("actions").forEach(entry -> {
            schemas.add(entry.path("input"));
            schemas.add(entry.path("output"));
        });
        CATALOG.path("triggers").forEach(trigger -> {
            schemas.add(trigger.path("input"));
            trigger.path("events").forEach(event -> schemas.add(event.path("payload")));
            trigger.path("resources").forEach(resource -> schemas.add(resource.path("payload")));
        });

        assertThat(schemas).hasSizeGreaterThan(CATALOG.path("actions").size() * 2)
                .allSatisfy(schema -> {
                    assertThat(schema.path("$schema").asText()).isEqualTo(InputSchemas.DIALECT);
                    assertThat(JsonSchemas.metaSchemaProblems(schema)).as("%s", schema.path("title")).isEmpty();
                });
    }

    @Test
    void theWebhookTriggerDescribesEveryEventWithItsReadScopeAndPayload() {
        JsonNode webhook = trigger("webhook");

        assertThat(fieldNames(webhook.path("events"))).containsExactlyElementsOf(OptionCatalog.WEBHOOK_EVENTS);
        assertThat(webhook.at("/events/invitee.created/readScope").asText()).isEqualTo("scheduled_events:read");
        assertThat(fieldNames(webhook.path("headers"))).contains("CamelCalendlyEvent", "CamelCalendlyResourceUri");
        assertThat(webhook.at("/input/required").toString()).contains("events", "signingKey", "webhookExternalUrl");
        assertThat(webhook.at("/input/properties/webhookPath/default").asText()).isEqualTo("/calendly/webhook");
    }

    @Test
    void thePollingTriggerListsEveryPaginatedListWithItsItemSchema() {
        JsonNode poll = trigger("poll");
        Set<String> lists = new HashSet<>();
        OperationRegistry.all().stream().filter(op -> op.paginated() && "list".equals(op.name()))
                .forEach(op -> lists.add(op.resource()));

        assertThat(fieldNames(poll.path("resources"))).containsExactlyInAnyOrderElementsOf(lists);
        assertThat(poll.at("/resources/scheduledEvents/action").asText()).isEqualTo("scheduledEvents.list");
        assertThat(poll.at("/resources/scheduledEvents/payload/type").asText()).isEqualTo("object");
        assertThat(fieldNames(poll.path("headers"))).containsExactly("CamelCalendlyResourceUri");
        assertThat(fieldNames(poll.path("exchangeProperties"))).contains("CamelBatchIndex", "CamelBatchSize");
    }

    private static JsonNode entry(String id) {
        for (JsonNode entry : CATALOG.path("actions")) {
            if (id.equals(entry.path("id").asText())) {
                return entry;
            }
        }
        throw new AssertionError("No action " + id + " in the catalog");
    }

    private static JsonNode trigger(String id) {
        for (JsonNode trigger : CATALOG.path("triggers")) {
            if (id.equals(trigger.path("id").asText())) {
                return trigger;
            }
        }
        throw new AssertionError("No trigger " + id + " in the catalog");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
