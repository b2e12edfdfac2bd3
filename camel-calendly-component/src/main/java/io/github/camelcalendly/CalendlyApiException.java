package io.github.camelcalendly;

import java.util.List;
import java.util.Map;

/**
 * Calendly answered a request with an error. Carries what Calendly said (title, message, details, required scopes)
 * and which operation failed. Never carries a token or key.
 */
public class CalendlyApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One entry of Calendly's {@code details} array. */
    public record Detail(String parameter, String message, String code) implements java.io.Serializable {
    }

    private final int statusCode;
    private final String title;
    private final String apiMessage;
    private final List<Detail> details;
    private final List<String> requiredScopes;
    private final String operation;
    private final String method;
    private final String path;
    private final boolean retried;
    private final Map<String, String> responseHeaders;

    public CalendlyApiException(String message, ErrorInfo info) {
        super(message);
        this.statusCode = info.statusCode();
        this.title = info.title();
        this.apiMessage = info.apiMessage();
        this.details = List.copyOf(info.details());
        this.requiredScopes = List.copyOf(info.requiredScopes());
        this.operation = info.operation();
        this.method = info.method();
        this.path = info.path();
        this.retried = info.retried();
        this.responseHeaders = Map.copyOf(info.responseHeaders());
    }

    /**
     * What is known about a failed call.
     *
     * @param statusCode      the HTTP status
     * @param title           Calendly's {@code title} (or OAuth {@code error}), null when the body had none
     * @param apiMessage      Calendly's {@code message} (or OAuth {@code error_description})
     * @param details         Calendly's {@code details}
     * @param requiredScopes  Calendly's {@code required_scopes} on 403
     * @param operation       the operation as {@code resource/op}
     * @param method          the HTTP method
     * @param path            the request path, without query string
     * @param retried         whether the call was attempted more than once
     * @param responseHeaders the rate-limit and retry headers of the response
     */
    public record ErrorInfo(
            int statusCode, String title, String apiMessage, List<Detail> details, List<String> requiredScopes,
            String operation, String method, String path, boolean retried, Map<String, String> responseHeaders) {
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getTitle() {
        return title;
    }

    /** The {@code message} Calendly sent, without the context this exception adds. */
    public String getApiMessage() {
        return apiMessage;
    }

    public List<Detail> getDetails() {
        return details;
    }

    public List<String> getRequiredScopes() {
        return requiredScopes;
    }

    /** The operation as {@code resource/op}. */
    public String getOperation() {
        return operation;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    public boolean isRetried() {
        return retried;
    }

    /** Rate-limit and retry headers of the failed response. */
    public Map<String, String> getResponseHeaders() {
        return responseHeaders;
    }
}
