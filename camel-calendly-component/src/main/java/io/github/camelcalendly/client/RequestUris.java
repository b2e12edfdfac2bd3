package io.github.camelcalendly.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.operation.ResolvedRequest;
import org.apache.hc.core5.net.URIBuilder;

/**
 * Turns a request into the URI it is sent to: a path below the connection's base URL (or a full URL, for raw
 * requests), with its query parameters appended, each name and value percent-encoded as UTF-8 except the unreserved
 * characters {@code A-Z a-z 0-9 - . _ ~}. The path is taken as the request resolver encoded it; nothing is decoded or
 * normalized, so an encoded {@code /} or dot stays encoded.
 * <p>
 * A path below a base URL without query or fragment, the usual request, is appended to the base URL as it is; any
 * other target (a full URL, a path that brings its own query) goes through {@link URIBuilder}, which merges queries.
 */
final class RequestUris {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String baseUrl;
    private final boolean baseTakesPaths;

    /** @param baseUrl the API base URL, without a trailing slash */
    RequestUris(String baseUrl) {
        this.baseUrl = baseUrl;
        this.baseTakesPaths = isPlainBase(baseUrl);
    }

    /** The URI {@code request} is sent to. */
    URI of(ResolvedRequest request) {
        String path = request.path();
        if (baseTakesPaths && path.startsWith("/") && path.indexOf('?') < 0 && path.indexOf('#') < 0) {
            StringBuilder target = new StringBuilder(baseUrl.length() + path.length() + 64).append(baseUrl).append(path);
            appendQuery(target, request.query());
            try {
                return new URI(target.toString());
            } catch (URISyntaxException e) {
                // told below as the builder tells it, naming the URL without its query
            }
        }
        return built(request);
    }

    private URI built(ResolvedRequest request) {
        String target = request.path().startsWith("/") ? baseUrl + request.path() : request.path();
        try {
            URIBuilder builder = new URIBuilder(target);
            for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
                for (String value : e.getValue()) {
                    builder.addParameter(e.getKey(), value);
                }
            }
            return builder.build();
        } catch (URISyntaxException e) {
            throw new CalendlyValidationException(request.operation().id(), null,
                    "Calendly " + request.operation().id() + " has an invalid request URL: " + e.getMessage());
        }
    }

    private static void appendQuery(StringBuilder target, Map<String, List<String>> query) {
        char separator = '?';
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            for (String value : e.getValue()) {
                target.append(separator);
                separator = '&';
                encode(target, e.getKey());
                if (value != null) {
                    target.append('=');
                    encode(target, value);
                }
            }
        }
    }

    private static void encode(StringBuilder target, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isUnreserved(text.charAt(i))) {
                encodeBytes(target, text.substring(i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            target.append(text.charAt(i));
        }
    }

    private static void encodeBytes(StringBuilder target, byte[] bytes) {
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c)) {
                target.append(c);
            } else {
                target.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
    }

    private static boolean isUnreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
               || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** A base URL with a scheme and host and neither query nor fragment, to which a path can simply be appended. */
    private static boolean isPlainBase(String baseUrl) {
        try {
            URI base = new URI(baseUrl);
            return base.getScheme() != null && base.getRawAuthority() != null && base.getRawQuery() == null
                   && base.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
