package io.github.camelcalendly.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.CalendlyConflictException;
import io.github.camelcalendly.CalendlyNotFoundException;
import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.client.CalendlyJson;
import io.github.camelcalendly.client.CollectionIterator;
import io.github.camelcalendly.client.CollectionPage;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.RequestResolver;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts exactly the right Calendly webhook subscriptions in place for a trigger's public URL, and removes them again.
 * For each subscription {@link SubscriptionPlan} calls for, it lists the existing ones of that organization and
 * scope (every page), looks only at those whose {@code callback_url} is the trigger's URL, keeps one that is active
 * with the same events, deletes the others (different events, disabled, or surplus) and creates one when none is
 * left. Subscriptions of other URLs are never touched. Requests go through the connection, with its rate limiter and
 * retries, built by the same resolver the producer uses.
 */
public final class WebhookRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistrar.class);

    private static final Operation LIST = OperationRegistry.resolve("webhookSubscriptions", "list");
    private static final Operation CREATE = OperationRegistry.resolve("webhookSubscriptions", "create");
    private static final Operation DELETE = OperationRegistry.resolve("webhookSubscriptions", "delete");

    private final CalendlyConnection connection;
    private final ObjectMapper mapper;
    private final RequestResolver resolver;

    public WebhookRegistrar(CalendlyConnection connection) {
        this(connection, CalendlyJson.newObjectMapper());
    }

    /** With the component's JSON mapper. */
    public WebhookRegistrar(CalendlyConnection connection, ObjectMapper mapper) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.resolver = new RequestResolver(mapper);
    }

    /**
     * Makes sure the subscriptions {@code wanted} needs exist, and only those, for its URL.
     *
     * @return the URIs of the subscriptions now in place for the URL, one per planned subscription
     * @throws WebhookRegistrationException when the URL is not deliverable (before any call), the events do not fit
     *                                      the scope, or Calendly refuses; the message says what to change
     */
    public List<String> register(WebhookRegistration wanted) {
        CallbackUrls.requireDeliverable(wanted.externalUrl());
        RegistrationFailures failures = new RegistrationFailures(wanted);
        SubscriptionPlan plan = call(failures, "look up the token's own user and organization",
                () -> SubscriptionPlan.of(wanted, connection::identity));
        List<String> uris = new ArrayList<>();
        for (SubscriptionPlan.Subscription subscription : plan.subscriptions()) {
            uris.add(ensure(wanted, subscription, failures));
        }
        return List.copyOf(uris);
    }

    /**
     * Deletes the given subscriptions; one already gone counts as deleted. Every one is attempted even when an
     * earlier one fails.
     *
     * @throws WebhookRegistrationException naming the subscriptions that could not be deleted
     */
    public void unregister(List<String> subscriptionUris) {
        List<String> failed = new ArrayList<>();
        RuntimeException first = null;
        for (String uri : subscriptionUris) {
            try {
                delete(uri);
                LOG.info("Deleted Calendly webhook subscription {}", uri);
            } catch (CalendlyApiException | UncheckedIOException e) {
                failed.add(uri + " (" + e.getMessage() + ")");
                first = first == null ? e : first;
            }
        }
        if (!failed.isEmpty()) {
            throw new WebhookRegistrationException("Could not delete the Calendly webhook subscription"
                    + (failed.size() > 1 ? "s " : " ") + String.join(", ", failed)
                    + ". Delete them with calendly:webhookSubscriptions?op=delete or in Calendly, or Calendly keeps"
                    + " delivering to them", first);
        }
    }

    private String ensure(WebhookRegistration wanted, SubscriptionPlan.Subscription planned,
            RegistrationFailures failures) {
        String step = "list the " + planned.scope() + "-scoped webhook subscriptions";
        List<Map<String, Object>> existing = call(failures, step, () -> existingFor(wanted.externalUrl(), planned));
        Map<String, Object> keep = firstMatching(existing, planned);
        for (Map<String, Object> other : existing) {
            if (other != keep) {
                String uri = String.valueOf(other.get("uri"));
                call(failures, "delete the outdated webhook subscription " + uri, () -> {
                    delete(uri);
                    return null;
                });
                LOG.info("Deleted Calendly webhook subscription {} for {} ({}, events {}): replaced by one with events"
                        + " {}", uri, CallbackUrls.printable(wanted.externalUrl()), other.get("state"),
                        other.get("events"), planned.events());
            }
        }
        if (keep != null) {
            LOG.info("Reusing Calendly webhook subscription {} for {} ({} scope, events {})", keep.get("uri"),
                    CallbackUrls.printable(wanted.externalUrl()), planned.scope(), planned.events());
            return String.valueOf(keep.get("uri"));
        }
        try {
            String uri = create(wanted, planned);
            LOG.info("Created Calendly webhook subscription {} for {} ({} scope, events {})", uri,
                    CallbackUrls.printable(wanted.externalUrl()), planned.scope(), planned.events());
            return uri;
        } catch (CalendlyConflictException e) {
            return reuseAfterConflict(wanted, planned, failures, e);
        } catch (CalendlyApiException e) {
            throw failures.translate("create the " + planned.scope() + "-scoped webhook subscription for events "
                    + String.join(", ", planned.events()), e);
        } catch (UncheckedIOException e) {
            throw unreachable(failures, "create the webhook subscription", e);
        }
    }

    /** Another process created a subscription for the URL between the listing and the create: use it if it fits. */
    private String reuseAfterConflict(WebhookRegistration wanted, SubscriptionPlan.Subscription planned,
            RegistrationFailures failures, CalendlyConflictException conflict) {
        List<Map<String, Object>> now = call(failures, "list the webhook subscriptions again after a conflict",
                () -> existingFor(wanted.externalUrl(), planned));
        Map<String, Object> keep = firstMatching(now, planned);
        if (keep != null) {
            LOG.info("Reusing Calendly webhook subscription {} for {}, created meanwhile by another process",
                    keep.get("uri"), CallbackUrls.printable(wanted.externalUrl()));
            return String.valueOf(keep.get("uri"));
        }
        throw new WebhookRegistrationException("Could not create the " + planned.scope() + "-scoped webhook"
                + " subscription for webhookExternalUrl " + CallbackUrls.printable(wanted.externalUrl())
                + ": Calendly reports one already exists (HTTP 409), but none for this URL is active with events "
                + String.join(", ", planned.events()) + ". Another process is probably registering the same URL with"
                + " other events; give each route its own webhookExternalUrl", conflict);
    }

    private List<Map<String, Object>> existingFor(String url, SubscriptionPlan.Subscription planned) {
        Map<String, Object> options = target(planned);
        ResolvedRequest request = resolver.resolve(LIST, options, null, connection.baseUrl(), connection::identity);
        List<Map<String, Object>> forUrl = new ArrayList<>();
        try {
            CollectionPage first = CollectionPage.read(request, connection.execute(request), mapper);
            // the producer's own paging, with its guard against a page token that comes back
            new CollectionIterator(connection, request, connection.retryOptions(), mapper, first, 0)
                    .forEachRemaining(item -> {
                        if (url.equals(item.get("callback_url"))) {
                            forUrl.add(item);
                        }
                    });
            return forUrl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String create(WebhookRegistration wanted, SubscriptionPlan.Subscription planned) {
        Map<String, Object> options = target(planned);
        options.put("url", wanted.externalUrl());
        options.put("events", planned.events());
        if (wanted.signingKey() != null) {
            options.put("signingKey", wanted.signingKey());
        }
        ResolvedRequest request = resolver.resolve(CREATE, options, null, connection.baseUrl(), connection::identity);
        try {
            Map<?, ?> created = mapper.readValue(connection.execute(request).body(), Map.class);
            Object resource = created.get("resource");
            Object uri = resource instanceof Map<?, ?> map ? map.get("uri") : null;
            if (uri == null) {
                throw new IllegalStateException("Calendly answered the webhook subscription create without a"
                        + " resource uri");
            }
            return uri.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String subscriptionUri) {
        ResolvedRequest request = resolver.resolve(DELETE, Map.of("uuid", subscriptionUri), null,
                connection.baseUrl(), connection::identity);
        try {
            connection.execute(request);
        } catch (CalendlyNotFoundException gone) {
            LOG.debug("Calendly webhook subscription {} was already deleted", subscriptionUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> target(SubscriptionPlan.Subscription planned) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("organization", planned.organization());
        options.put("scope", planned.scope());
        if (planned.user() != null) {
            options.put("user", planned.user());
        }
        if (planned.group() != null) {
            options.put("group", planned.group());
        }
        return options;
    }

    /** The first subscription that is active with exactly the planned events, in any order; null when none is. */
    private static Map<String, Object> firstMatching(List<Map<String, Object>> existing,
            SubscriptionPlan.Subscription planned) {
        for (Map<String, Object> subscription : existing) {
            boolean active = "active".equals(subscription.get("state"));
            Object events = subscription.get("events");
            if (active && events instanceof List<?> list
                    && new HashSet<>(list).equals(new HashSet<>(planned.events()))) {
                return subscription;
            }
        }
        return null;
    }

    private static <T> T call(RegistrationFailures failures, String step, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (CalendlyApiException e) {
            throw failures.translate(step, e);
        } catch (UncheckedIOException e) {
            throw unreachable(failures, step, e);
        }
    }

    private static WebhookRegistrationException unreachable(RegistrationFailures failures, String step,
            UncheckedIOException e) {
        return new WebhookRegistrationException("Could not " + step + " for webhookExternalUrl "
                + failures.printableUrl() + ": " + e.getCause().getMessage() + ". Check baseUrl and the network"
                + " between this route and Calendly", e);
    }
}
