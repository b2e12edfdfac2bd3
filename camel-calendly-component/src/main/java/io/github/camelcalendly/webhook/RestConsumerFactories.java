package io.github.camelcalendly.webhook;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.RestConfiguration;
import org.apache.camel.spi.RestConsumerFactory;

/**
 * Finds the HTTP server that serves the webhook path: the component named by httpServerComponent; when that one is
 * not available (not on the classpath), the component of the rest configuration, else the only RestConsumerFactory
 * there is. It fails with a message saying what to add or set when there is none, or several to choose from.
 */
public final class RestConsumerFactories {

    private RestConsumerFactories() {
    }

    /** The factory to mount the webhook path with. */
    public static RestConsumerFactory resolve(CamelContext context, String httpServerComponent) {
        if (httpServerComponent != null && !httpServerComponent.isBlank()) {
            Component named = context.getComponent(httpServerComponent, true);
            if (named != null) {
                if (named instanceof RestConsumerFactory factory) {
                    return factory;
                }
                throw new IllegalArgumentException("httpServerComponent " + httpServerComponent + " cannot serve the"
                        + " webhook path: it is not an HTTP server component (a RestConsumerFactory)");
            }
        }
        RestConfiguration rest = context.getRestConfiguration();
        String restComponent = rest != null ? rest.getComponent() : null;
        if (restComponent != null && context.getComponent(restComponent, true) instanceof RestConsumerFactory factory) {
            return factory;
        }
        Set<RestConsumerFactory> found = new LinkedHashSet<>();
        for (String name : context.getComponentNames()) {
            if (context.getComponent(name, false) instanceof RestConsumerFactory factory) {
                found.add(factory);
            }
        }
        found.addAll(context.getRegistry().findByType(RestConsumerFactory.class));
        if (found.size() == 1) {
            return found.iterator().next();
        }
        String missing = httpServerComponent == null || httpServerComponent.isBlank() ? "No HTTP server component"
                : "The HTTP server component " + httpServerComponent + " is not available";
        throw new IllegalStateException(missing + (found.isEmpty() ? "" : " and " + found.size()
                + " others were found") + ": calendly:webhook needs one to serve its path. Add camel-platform-http"
                + " (with camel-platform-http-vertx or your runtime's server), or name a RestConsumerFactory"
                + " component in httpServerComponent");
    }
}
