package io.github.camelcalendly.catalog.kamelet;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The icon tools show for the Calendly Kamelets: a calendar page with a check mark, drawn for this project, as a
 * {@code data:} URI.
 */
final class KameletIcon {

    /** The icon's SVG source. */
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
            + "<rect x=\"6\" y=\"10\" width=\"52\" height=\"48\" rx=\"8\" fill=\"#0f766e\"/>"
            + "<path d=\"M6 18a8 8 0 0 1 8-8h36a8 8 0 0 1 8 8v6H6z\" fill=\"#134e4a\"/>"
            + "<rect x=\"16\" y=\"4\" width=\"6\" height=\"14\" rx=\"3\" fill=\"#f59e0b\"/>"
            + "<rect x=\"42\" y=\"4\" width=\"6\" height=\"14\" rx=\"3\" fill=\"#f59e0b\"/>"
            + "<path d=\"M20 41l8 8 16-17\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"5\""
            + " stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
            + "</svg>";

    private KameletIcon() {
    }

    /** The icon as the annotation {@code camel.apache.org/kamelet.icon} takes it. */
    static String dataUri() {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(SVG.getBytes(StandardCharsets.UTF_8));
    }
}
