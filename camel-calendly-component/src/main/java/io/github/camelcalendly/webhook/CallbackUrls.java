package io.github.camelcalendly.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks a webhook URL before anything is sent to Calendly, and prints one without its query string (which may carry
 * a secret of the receiving side).
 */
final class CallbackUrls {

    private CallbackUrls() {
    }

    /**
     * Requires an absolute HTTPS URL with a host; plain HTTP only for {@code localhost} and {@code 127.0.0.1}, which
     * is useful for local tests against a fake Calendly.
     */
    static void requireDeliverable(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused(url, "is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || host.isEmpty()) {
            throw refused(url, "is not an absolute URL with a host");
        }
        if ("https".equals(scheme)) {
            return;
        }
        boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host);
        if ("http".equals(scheme) && loopback) {
            return;
        }
        throw refused(url, "http".equals(scheme) ? "uses plain HTTP, which Calendly does not deliver to"
                : "uses scheme '" + scheme + "'");
    }

    private static WebhookRegistrationException refused(String url, String problem) {
        return new WebhookRegistrationException("webhookExternalUrl " + printable(url) + " " + problem
                + ": set webhookExternalUrl to the public HTTPS URL Calendly can reach (the route's webhookPath"
                + " behind your ingress or tunnel); plain HTTP is accepted only for localhost and 127.0.0.1");
    }

    /** The URL without query string and fragment, for messages and logs. */
    static String printable(String url) {
        int cut = url.length();
        for (char c : new char[] { '?', '#' }) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return cut == url.length() ? url : url.substring(0, cut) + "?...";
    }
}
