package io.github.camelcalendly.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.github.camelcalendly.sandbox.state.Json;

/**
 * A plain HTTP client for the sandbox's own tests: it sends exactly what a test says and hands back status,
 * headers and parsed JSON, with no knowledge of the camel component.
 */
public final class SandboxClient {

    /** HTTP/1.1 as Calendly's clients speak it: no cleartext HTTP/2 upgrade attempt on every new connection. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;
    private final String token;

    public SandboxClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public SandboxClient as(String otherToken) {
        return new SandboxClient(baseUrl, otherToken);
    }

    public Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    public Reply delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply patch(String path, String json) {
        return send("PATCH", path, json);
    }

    /** Sends a request; {@code pathAndQuery} may also be a full URL (as in {@code next_page}). */
    public Reply send(String method, String pathAndQuery, String json) {
        String url = pathAndQuery.startsWith("http") ? pathAndQuery : baseUrl + pathAndQuery;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
            builder.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(builder.build());
    }

    /** Posts an {@code application/x-www-form-urlencoded} body (the OAuth endpoints). */
    public Reply postForm(String url, String form, String basicAuthorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (basicAuthorization != null) {
            builder.header("Authorization", "Basic " + basicAuthorization);
        }
        return send(builder.build());
    }

    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and the body parsed as JSON (missing when empty). */
    public record Reply(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text() {
            return raw.body();
        }

        public JsonNode json() {
            String body = raw.body();
            if (body == null || body.isEmpty()) {
                return MissingNode.getInstance();
            }
            return Json.parse(body.getBytes(StandardCharsets.UTF_8));
        }

        /** {@code json().get("resource")}. */
        public JsonNode resource() {
            return json().path("resource");
        }

        /** {@code json().get("collection")}. */
        public JsonNode collection() {
            return json().path("collection");
        }

        @Override
        public String toString() {
            return status() + " " + raw.body();
        }
    }
}
