package io.github.camelcalendly.operation;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.github.camelcalendly.CalendlyValidationException;

/**
 * The local action {@code schedulingLinks/prefillUrl}: adds invitee details, answers, UTM tracking and the month or
 * day to open on to a scheduling or booking URL, each value URL-encoded. Makes no HTTP call.
 */
public final class PrefillUrlBuilder {

    private final ValueConverter converter;

    public PrefillUrlBuilder(ValueConverter converter) {
        this.converter = converter;
    }

    /** Builds the link from the option values (keyed by option name). */
    public String build(Operation op, Map<String, Object> values) {
        Parameter urlParam = op.parameter("url").orElseThrow();
        Object url = values.get("url");
        if (url == null) {
            throw new CalendlyValidationException(op.id(), "url", "Missing required option 'url' for operation "
                    + op.id() + " (the scheduling or booking link to prefill)");
        }
        String base = validBase(op, String.valueOf(url).trim());
        StringBuilder link = new StringBuilder(base);
        char separator = base.contains("?") ? '&' : '?';
        for (Parameter p : op.parameters()) {
            Object value = values.get(p.name());
            if (p == urlParam || value == null) {
                continue;
            }
            String text = wireText(op, p, value);
            if (text == null) {
                continue;
            }
            link.append(separator).append(p.apiName()).append('=').append(encode(text));
            separator = '&';
        }
        return link.toString();
    }

    private String wireText(Operation op, Parameter p, Object value) {
        if ("month".equals(p.name())) {
            String month = value instanceof YearMonth ym ? ym.toString() : String.valueOf(value).trim();
            try {
                return YearMonth.parse(month).toString();
            } catch (DateTimeParseException e) {
                throw ValueConverter.invalid(op, p, "must be a month as yyyy-MM, got '" + month + "'");
            }
        }
        Object converted = converter.convert(op, p, value, "");
        if (converted instanceof Boolean flag) {
            return flag ? "1" : null;
        }
        return String.valueOf(converted);
    }

    private static String validBase(Operation op, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new URISyntaxException(url, "not an absolute http(s) URL");
            }
            if (uri.getRawFragment() != null) {
                return url.substring(0, url.indexOf('#'));
            }
            return url;
        } catch (URISyntaxException e) {
            throw new CalendlyValidationException(op.id(), "url", "Option 'url' of " + op.id()
                    + " must be an absolute https URL of a Calendly scheduling or booking page, got '" + url + "'");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
