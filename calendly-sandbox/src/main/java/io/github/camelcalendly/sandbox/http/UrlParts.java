package io.github.camelcalendly.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request URL split into its decoded path and its decoded query (or form) parameters.
 */
public record UrlParts(String path, Map<String, List<String>> query) {

    public static UrlParts parse(String url) {
        int mark = url.indexOf('?');
        String rawPath = mark < 0 ? url : url.substring(0, mark);
        String rawQuery = mark < 0 ? "" : url.substring(mark + 1);
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new UrlParts(path, decodeForm(rawQuery));
    }

    /** Decodes {@code a=1&b=2&a=3} (a query string or an {@code application/x-www-form-urlencoded} body). */
    public static Map<String, List<String>> decodeForm(String encoded) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }
}
