package io.github.camelcalendly.catalog.kamelet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.sandbox.CalendlySandbox;

/**
 * Reads what the sandbox holds over its HTTP API, as the token's user, independently of the component under test.
 */
final class SandboxApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final CalendlySandbox sandbox;
    private final String token;

    SandboxApi(CalendlySandbox sandbox, String token) {
        this.sandbox = sandbox;
        this.token = token;
    }

    /** DELETE {@code uri}, a resource URI of the sandbox; fails unless it answers 204. */
    void delete(String uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new AssertionError("DELETE " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** GET {@code pathAndQuery} (or a full URI on the sandbox) and the JSON answer; fails unless it is 200. */
    JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        String url = pathAndQuery.startsWith("http") ? pathAndQuery : sandbox.baseUrl() + pathAndQuery;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
