package io.github.camelcalendly.sandbox.booking;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * What Calendly checks before it books: an active event type, an invitee with email, timezone and a name, at most
 * ten guests. Failures are Calendly's 400 naming the parameter as the Scheduling API spells it.
 */
final class BookingRules {

    /** Most guests an invitee may add. */
    static final int MAX_GUESTS = 10;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private BookingRules() {
    }

    /** The active event type {@code uri} names. */
    static ObjectNode activeEventType(SandboxStore store, String uri) {
        if (uri == null || uri.isBlank()) {
            throw ApiException.invalidArgument("event_type", "is required");
        }
        ObjectNode eventType = store.findByUri(Kind.EVENT_TYPE, uri)
                .orElseThrow(() -> ApiException.invalidArgument("event_type", "does not name an event type"));
        if (!eventType.path("active").asBoolean() || !eventType.path("deleted_at").isNull()) {
            throw ApiException.invalidArgument("event_type", "is not active");
        }
        return eventType;
    }

    static void checkInvitee(Booking booking) {
        if (booking.email() == null || booking.email().isBlank()) {
            throw ApiException.invalidArgument("invitee.email", "is required");
        }
        if (!EMAIL.matcher(booking.email()).matches()) {
            throw ApiException.invalidArgument("invitee.email", "is not a valid email address");
        }
        if (blank(booking.name()) && blank(booking.firstName())) {
            throw ApiException.invalidArgument("invitee.name", "name or first_name is required");
        }
        if (blank(booking.timezone())) {
            throw ApiException.invalidArgument("invitee.timezone", "is required");
        }
        try {
            ZoneId.of(booking.timezone());
        } catch (DateTimeException e) {
            throw ApiException.invalidArgument("invitee.timezone", "is not a valid IANA timezone");
        }
        if (booking.guests().size() > MAX_GUESTS) {
            throw ApiException.invalidArgument("event_guests", "must have at most " + MAX_GUESTS + " entries");
        }
        for (String guest : booking.guests()) {
            if (guest == null || !EMAIL.matcher(guest).matches()) {
                throw ApiException.invalidArgument("event_guests", "must hold email addresses");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
