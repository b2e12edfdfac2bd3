package io.github.camelcalendly.operation;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts between the two ways Calendly resources are named: a bare UUID and a full resource URI.
 */
public final class ResourceIdentifiers {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private ResourceIdentifiers() {
    }

    public static boolean isUri(String value) {
        return value.contains("://");
    }

    /** The identifier for a path segment: a UUID as given, or the last segment of a resource URI. */
    public static String toPathId(String value) {
        String trimmed = value.trim();
        if (isUri(trimmed) || trimmed.startsWith("/")) {
            String path = pathOf(trimmed);
            String[] segments = path.split("/");
            for (int i = segments.length - 1; i >= 0; i--) {
                if (!segments[i].isEmpty()) {
                    return segments[i];
                }
            }
            return "";
        }
        return trimmed;
    }

    /** The full URI Calendly expects for a reference: a URI as given, or {@code base/collection/uuid}. */
    public static String toReferenceUri(String baseUrl, String collection, String value) {
        String trimmed = value.trim();
        if (isUri(trimmed) || collection == null) {
            return trimmed;
        }
        return stripTrailingSlash(baseUrl) + "/" + collection + "/" + encodeSegment(trimmed);
    }

    /** Percent-encodes one path segment. */
    public static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /** The names of the placeholders of a path template, in order. */
    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Reads the path identifiers out of a resource URI by matching it against a path template. Literal segments after
     * the last placeholder are optional, so the URI of a scheduled event matches
     * {@code /scheduled_events/{uuid}/cancellation}.
     */
    public static Optional<Map<String, String>> matchTemplate(String template, String resourceUri) {
        List<String> names = placeholders(template);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        int lastEnd = template.lastIndexOf('}') + 1;
        String head = template.substring(0, lastEnd);
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(head);
        int pos = 0;
        while (m.find()) {
            regex.append(Pattern.quote(head.substring(pos, m.start()))).append("([^/]+)");
            pos = m.end();
        }
        regex.append("(?:").append(Pattern.quote(template.substring(lastEnd))).append(")?/?");
        Matcher uriMatcher = Pattern.compile(".*?" + regex).matcher(pathOf(resourceUri.trim()));
        if (!uriMatcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), uriMatcher.group(i + 1));
        }
        return Optional.of(values);
    }

    private static String pathOf(String value) {
        if (!isUri(value)) {
            return value;
        }
        try {
            String path = new URI(value).getRawPath();
            return path == null ? "" : path;
        } catch (URISyntaxException e) {
            int start = value.indexOf('/', value.indexOf("://") + 3);
            return start < 0 ? "" : value.substring(start);
        }
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
