package io.github.camelcalendly.health;

import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * The common part of the calendly component's health checks: an id, the group {@code camel}, an on/off switch (a
 * switched-off check answers UNKNOWN "Disabled", as Camel's own checks do) and readiness only: neither a refused
 * webhook registration nor a revoked token is mended by restarting the application.
 */
public abstract class CalendlyHealthCheck implements HealthCheck {

    private final String id;
    private volatile boolean enabled = true;

    protected CalendlyHealthCheck(String id) {
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getGroup() {
        return "camel";
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
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(CHECK_KIND, Kind.READINESS.name());
        if (!enabled) {
            builder.detail(CHECK_ENABLED, false);
            return builder.message("Disabled").unknown().build();
        }
        check(builder);
        return builder.build();
    }

    /** Sets the state, the message and the details; never a token or signing key. */
    protected abstract void check(HealthCheckResultBuilder builder);
}
