package io.github.camelcalendly.catalog.kamelet;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The properties every Calendly Kamelet takes for its connection: a personal access token, or an OAuth app's client
 * and refresh token, and the hosts to call. Each is optional in the template, so that a Kamelet left without them
 * uses what the calendly component is configured with ({@code camel.component.calendly.*}).
 */
final class ConnectionProperties {

    /** The component's connection options the Kamelets expose, in the order the definitions list them. */
    static final List<String> OPTIONS =
            List.of("accessToken", "clientId", "clientSecret", "refreshToken", "connectionId", "baseUrl", "authBaseUrl");

    /** How the component JSON starts the sentence on an endpoint that leaves a connection option unset. */
    private static final String ENDPOINT_FALLBACK = "An endpoint that sets none uses the component's";

    private ConnectionProperties() {
    }

    /**
     * The connection properties as the component JSON describes them, saying that the component's setting applies
     * when one is left unset. A base URL's default is not made the property's default, which would override the
     * component's setting: it is given as the example and named in the description.
     */
    static List<KameletProperty> of(ObjectNode componentJson) {
        return OPTIONS.stream().map(name -> {
            ComponentOption option = ComponentOption.of(componentJson, name);
            String description = withoutEndpointFallback(option.description())
                    + " Left unset, the calendly component's " + name + " applies";
            KameletProperty property = KameletProperty.of(option);
            if (option.defaultValue() == null) {
                return property.withDescription(description + ".");
            }
            String fallback = option.defaultValue().asText();
            return property.withDefault(null).withExample(fallback)
                    .withDescription(description + " (by default " + fallback + ").");
        }).toList();
    }

    /** The description without the sentence on how an endpoint falls back to the component, which it restates. */
    private static String withoutEndpointFallback(String description) {
        int fallback = description.indexOf(ENDPOINT_FALLBACK);
        return fallback < 0 ? description : description.substring(0, fallback).stripTrailing();
    }
}
