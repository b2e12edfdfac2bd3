package io.github.camelcalendly.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.operation.AnswerShape;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which successful answers pass as Calendly's data for each {@link AnswerShape}, what the failures say, and the JSON
 * limits of {@link CalendlyJson} applied to answers.
 */
class AnswerCheckTest {

    private static final String PATH = "/scheduled_events/E1";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private final ObjectMapper calendlyJson = CalendlyJson.newObjectMapper();
    private final AnswerCheck getEvent = new AnswerCheck(
            OperationRegistry.resolve("scheduledEvents", "get"), "GET", PATH, calendlyJson);
    private final AnswerCheck raw = new AnswerCheck(
            OperationRegistry.resolve("raw", "request"), "GET", "/anything", calendlyJson);

    private static CalendlyResponse answer(int status, Map<String, String> headers, String body) {
        return answer(status, headers, body, 1);
    }

    private static CalendlyResponse answer(int status, Map<String, String> headers, String body, int attempts) {
        return new CalendlyResponse(status, headers, body.getBytes(StandardCharsets.UTF_8), attempts);
    }

    private CalendlyApiException failureOf(CalendlyResponse response, AnswerShape shape) {
        return failureOf(getEvent, response, shape);
    }

    private static CalendlyApiException failureOf(AnswerCheck check, CalendlyResponse response, AnswerShape shape) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> check.read(response, shape));
        assertThat(thrown).isInstanceOf(CalendlyApiException.class);
        return (CalendlyApiException) thrown;
    }

    // ---- shapes ----

    @Test
    void aResourceAnswerIsReadWhole() {
        Object root = getEvent.read(answer(200, JSON, "{\"resource\": {\"uri\": \"e1\"}}"), AnswerShape.RESOURCE);

        assertThat(root).isEqualTo(Map.of("resource", Map.of("uri", "e1")));
    }

    @Test
    void aNoContentAnswerHasNoBodyWhereNoneIsPromised() {
        assertThat(getEvent.read(answer(204, Map.of(), ""), AnswerShape.NO_CONTENT)).isNull();
    }

    @Test
    void aNoContentAnswerFailsWhereAnObjectIsPromised() {
        CalendlyApiException e = failureOf(answer(204, Map.of(), ""), AnswerShape.OBJECT);

        assertThat(e.getStatusCode()).isEqualTo(204);
        assertThat(e.getApiMessage()).isNull();
        assertThat(e.getMessage()).isEqualTo("Calendly scheduledEvents/get (GET /scheduled_events/E1) answered"
                                             + " HTTP 204 without a body, but scheduledEvents/get answers with a JSON"
                                             + " object");
    }

    @Test
    void aBlankOkAnswerFailsWhereNoContentIsPromisedSinceOnly204MeansNoBody() {
        CalendlyApiException e = failureOf(answer(200, JSON, " \n "), AnswerShape.NO_CONTENT);

        assertThat(e.getMessage()).endsWith("answered HTTP 200 with an empty body, but scheduledEvents/get answers"
                                            + " 204 when it has no body");
    }

    @Test
    void aJsonObjectWhereNoContentIsPromisedIsTaken() {
        Object root = getEvent.read(answer(200, JSON, "{\"deleted\": true}"), AnswerShape.NO_CONTENT);

        assertThat(root).isEqualTo(Map.of("deleted", true));
    }

    @Test
    void anEmptyObjectPassesWhereAnObjectIsPromised() {
        assertThat(getEvent.read(answer(202, JSON, "{}"), AnswerShape.OBJECT)).isEqualTo(Map.of());
    }

    @Test
    void anArrayFailsWhereAnObjectIsPromised() {
        CalendlyApiException e = failureOf(answer(200, JSON, "[{\"uri\": \"e1\"}]"), AnswerShape.OBJECT);

        assertThat(e.getMessage()).contains("with a body that is not a JSON object (application/json): [{\"uri\"",
                "Check baseUrl");
    }

    @Test
    void aPortalPageAtTheFirstAttemptIsNotMarkedRetried() {
        CalendlyApiException e = failureOf(answer(200, Map.of("Content-Type", "text/html"), "<html>portal</html>"),
                AnswerShape.RESOURCE);

        assertThat(e.isRetried()).isFalse();
        assertThat(e.getApiMessage()).isEqualTo("<html>portal</html>");
        assertThat(e.getMessage()).contains("not a JSON object (text/html): <html>portal</html>");
    }

    @Test
    void aPortalPageAfterARetryIsMarkedRetried() {
        CalendlyApiException e = failureOf(answer(200, Map.of("Content-Type", "text/html"), "<html>portal</html>", 2),
                AnswerShape.RESOURCE);

        assertThat(e.isRetried()).isTrue();
    }

    @Test
    void aPageWithoutContentTypeSaysSo() {
        CalendlyApiException e = failureOf(answer(200, Map.of(), "portal"), AnswerShape.RESOURCE);

        assertThat(e.getMessage()).contains("not a JSON object (no content type): portal");
    }

    @Test
    void aResourceThatIsAnArrayFailsNamingWhatItIs() {
        CalendlyApiException e = failureOf(answer(200, JSON, "{\"resource\": []}"), AnswerShape.RESOURCE);

        assertThat(e.getMessage()).contains("with a body whose \"resource\" is an array, not an object: "
                                            + "{\"resource\": []}");
    }

    @Test
    void aResourceThatIsANumberFailsNamingWhatItIs() {
        assertThat(failureOf(answer(200, JSON, "{\"resource\": 1}"), AnswerShape.RESOURCE).getMessage())
                .contains("\"resource\" is a number, not an object");
    }

    @Test
    void aResourceThatIsABooleanFailsNamingWhatItIs() {
        assertThat(failureOf(answer(200, JSON, "{\"resource\": true}"), AnswerShape.RESOURCE).getMessage())
                .contains("\"resource\" is a boolean, not an object");
    }

    @Test
    void aResourceThatIsNullFailsNamingWhatItIs() {
        assertThat(failureOf(answer(200, JSON, "{\"resource\": null}"), AnswerShape.RESOURCE).getMessage())
                .contains("\"resource\" is null, not an object");
    }

    @Test
    void aCollectionThatIsAnObjectFailsNamingWhatItIs() {
        assertThat(failureOf(answer(200, JSON, "{\"collection\": {}}"), AnswerShape.COLLECTION).getMessage())
                .contains("\"collection\" is an object, not an array");
    }

    @Test
    void aMissingCollectionFailsNamingIt() {
        CalendlyApiException e = failureOf(answer(200, JSON, "{\"resource\": {}}"), AnswerShape.COLLECTION);

        assertThat(e.getMessage()).contains("answered HTTP 200 without the \"collection\" array scheduledEvents/get"
                                            + " answers with: {\"resource\": {}}");
    }

    @Test
    void aCollectionItemThatIsNotAnObjectFailsNamingItsIndex() {
        CalendlyApiException e = failureOf(answer(200, JSON, "{\"collection\": [{}, {}, null]}"),
                AnswerShape.COLLECTION);

        assertThat(e.getMessage()).contains("item 2 of \"collection\" is null, not an object");
    }

    @Test
    void anEmptyCollectionPasses() {
        Object root = getEvent.read(answer(200, JSON, "{\"collection\": []}"), AnswerShape.COLLECTION);

        assertThat(root).isEqualTo(Map.of("collection", List.of()));
    }

    @Test
    void aCheckedAnswerIsKeptWithItsResponseAndNotParsedAgain() {
        CalendlyResponse checked = getEvent.checked(answer(200, JSON, "{\"resource\": {\"uri\": \"e1\"}}"),
                AnswerShape.RESOURCE);

        assertThat(checked.checked().shape()).isEqualTo(AnswerShape.RESOURCE);
        assertThat(getEvent.read(checked, AnswerShape.RESOURCE)).isSameAs(checked.checked().value());
    }

    @Test
    void anAnswerCheckedAgainstAnotherShapeIsCheckedAgain() {
        CalendlyResponse checked = getEvent.checked(answer(200, JSON, "{\"resource\": {}}"), AnswerShape.OBJECT);

        assertThat(failureOf(checked, AnswerShape.COLLECTION).getMessage())
                .contains("without the \"collection\" array");
    }

    @Test
    void aCheckedNoContentAnswerStaysWithoutBody() {
        CalendlyResponse checked = getEvent.checked(answer(204, Map.of(), ""), AnswerShape.NO_CONTENT);

        assertThat(checked.checked().value()).isNull();
        assertThat(getEvent.read(checked, AnswerShape.NO_CONTENT)).isNull();
    }

    @Test
    void operationsThatSendNothingHaveNoAnswerToRead() {
        AnswerCheck prefill = new AnswerCheck(OperationRegistry.resolve("schedulingLinks", "prefillUrl"), "-", "-",
                calendlyJson);

        assertThatThrownBy(() -> prefill.read(answer(200, JSON, "{}"), AnswerShape.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("schedulingLinks/prefillUrl");
    }

    // ---- JSON that does not parse ----

    @Test
    void trailingTextAfterTheObjectIsNotValidJson() {
        CalendlyApiException e = failureOf(answer(200, JSON, "{\"resource\": {}} {}"), AnswerShape.RESOURCE);

        assertThat(e.getApiMessage()).isEqualTo("{\"resource\": {}} {}");
        assertThat(e.getMessage()).endsWith("answered HTTP 200 with a body that is not valid JSON: {\"resource\": {}} {}");
    }

    @Test
    void anExcerptOfExactlyTheShownLengthIsShownWhole() {
        String start = "{\"resource\": \"";
        String body = start + "x".repeat(200 - start.length());

        CalendlyApiException e = failureOf(answer(200, JSON, body), AnswerShape.RESOURCE);

        assertThat(e.getMessage()).endsWith("not valid JSON: " + body);
    }

    @Test
    void aLongerBodyIsCutToTheShownLength() {
        String start = "{\"resource\": \"";
        String body = start + "x".repeat(201 - start.length());

        CalendlyApiException e = failureOf(answer(200, JSON, body), AnswerShape.RESOURCE);

        assertThat(e.getMessage()).endsWith("not valid JSON: " + body.substring(0, 200) + "...");
    }

    @Test
    void aBodyWhoseStartIsMostlyWhitespaceStillShowsThatMoreFollows() {
        String body = "{" + " ".repeat(1000) + "oops";

        CalendlyApiException e = failureOf(answer(200, JSON, body), AnswerShape.RESOURCE);

        assertThat(e.getMessage()).endsWith("not valid JSON: {...");
    }

    // ---- the limits of CalendlyJson ----

    @Test
    void aStringOfTheMaximumLengthPasses() {
        String body = "{\"resource\": {\"transcript\": \"" + "t".repeat(CalendlyJson.MAX_STRING_LENGTH) + "\"}}";

        Map<?, ?> root = (Map<?, ?>) getEvent.read(answer(200, JSON, body), AnswerShape.RESOURCE);

        assertThat((String) ((Map<?, ?>) root.get("resource")).get("transcript"))
                .hasSize(CalendlyJson.MAX_STRING_LENGTH);
    }

    @Test
    void aLongerStringFailsNamingTheLimit() {
        String body = "{\"resource\": {\"transcript\": \"" + "t".repeat(CalendlyJson.MAX_STRING_LENGTH + 1) + "\"}}";

        CalendlyApiException e = failureOf(answer(200, JSON, body), AnswerShape.RESOURCE);

        assertThat(e.getMessage()).contains("not valid JSON: {\"resource\": {\"transcript\": \"ttt",
                "It exceeds a limit set for Calendly answers", "getMaxStringLength");
        assertThat(e.getMessage().length()).as("length of the message").isLessThan(600);
    }

    @Test
    void objectsNestedToTheMaximumDepthPass() {
        String body = nested(CalendlyJson.MAX_NESTING_DEPTH);

        assertThat(getEvent.read(answer(200, JSON, body), AnswerShape.RESOURCE)).isNotNull();
    }

    @Test
    void objectsNestedDeeperFailNamingTheLimit() {
        String body = nested(CalendlyJson.MAX_NESTING_DEPTH + 1);

        assertThat(failureOf(answer(200, JSON, body), AnswerShape.RESOURCE).getMessage())
                .contains("It exceeds a limit set for Calendly answers", "getMaxNestingDepth");
    }

    @Test
    void aNumberOfTheMaximumLengthPasses() {
        String body = "{\"resource\": {\"amount\": " + "9".repeat(CalendlyJson.MAX_NUMBER_LENGTH) + "}}";

        assertThat(getEvent.read(answer(200, JSON, body), AnswerShape.RESOURCE)).isNotNull();
    }

    @Test
    void aLongerNumberFailsNamingTheLimit() {
        String body = "{\"resource\": {\"amount\": " + "9".repeat(CalendlyJson.MAX_NUMBER_LENGTH + 1) + "}}";

        assertThat(failureOf(answer(200, JSON, body), AnswerShape.RESOURCE).getMessage())
                .contains("It exceeds a limit set for Calendly answers", "getMaxNumberLength");
    }

    @Test
    void anAnswerOfTheMaximumLengthPasses() {
        String start = "{\"resource\": {}}";
        String body = start + " ".repeat((int) CalendlyJson.MAX_DOCUMENT_LENGTH - start.length());

        assertThat(getEvent.read(answer(200, JSON, body), AnswerShape.RESOURCE)).isNotNull();
    }

    @Test
    void aLongerAnswerFailsNamingTheLimit() {
        String start = "{\"resource\": {}}";
        String body = start + " ".repeat((int) CalendlyJson.MAX_DOCUMENT_LENGTH - start.length() + 1);

        assertThat(failureOf(answer(200, JSON, body), AnswerShape.RESOURCE).getMessage())
                .contains("It exceeds a limit set for Calendly answers", "getMaxDocumentLength");
    }

    @Test
    void aMapperWithoutLimitsStillFailsBeyondJacksonsOwnStringLimitAsACalendlyError() {
        AnswerCheck defaults = new AnswerCheck(OperationRegistry.resolve("scheduledEvents", "list"), "GET",
                "/scheduled_events", new ObjectMapper());
        String body = "{\"collection\": [{\"name\": \"" + "n".repeat(20_000_001) + "\"}]}";

        CalendlyApiException e = failureOf(defaults, answer(200, JSON, body), AnswerShape.COLLECTION);

        assertThat(e.getMessage()).contains("scheduledEvents/list (GET /scheduled_events)", "getMaxStringLength");
    }

    private static String nested(int depth) {
        // the root object and the innermost {} are two of the levels
        return "{\"resource\": " + "{\"a\": ".repeat(depth - 2) + "{}" + "}".repeat(depth - 2) + "}";
    }

    // ---- raw requests ----

    @Test
    void aRawNoContentAnswerHasNoBody() {
        assertThat(raw.read(answer(204, JSON, ""), AnswerShape.ANY)).isNull();
    }

    @Test
    void aRawTextAnswerIsTheText() {
        Object text = raw.read(answer(200, Map.of("Content-Type", "text/plain; charset=utf-8"), "{ not json"),
                AnswerShape.ANY);

        assertThat(text).isEqualTo("{ not json");
    }

    @Test
    void aRawTextAnswerWithoutBodyHasNoBody() {
        assertThat(raw.read(answer(200, Map.of("Content-Type", "text/plain"), ""), AnswerShape.ANY)).isNull();
    }

    @Test
    void aRawAnswerOfAJsonSubtypeMustParse() {
        CalendlyApiException e = failureOf(raw, answer(200, Map.of("Content-Type", "application/problem+json"),
                "{\"title\": "), AnswerShape.ANY);

        assertThat(e.getMessage()).contains("raw/request (GET /anything) answered HTTP 200 with a body that is not"
                                            + " valid JSON: {\"title\":");
    }

    @Test
    void aRawAnswerWithAnUppercaseJsonContentTypeWithParametersIsParsed() {
        Object root = raw.read(answer(200, Map.of("Content-Type", "Application/JSON; charset=UTF-8"), "[1, 2]"),
                AnswerShape.ANY);

        assertThat(root).isEqualTo(List.of(1, 2));
    }

    @Test
    void aRawAnswerWithAJsonContentTypeAndNoBodyFails() {
        CalendlyApiException e = failureOf(raw, answer(200, JSON, ""), AnswerShape.ANY);

        assertThat(e.getMessage()).endsWith("answered HTTP 200 with an empty body, though its content type"
                                            + " application/json announces JSON");
    }

    @Test
    void aRawAnswerWithoutContentTypeOrBodyHasNoBody() {
        assertThat(raw.read(answer(200, Map.of(), ""), AnswerShape.ANY)).isNull();
    }

    @Test
    void aRawAnswerWithoutContentTypeMustBeJson() {
        assertThat(failureOf(raw, answer(200, Map.of(), "2 invitees deleted"), AnswerShape.ANY).getMessage())
                .contains("not valid JSON: 2 invitees deleted");
    }

    // ---- the path messages name ----

    @Test
    void aRequestBelowTheBaseUrlIsNamedByItsPath() {
        ResolvedRequest request = new ResolvedRequest(OperationRegistry.resolve("scheduledEvents", "get"), "GET",
                PATH, Map.of(), null);

        assertThat(failureOf(AnswerCheck.of(request, calendlyJson), answer(200, JSON, ""), AnswerShape.RESOURCE)
                .getPath()).isEqualTo(PATH);
    }

    @Test
    void aRawRequestToAFullUrlIsNamedByThePathOfThatUrl() {
        ResolvedRequest request = new ResolvedRequest(OperationRegistry.resolve("raw", "request"), "GET",
                "https://api.calendly.com/users/me?x=1", Map.of(), null);

        CalendlyApiException e = failureOf(AnswerCheck.of(request, calendlyJson), answer(200, JSON, "{"),
                AnswerShape.ANY);

        assertThat(e.getPath()).isEqualTo("/users/me");
        assertThat(e.getMessage()).contains("raw/request (GET /users/me) answered");
    }

    @Test
    void aRawRequestToSomethingThatIsNotAUrlIsNamedAsItWasGiven() {
        ResolvedRequest request = new ResolvedRequest(OperationRegistry.resolve("raw", "request"), "GET",
                "not a url", Map.of(), null);

        assertThat(failureOf(AnswerCheck.of(request, calendlyJson), answer(200, JSON, "{"), AnswerShape.ANY)
                .getPath()).isEqualTo("not a url");
    }
}
