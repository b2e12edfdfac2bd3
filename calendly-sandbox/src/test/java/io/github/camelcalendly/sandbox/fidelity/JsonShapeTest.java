package io.github.camelcalendly.sandbox.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.camelcalendly.sandbox.state.Json;

class JsonShapeTest {

    private static JsonShape shape(String json) {
        return JsonShape.of(Json.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aRenamedFieldIsMissing() {
        JsonShape fixture = shape("{\"resource\":{\"uri\":\"u\",\"start_time\":\"t\"}}");
        JsonShape sandbox = shape("{\"resource\":{\"uri\":\"u\",\"startTime\":\"t\"}}");

        assertThat(sandbox.missingFrom(fixture)).containsExactly("resource.start_time");
    }

    @Test
    void aFieldNestedDifferentlyIsMissing() {
        JsonShape fixture = shape("{\"resource\":{\"location\":{\"join_url\":\"x\"}}}");
        JsonShape sandbox = shape("{\"resource\":{\"join_url\":\"x\",\"location\":{}}}");

        assertThat(sandbox.missingFrom(fixture)).containsExactly("resource.location.join_url");
    }

    @Test
    void fieldsOfArrayElementsAreCompared() {
        JsonShape fixture = shape("{\"collection\":[{\"uri\":\"a\",\"name\":\"n\"}]}");
        JsonShape sandbox = shape("{\"collection\":[{\"uri\":\"a\"}]}");

        assertThat(sandbox.missingFrom(fixture)).containsExactly("collection[].name");
    }

    @Test
    void aNullObjectInTheSandboxCoversTheFixturesNestedFields() {
        JsonShape fixture = shape("{\"resource\":{\"cancellation\":{\"reason\":\"r\",\"canceled_by\":\"c\"}}}");
        JsonShape sandbox = shape("{\"resource\":{\"cancellation\":null}}");

        assertThat(sandbox.missingFrom(fixture)).isEmpty();
    }

    @Test
    void anEmptyArrayInTheSandboxCoversTheFixturesElementFields() {
        JsonShape fixture = shape("{\"resource\":{\"event_guests\":[{\"email\":\"e\"}]}}");
        JsonShape sandbox = shape("{\"resource\":{\"event_guests\":[]}}");

        assertThat(sandbox.missingFrom(fixture)).isEmpty();
    }

    @Test
    void aMissingNullableFieldIsStillMissing() {
        JsonShape fixture = shape("{\"resource\":{\"cancellation\":null}}");
        JsonShape sandbox = shape("{\"resource\":{}}");

        assertThat(sandbox.missingFrom(fixture)).containsExactly("resource.cancellation");
    }

    @Test
    void extraSandboxFieldsAreAllowed() {
        JsonShape fixture = shape("{\"resource\":{\"uri\":\"u\"}}");
        JsonShape sandbox = shape("{\"resource\":{\"uri\":\"u\",\"locale\":\"en\"}}");

        assertThat(sandbox.missingFrom(fixture)).isEmpty();
    }
}
