package io.github.camelcalendly.sandbox.http;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;

/**
 * An error answer in Calendly's shape: {@code title}, {@code message} and optional {@code details}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Detail> details;
    private final List<String> requiredScopes;

    public ApiException(int status, String title, String message) {
        this(status, title, message, List.of(), List.of());
    }

    public ApiException(int status, String title, String message, List<Detail> details, List<String> requiredScopes) {
        super(message);
        this.status = status;
        this.title = title;
        this.details = List.copyOf(details);
        this.requiredScopes = List.copyOf(requiredScopes);
    }

    /** A 400 naming the parameter that was wrong. */
    public static ApiException invalidArgument(String parameter, String message) {
        return new ApiException(400, "Invalid Argument", "The supplied parameters are invalid.",
                List.of(new Detail(parameter, message)), List.of());
    }

    public static ApiException notFound() {
        return new ApiException(404, "Resource Not Found", "The server could not find the requested resource.");
    }

    public static ApiException permissionDenied(String message) {
        return new ApiException(403, "Permission Denied", message);
    }

    public static ApiException alreadyExists(String message) {
        return new ApiException(409, "Already Exists", message);
    }

    public static ApiException insufficientScope(List<String> requiredScopes) {
        return new ApiException(403, "Insufficient scope",
                "This request requires the following scopes: " + String.join(", ", requiredScopes), List.of(),
                requiredScopes);
    }

    public static ApiException unauthenticated(String message) {
        return new ApiException(401, "Unauthenticated", message);
    }

    public static ApiException notModelled(String method, String path) {
        return new ApiException(501, "Not Implemented",
                "The Calendly sandbox does not model " + method + " " + path
                        + "; stub it on the sandbox's WireMock server if a test needs it.");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Detail> details() {
        return details;
    }

    public List<String> requiredScopes() {
        return requiredScopes;
    }

    /** The error body Calendly sends. */
    public ObjectNode toJson() {
        ObjectNode body = Json.object();
        body.put("title", title);
        body.put("message", getMessage());
        if (!details.isEmpty()) {
            ArrayNode array = body.putArray("details");
            for (Detail detail : details) {
                ObjectNode node = array.addObject();
                if (detail.parameter() != null) {
                    node.put("parameter", detail.parameter());
                }
                node.put("message", detail.message());
            }
        }
        if (!requiredScopes.isEmpty()) {
            ArrayNode scopes = body.putArray("required_scopes");
            requiredScopes.forEach(scopes::add);
        }
        return body;
    }

    /** One entry of {@code details}. */
    public record Detail(String parameter, String message) {
    }
}
