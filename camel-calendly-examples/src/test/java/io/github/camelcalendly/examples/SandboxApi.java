package io.github.camelcalendly.examples;

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
 * Reads the sandbox's state over its HTTP API, as Calendly's own UI would show it: what the scenario booked and
 * cancelled, and which webhook subscriptions exist. Written independently of the code under test.
 */
public final class SandboxApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final CalendlySandbox sandbox;
    private final String token;

    public SandboxApi(CalendlySandbox sandbox) {
        this.sandbox = sandbox;
        this.token = sandbox.issueToken();
    }

    /** GETs a path (or a full URI on the sandbox) and returns the JSON answer; anything but 200 fails the test. */
    public JsonNode get(String pathOrUri) {
        String uri = pathOrUri.startsWith("http") ? pathOrUri : sandbox.baseUrl() + pathOrUri;
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The owner's webhook subscriptions of scope user. */
    public JsonNode userSubscriptions() {
        return get("/webhook_subscriptions?organization=" + sandbox.seeded().organization() + "&user="
                + sandbox.seeded().owner() + "&scope=user").path("collection");
    }
}
