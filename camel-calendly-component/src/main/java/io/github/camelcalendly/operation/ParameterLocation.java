package io.github.camelcalendly.operation;

/**
 * Where a Calendly request carries a parameter.
 */
public enum ParameterLocation {
    /** A segment of the request path, such as the UUID in {@code /scheduled_events/{uuid}}. */
    PATH,
    /** A query-string parameter. */
    QUERY,
    /** A field of the JSON request body (or, for local actions, an input of the action). */
    BODY
}
