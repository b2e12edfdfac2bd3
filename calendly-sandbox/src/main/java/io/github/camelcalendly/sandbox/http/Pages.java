package io.github.camelcalendly.sandbox.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;

/**
 * Calendly's cursor pagination over an already filtered and sorted list: {@code count} (1..max, default 20),
 * an opaque {@code page_token}, and a {@code pagination} block with {@code next_page}/{@code previous_page} URLs and
 * tokens.
 */
public final class Pages {

    private static final String TOKEN_PREFIX = "sandbox-page:";

    private final String baseUrl;

    public Pages(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One page of {@code items} as Calendly's {@code {"collection": [...], "pagination": {...}}}. */
    public ApiResponse page(ApiRequest request, List<? extends JsonNode> items) {
        return page(request, items, 100);
    }

    /** As {@link #page(ApiRequest, List)}, for endpoints whose {@code count} goes up to {@code maxCount}. */
    public ApiResponse page(ApiRequest request, List<? extends JsonNode> items, int maxCount) {
        int count = count(request, maxCount);
        int offset = request.query("page_token").map(Pages::decode).orElse(0);
        if (offset > items.size()) {
            throw ApiException.invalidArgument("page_token", "is not a valid page token for this list");
        }
        int end = Math.min(items.size(), offset + count);
        ObjectNode body = Json.object();
        ArrayNode collection = body.putArray("collection");
        items.subList(offset, end).forEach(collection::add);
        ObjectNode pagination = body.putObject("pagination");
        pagination.put("count", end - offset);
        String next = end < items.size() ? encode(end) : null;
        String previous = offset > 0 ? encode(Math.max(0, offset - count)) : null;
        putLink(pagination, "next_page", request, next);
        putLink(pagination, "previous_page", request, previous);
        putText(pagination, "next_page_token", next);
        putText(pagination, "previous_page_token", previous);
        return ApiResponse.of(200, body);
    }

    /** A list Calendly does not paginate: the whole collection and {@code pagination.count} only. */
    public static ApiResponse unpaged(List<? extends JsonNode> items) {
        ObjectNode body = Json.object();
        ArrayNode collection = body.putArray("collection");
        items.forEach(collection::add);
        return ApiResponse.of(200, body);
    }

    private static int count(ApiRequest request, int maxCount) {
        String text = request.query("count").orElse("20");
        int count;
        try {
            count = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.invalidArgument("count", "must be a whole number between 1 and " + maxCount);
        }
        if (count < 1 || count > maxCount) {
            throw ApiException.invalidArgument("count", "must be between 1 and " + maxCount);
        }
        return count;
    }

    private void putLink(ObjectNode pagination, String field, ApiRequest request, String token) {
        if (token == null) {
            pagination.putNull(field);
            return;
        }
        String query = request.query().entrySet().stream()
                .filter(entry -> !entry.getKey().equals("page_token"))
                .flatMap(entry -> entry.getValue().stream().map(value -> Map.entry(entry.getKey(), value)))
                .map(entry -> encodeParam(entry.getKey()) + "=" + encodeParam(entry.getValue()))
                .collect(Collectors.joining("&"));
        String separator = query.isEmpty() ? "" : "&";
        pagination.put(field, baseUrl + request.path() + "?" + query + separator + "page_token=" + token);
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static String encodeParam(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith(TOKEN_PREFIX)) {
                throw new IllegalArgumentException("not a sandbox token");
            }
            int offset = Integer.parseInt(text.substring(TOKEN_PREFIX.length()));
            if (offset < 0) {
                throw new IllegalArgumentException("negative offset");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidArgument("page_token", "is not a valid page token for this list");
        }
    }
}
