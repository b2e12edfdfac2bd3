package io.github.camelcalendly.operation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides whether text put into a request path stays where the operation meant it. An identifier must be one segment
 * naming one resource of its collection: {@code .} and {@code ..} name the collection or its parent instead, and a
 * slash, backslash, {@code ?} or {@code #} would end the segment, the path or the URL if anything between the route
 * and Calendly decoded it. Every percent-encoding is undone first, however often it was applied, since each server
 * on the way may decode once more.
 */
public final class PathSegments {

    private PathSegments() {
    }

    /**
     * Why {@code identifier} cannot be sent as one path segment naming a resource, or empty when it can.
     *
     * @param identifier a bare identifier, already taken out of a resource URI and trimmed
     */
    public static Optional<String> identifierProblem(String identifier) {
        String decoded = decodeFully(identifier);
        if (isDotSegment(decoded)) {
            return Optional.of("'.' and '..' name a path, not a resource");
        }
        for (char c : new char[] {'/', '\\', '?', '#'}) {
            if (decoded.indexOf(c) >= 0) {
                return Optional.of("an identifier holds no '/', '\\', '?' or '#' (as given or percent-encoded)");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a request path has a {@code .} or {@code ..} segment, as given or percent-encoded, separated by slashes
     * or backslashes.
     *
     * @param path the path alone, without query or fragment
     */
    public static boolean hasDotSegment(String path) {
        for (String segment : decodeFully(path).split("[/\\\\]", -1)) {
            if (isDotSegment(segment)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDotSegment(String segment) {
        return ".".equals(segment) || "..".equals(segment);
    }

    /** Undoes percent-encoding until none is left; a {@code %} not followed by two hex digits stays as it is. */
    static String decodeFully(String text) {
        String current = text;
        while (true) {
            String decoded = decodeOnce(current);
            if (decoded.equals(current)) {
                return current;
            }
            current = decoded;
        }
    }

    private static String decodeOnce(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < source.length; i++) {
            int high = i + 2 < source.length ? Character.digit(source[i + 1], 16) : -1;
            int low = i + 2 < source.length ? Character.digit(source[i + 2], 16) : -1;
            if (source[i] == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(source[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
