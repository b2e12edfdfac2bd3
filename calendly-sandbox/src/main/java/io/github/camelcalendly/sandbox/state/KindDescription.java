package io.github.camelcalendly.sandbox.state;

/**
 * Calendly's {@code kind_description} of an event type: the formatted kind its scheduling page shows. Pooling
 * decides first (a {@code round_robin} event type is "Round Robin" and a {@code collective} one "Collective", as in
 * Calendly's own example of a {@code solo} round-robin event type); without pooling, {@code solo} is "One-on-One"
 * and {@code group} is "Group".
 */
public final class KindDescription {

    private KindDescription() {
    }

    /**
     * The description of an event type of {@code kind} ({@code solo} or {@code group}) pooled by
     * {@code poolingType} ({@code round_robin}, {@code collective} or null).
     *
     * @throws IllegalArgumentException for a kind or pooling type Calendly does not have
     */
    public static String of(String kind, String poolingType) {
        if (poolingType != null) {
            return switch (poolingType) {
                case "round_robin" -> "Round Robin";
                case "collective" -> "Collective";
                default -> throw new IllegalArgumentException("Not a Calendly pooling_type: " + poolingType);
            };
        }
        if (kind == null) {
            throw new IllegalArgumentException("An event type needs a kind (solo or group)");
        }
        return switch (kind) {
            case "solo" -> "One-on-One";
            case "group" -> "Group";
            default -> throw new IllegalArgumentException("Not a Calendly event type kind: " + kind);
        };
    }
}
