package io.github.camelcalendly.polling;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Runs an action when the CamelContext begins to stop, before Camel stops any route.
 * <p>
 * A polling consumer wrapped by camel-master needs it: when its route stops, camel-master stops the route's
 * processors first and the wrapped consumer after, so an item still in the route would fail halfway and be emitted
 * again by the next leader. Told of the context's stop first, the consumer ends its batch after the item in progress
 * and records it while the route can still process it to its end.
 */
final class ContextStoppingListener extends EventNotifierSupport {

    private final CamelContext camelContext;
    private final Runnable action;

    ContextStoppingListener(CamelContext camelContext, Runnable action) {
        this.camelContext = camelContext;
        this.action = action;
        setIgnoreExchangeEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event.getType() == CamelEvent.Type.CamelContextStopping;
    }

    @Override
    public void notify(CamelEvent event) {
        action.run();
    }

    /** Starts listening. */
    void register() {
        ServiceHelper.startService(this);
        camelContext.getManagementStrategy().addEventNotifier(this);
    }

    /** Stops listening. */
    void unregister() {
        camelContext.getManagementStrategy().removeEventNotifier(this);
        ServiceHelper.stopService(this);
    }
}
