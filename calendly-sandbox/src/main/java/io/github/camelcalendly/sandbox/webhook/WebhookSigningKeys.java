package io.github.camelcalendly.sandbox.webhook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signing keys subscriptions were created with, by subscription URI, kept beside the subscription JSON (which
 * never shows them). One table per running sandbox ({@code SandboxContext.webhookSigningKeys()}), shared by the
 * subscriptions API and the dispatcher.
 */
public final class WebhookSigningKeys {

    private final Map<String, String> keys = new ConcurrentHashMap<>();


    public void put(String subscriptionUri, String key) {
        keys.put(subscriptionUri, key);
    }

    /** The key a subscription was created with, if it was given one. */
    public Optional<String> find(String subscriptionUri) {
        return Optional.ofNullable(keys.get(subscriptionUri));
    }

    public void remove(String subscriptionUri) {
        keys.remove(subscriptionUri);
    }

    @Override
    public String toString() {
        return "WebhookSigningKeys[" + keys.size() + " subscriptions]";
    }
}
