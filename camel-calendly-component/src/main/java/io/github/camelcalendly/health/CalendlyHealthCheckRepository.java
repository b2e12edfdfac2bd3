package io.github.camelcalendly.health;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health checks of one calendly component (its connections and webhook triggers), listed in the CamelContext's
 * health-check registry, from where {@code camel health}, Spring Boot's actuator and Quarkus' health endpoints read
 * them. Without camel-health on the classpath there is no registry and the checks are kept but shown nowhere.
 * A check replaces an earlier one with the same id.
 */
public final class CalendlyHealthCheckRepository implements WritableHealthCheckRepository {

    private static final Logger LOG = LoggerFactory.getLogger(CalendlyHealthCheckRepository.class);

    private final String id;
    private final Map<String, HealthCheck> checks = new ConcurrentSkipListMap<>();
    private volatile boolean enabled = true;
    private volatile HealthCheckRegistry registry;

    /** @param id the repository's id in the registry: the component's name */
    public CalendlyHealthCheckRepository(String id) {
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Stream<HealthCheck> stream() {
        return enabled ? checks.values().stream() : Stream.empty();
    }

    @Override
    public void addHealthCheck(HealthCheck healthCheck) {
        checks.put(healthCheck.getId(), healthCheck);
    }

    @Override
    public void removeHealthCheck(HealthCheck healthCheck) {
        checks.remove(healthCheck.getId(), healthCheck);
    }

    /** Removes every check. */
    public void clear() {
        checks.clear();
    }

    /** Lists this repository in the context's health-check registry, once; does nothing without one. */
    public synchronized void publishIn(CamelContext context) {
        HealthCheckRegistry found = HealthCheckRegistry.get(context);
        if (found != null && registry != found) {
            if (!found.register(this)) {
                LOG.warn("The health checks of Calendly component {} are not shown: the health-check registry already"
                         + " holds another repository with that id", id);
            }
            registry = found;
        }
    }

    /** Takes this repository out of the registry it was listed in. */
    public synchronized void withdraw() {
        if (registry != null) {
            registry.unregister(this);
            registry = null;
        }
    }
}
