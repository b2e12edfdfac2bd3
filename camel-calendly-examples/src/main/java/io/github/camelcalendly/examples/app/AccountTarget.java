package io.github.camelcalendly.examples.app;

/**
 * A Calendly account reached with its access token: Calendly itself, or whatever {@code CALENDLY_BASE_URL} names.
 */
public final class AccountTarget implements CalendlyTarget {

    private final String baseUrl;
    private final String token;

    public AccountTarget(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public String description() {
        return "the Calendly account of CALENDLY_ACCESS_TOKEN at " + baseUrl;
    }

    @Override
    public void close() {
        // nothing was started for it
    }
}
