package io.github.camelcalendly.client;

import java.net.URI;

import io.github.camelcalendly.operation.Operation;

/**
 * One call on its way through a connection's {@link CallChain}: what to send, the deadline it must meet, and what the
 * steps add on the way (the attempt number, the bearer token). A retried call is the same object sent again.
 */
public final class HttpCall {

    private final Operation operation;
    private final String method;
    private final URI uri;
    private final byte[] body;
    private final Deadline deadline;
    private final RetryOptions retry;
    private int attempt = 1;
    private String bearerToken;
    private boolean formEncoded;
    private String basicCredentials;

    /**
     * @param operation the operation the call carries out, for retry decisions and messages
     * @param method    the HTTP method
     * @param uri       the full request URI
     * @param body      the JSON body, or null
     * @param deadline  when the whole call must be over
     * @param retry     how failed attempts are retried
     */
    public HttpCall(Operation operation, String method, URI uri, byte[] body, Deadline deadline, RetryOptions retry) {
        this.operation = operation;
        this.method = method;
        this.uri = uri;
        this.body = body;
        this.deadline = deadline;
        this.retry = retry;
    }

    public Operation operation() {
        return operation;
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    public byte[] body() {
        return body;
    }

    public Deadline deadline() {
        return deadline;
    }

    public RetryOptions retry() {
        return retry;
    }

    /** Which attempt this is, from 1. */
    public int attempt() {
        return attempt;
    }

    void nextAttempt() {
        attempt++;
    }

    /** The token the authentication step chose for this attempt; never logged. */
    public String bearerToken() {
        return bearerToken;
    }

    public void bearerToken(String token) {
        this.bearerToken = token;
    }

    /**
     * A form-encoded call to Calendly's OAuth server, authenticated with the client's HTTP Basic credentials when
     * {@code basicCredentials} is not null; never retried by the chain's steps on their own.
     *
     * @param form             the {@code application/x-www-form-urlencoded} body
     * @param basicCredentials {@code base64(client_id:client_secret)}, or null for a public client
     */
    public static HttpCall oauthForm(Operation operation, URI uri, byte[] form, Deadline deadline,
            String basicCredentials) {
        HttpCall call = new HttpCall(operation, "POST", uri, form, deadline, RetryOptions.NONE);
        call.formEncoded = true;
        call.basicCredentials = basicCredentials;
        return call;
    }

    /** Whether the body is a form ({@code application/x-www-form-urlencoded}) rather than JSON. */
    public boolean formEncoded() {
        return formEncoded;
    }

    /** The client's HTTP Basic credentials of an OAuth call, or null; never logged. */
    public String basicCredentials() {
        return basicCredentials;
    }

    /** How the call names itself in messages: operation, method and path, never the query or a token. */
    public String describe() {
        return "Calendly " + operation.id() + " (" + method + " " + uri.getRawPath() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
