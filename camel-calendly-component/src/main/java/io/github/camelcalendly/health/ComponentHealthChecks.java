package io.github.camelcalendly.health;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.health.HealthCheck;

/**
 * The health checks of one calendly component, kept in a {@link CalendlyHealthCheckRepository} named after the
 * component and listed in its CamelContext's health-check registry when the first check is added (the component
 * knows neither its name nor its context when it is constructed).
 */
public final class ComponentHealthChecks {

    private final Component component;
    private volatile CalendlyHealthCheckRepository repository;

    /** @param component the component whose checks these are */
    public ComponentHealthChecks(Component component) {
        this.component = component;
    }

    /**
     * Reports {@code check} until it is removed.
     *
     * @param check   the check
     * @param enabled false to keep it listed but answering UNKNOWN "Disabled"
     * @return the check
     */
    public HealthCheck add(CalendlyHealthCheck check, boolean enabled) {
        check.setEnabled(enabled);
        CalendlyHealthCheckRepository checks = repository();
        checks.addHealthCheck(check);
        checks.publishIn(component.getCamelContext());
        return check;
    }

    /** Stops reporting {@code check}. */
    public void remove(HealthCheck check) {
        repository().removeHealthCheck(check);
    }

    /** Takes every check out of the registry, when the component stops. */
    public void clear() {
        CalendlyHealthCheckRepository checks = repository;
        if (checks != null) {
            checks.withdraw();
            checks.clear();
        }
    }

    private CalendlyHealthCheckRepository repository() {
        CalendlyHealthCheckRepository checks = repository;
        if (checks == null) {
            synchronized (this) {
                if (repository == null) {
                    repository = new CalendlyHealthCheckRepository(nameInContext());
                }
                checks = repository;
            }
        }
        return checks;
    }

    /** The name the component is registered under, normally calendly. */
    private String nameInContext() {
        CamelContext context = component.getCamelContext();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) == component) {
                return name;
            }
        }
        return "calendly";
    }
}
