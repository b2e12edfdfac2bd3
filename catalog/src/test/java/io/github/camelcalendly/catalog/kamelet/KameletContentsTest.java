package io.github.camelcalendly.catalog.kamelet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.OptionCatalog;
import io.github.camelcalendly.operation.Parameter;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static io.github.camelcalendly.catalog.kamelet.GeneratedKamelets.definition;
import static io.github.camelcalendly.catalog.kamelet.GeneratedKamelets.fieldNames;
import static io.github.camelcalendly.catalog.kamelet.GeneratedKamelets.named;
import static io.github.camelcalendly.catalog.kamelet.GeneratedKamelets.property;
import static io.github.camelcalendly.catalog.kamelet.GeneratedKamelets.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the generated Kamelets offer, held against the operations registry and the component: the trigger's options
 * and Calendly's events, the lists that can be polled, the actions and the writes.
 */
class KameletContentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONNECTION = List.of("accessToken", "clientId", "clientSecret", "refreshToken",
            "connectionId", "baseUrl", "authBaseUrl");

    @Test
    void theSourceTakesTheTriggersOptionsAndListsOfCalendlysEvents() {
        JsonNode source = named("calendly-source");
        Operation trigger = OperationRegistry.find("webhook", "consumer").orElseThrow();
        String pattern = property(source, "events").path("pattern").asText();

        List<String> expected = new ArrayList<>(trigger.parameters().stream().map(Parameter::name).toList());
        expected.addAll(List.of("webhookExternalUrl", "webhookPath"));
        expected.addAll(CONNECTION);
        assertThat(fieldNames(definition(source).path("properties"))).isEqualTo(expected);
        assertThat(texts(definition(source).path("required"))).containsExactly("signingKey", "webhookExternalUrl");
        assertThat(property(source, "events").path("default").asText()).isEqualTo("invitee.created,invitee.canceled");
        for (String event : OptionCatalog.WEBHOOK_EVENTS) {
            assertThat(event).matches(pattern);
            assertThat(property(source, "events").path("description").asText()).contains(event);
        }
        assertThat(String.join(",", OptionCatalog.WEBHOOK_EVENTS)).matches(pattern);
        assertThat(List.of("invitee.created,invitee.rescheduled", "invitee.created,", "invitee.created, invitee.canceled",
                "invitee_created", "")).noneMatch(events -> events.matches(pattern));
    }

    @Test
    void thePollSourceOffersEveryPaginatedListAndEachCanStartARoute() throws Exception {
        JsonNode pollSource = named("calendly-poll-source");
        List<String> resources = texts(property(pollSource, "resource").path("enum"));

        assertThat(resources).isEqualTo(OperationRegistry.all().stream().filter(Operation::paginated)
                .map(Operation::resource).distinct().toList());
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getComponent("calendly", CalendlyComponent.class).setAccessToken("token-never-sent");
            context.start();
            for (String resource : resources) {
                Endpoint endpoint = context.getEndpoint("calendly:" + resource + "?op=list");
                Consumer consumer = endpoint.createConsumer(exchange -> { });
                assertThat(consumer).as(resource).isNotNull();
            }
        }
    }

    @Test
    void thePollSourceTakesTheOptionsAListCannotStartWithout() {
        JsonNode pollSource = named("calendly-poll-source");
        List<String> needed = new ArrayList<>(fieldNames(definition(pollSource).path("properties")));
        needed.removeAll(List.of("resource", "delay"));
        needed.removeAll(CONNECTION);

        assertThat(needed).isNotEmpty();
        for (String option : needed) {
            List<String> neededBy = OperationRegistry.all().stream().filter(Operation::paginated)
                    .filter(list -> list.parameter(option).map(Parameter::required).orElse(false))
                    .map(Operation::resource).toList();
            assertThat(neededBy).as(option).isNotEmpty();
            assertThat(texts(definition(pollSource).path("required"))).doesNotContain(option);
            assertThat(property(pollSource, option).path("description").asText()).as(option)
                    .contains("Required when polling " + String.join(", ", neededBy));
        }
        assertThat(property(pollSource, "delay").path("default").asInt()).isEqualTo(60_000);
    }

    @Test
    void theActionOffersEveryResourceAndOpThatTakesItsInputFromTheBody() {
        JsonNode action = named("calendly-action");
        List<Operation> callable = OperationRegistry.all().stream()
                .filter(op -> op.kind() != OperationKind.RAW && op.kind() != OperationKind.WEBHOOK_TRIGGER).toList();

        assertThat(texts(property(action, "resource").path("enum")))
                .containsExactlyElementsOf(callable.stream().map(Operation::resource).distinct().toList())
                .doesNotContain("raw", "webhook");
        assertThat(texts(property(action, "op").path("enum")))
                .containsExactlyInAnyOrderElementsOf(callable.stream().map(Operation::name).distinct().toList());
        assertThat(property(action, "confirmDestructive").path("default").asBoolean(true)).isFalse();
        assertThat(action.path("spec").path("template").toString()).contains("\"inputFromBody\":true");
    }

    @Test
    void theSinkOffersTheCommonWritesAndNoDestructiveOne() {
        JsonNode sink = named("calendly-sink");
        List<String> resources = texts(property(sink, "resource").path("enum"));
        List<String> ops = texts(property(sink, "op").path("enum"));
        String opDescription = property(sink, "op").path("description").asText();

        for (String write : List.of("invitees/create", "scheduledEvents/cancel", "inviteeNoShows/create",
                "schedulingLinks/create", "contacts/create", "contacts/update")) {
            String[] pair = write.split("/");
            assertThat(resources).contains(pair[0]);
            assertThat(ops).contains(pair[1]);
            assertThat(opDescription).contains(write);
        }
        for (Operation op : OperationRegistry.all()) {
            boolean listed = opDescription.contains(" " + op.id() + ",") || opDescription.contains(" " + op.id() + ".");
            boolean write = op.kind() == OperationKind.HTTP && (op.hasRequestBody() || "DELETE".equals(op.method()));
            assertThat(listed).as(op.id()).isEqualTo(write && !op.destructive());
        }
        assertThat(fieldNames(definition(sink).path("properties"))).doesNotContain("confirmDestructive");
    }

    @Test
    void theDefinitionsAreJsonSchemasThatAcceptWhatTheRunTestGivesAndRefuseTheRest() throws Exception {
        JsonSchema source = schemaOf("calendly-source");
        JsonSchema sink = schemaOf("calendly-sink");

        assertThat(source.validate(JSON.valueToTree(Map.of("events", "invitee.created", "signingKey", "key",
                "webhookExternalUrl", "https://hooks.example.com/calendly/webhook")))).isEmpty();
        assertThat(messages(source.validate(JSON.valueToTree(Map.of("events", "invitee.booked", "signingKey", "key",
                "webhookExternalUrl", "https://hooks.example.com/calendly/webhook"))))).anyMatch(m -> m.contains("events"));
        assertThat(messages(source.validate(JSON.readTree("{}")))).anyMatch(m -> m.contains("signingKey"));
        assertThat(sink.validate(JSON.valueToTree(Map.of("resource", "invitees", "op", "create")))).isEmpty();
        assertThat(messages(sink.validate(JSON.valueToTree(Map.of("resource", "users", "op", "me")))))
                .anyMatch(m -> m.contains("resource")).anyMatch(m -> m.contains("op"));
    }

    private static JsonSchema schemaOf(String kamelet) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(definition(named(kamelet)));
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).toList();
    }
}
