package io.github.camelcalendly.sandbox.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Hands every event the sandbox raises to its listeners (the webhook dispatcher among them), and keeps the history.
 */
public final class EventBus {

    private final List<Consumer<CalendlyEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<CalendlyEvent> published = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<CalendlyEvent> listener) {
        listeners.add(listener);
    }

    public void publish(CalendlyEvent event) {
        published.add(event);
        for (Consumer<CalendlyEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    /** Every event raised so far, oldest first. */
    public List<CalendlyEvent> published() {
        return List.copyOf(published);
    }
}
