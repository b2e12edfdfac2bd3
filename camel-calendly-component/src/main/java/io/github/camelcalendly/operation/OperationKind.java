package io.github.camelcalendly.operation;

/**
 * How an operation is carried out.
 */
public enum OperationKind {
    /** One Calendly REST call described entirely by the registry. */
    HTTP,
    /** Builds a prefilled booking link locally; no HTTP call. */
    PREFILL_URL,
    /** Any method and path on the API host, chosen by the route. */
    RAW,
    /** An OAuth action on the authorization server (authorize URL, code exchange, refresh, revoke, introspect). */
    OAUTH,
    /** A route trigger: registers a webhook subscription and receives its signed deliveries; no producer. */
    WEBHOOK_TRIGGER
}
