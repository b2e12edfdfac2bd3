package io.github.camelcalendly.operation;

/**
 * Who a connection belongs to: the user and organization URIs Calendly reports for its token.
 *
 * @param userUri         the user's URI
 * @param organizationUri the user's current organization URI
 */
public record ConnectionIdentity(String userUri, String organizationUri) {

    public String uriOf(String parameter) {
        return "user".equals(parameter) ? userUri : organizationUri;
    }
}
