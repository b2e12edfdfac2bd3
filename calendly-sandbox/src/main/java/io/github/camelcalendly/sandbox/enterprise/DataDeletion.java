package io.github.camelcalendly.sandbox.enterprise;

import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.contacts.ContactRemoval;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Calendly's data compliance deletions, carried out at once (Calendly takes up to seven days). Deleting is not
 * canceling: no {@code invitee.canceled} or other webhook is raised, the data is simply gone. Each deletion is
 * recorded in the activity log as {@code Compliance.Data_Deletion_Completed}. Callers hold the state lock.
 */
public final class DataDeletion {

    private final SandboxContext context;
    private final SandboxStore store;

    public DataDeletion(SandboxContext context) {
        this.context = context;
        this.store = context.store();
    }

    /**
     * Deletes everything about the people with these email addresses (compared case-insensitively): their invitees
     * with their no-shows and routing form submissions, scheduled events left with no invitee, their entries in
     * events' guest lists, contacts with one of these addresses (with their notes and List places), and the messages sent to them. Their name and
     * address are removed from the activity log entries they acted in.
     */
    public void deleteInviteeData(List<String> emails, String requester, String organization) {
        Set<String> addresses = new HashSet<>();
        emails.forEach(email -> addresses.add(email.toLowerCase(Locale.ROOT)));
        Deleted deleted = new Deleted();
        for (ObjectNode invitee : store.all(Kind.INVITEE)) {
            if (addresses.contains(lower(invitee.path("email")))) {
                deleteInvitee(invitee, deleted);
            }
        }
        for (ObjectNode event : store.all(Kind.SCHEDULED_EVENT)) {
            removeGuests(event, addresses);
        }
        for (ObjectNode contact : store.all(Kind.CONTACT)) {
            boolean matches = false;
            for (JsonNode email : contact.path("emails")) {
                matches |= addresses.contains(lower(email.path("email")));
            }
            if (matches) {
                ContactRemoval.remove(context, contact.path("uri").asText());
            }
        }
        deleteSubmissionsAndMessages(deleted, message -> addresses.contains(lower(message.path("to"))));
        addresses.forEach(context.activityLog()::redactInvitee);
        ObjectNode details = Json.object();
        details.put("type", "Invitee list");
        ArrayNode list = details.putArray("emails");
        emails.forEach(list::add);
        context.activityLog().dataDeletionCompleted(requester, organization, details);
    }

    /**
     * Deletes the scheduled events that start between {@code start} and {@code end} (both included) with their
     * invitees, no-shows, routing form submissions, meeting recaps (and transcripts) and the messages sent about them.
     */
    public void deleteEvents(Instant start, Instant end, String requester, String organization) {
        Deleted deleted = new Deleted();
        for (ObjectNode event : store.all(Kind.SCHEDULED_EVENT)) {
            Instant startsAt = Json.parseTimeOrNull(event.path("start_time").asText());
            if (startsAt != null && !startsAt.isBefore(start) && !startsAt.isAfter(end)) {
                String uri = event.path("uri").asText();
                for (ObjectNode invitee : store.all(Kind.INVITEE)) {
                    if (uri.equals(invitee.path("event").asText())) {
                        deleteInvitee(invitee, deleted);
                    }
                }
                if (store.findByUri(Kind.SCHEDULED_EVENT, uri).isPresent()) {
                    remove(Kind.SCHEDULED_EVENT, event);
                    deleted.events.add(uri);
                }
            }
        }
        deleteSubmissionsAndMessages(deleted, message -> false);
        ObjectNode details = Json.object();
        details.put("type", "Scheduled events");
        details.put("start_time", Json.time(start));
        details.put("end_time", Json.time(end));
        context.activityLog().dataDeletionCompleted(requester, organization, details);
    }

    /** Removes an invitee and its no-shows; its event loses it from the counter, or goes when it was the last. */
    private void deleteInvitee(ObjectNode invitee, Deleted deleted) {
        String uri = invitee.path("uri").asText();
        remove(Kind.INVITEE, invitee);
        deleted.invitees.add(uri);
        for (ObjectNode noShow : store.all(Kind.NO_SHOW)) {
            if (uri.equals(noShow.path("invitee").asText())) {
                remove(Kind.NO_SHOW, noShow);
            }
        }
        store.findByUri(Kind.SCHEDULED_EVENT, invitee.path("event").asText()).ifPresent(event -> {
            String eventUri = event.path("uri").asText();
            boolean othersLeft = store.all(Kind.INVITEE).stream()
                    .anyMatch(other -> eventUri.equals(other.path("event").asText()));
            if (!othersLeft) {
                remove(Kind.SCHEDULED_EVENT, event);
                deleted.events.add(eventUri);
                return;
            }
            ObjectNode counter = (ObjectNode) event.get("invitees_counter");
            counter.put("total", Math.max(0, counter.path("total").asInt() - 1));
            if ("active".equals(invitee.path("status").asText())) {
                counter.put("active", Math.max(0, counter.path("active").asInt() - 1));
            }
            event.put("updated_at", Json.time(context.now()));
        });
    }

    private void deleteSubmissionsAndMessages(Deleted deleted,
            Predicate<ObjectNode> alsoUnwantedMessage) {
        for (ObjectNode submission : store.all(Kind.ROUTING_FORM_SUBMISSION)) {
            if (deleted.invitees.contains(submission.path("submitter").asText())) {
                remove(Kind.ROUTING_FORM_SUBMISSION, submission);
            }
        }
        for (ObjectNode recap : store.all(Kind.MEETING_RECAP)) {
            if (deleted.events.contains(recap.path("event").asText())) {
                remove(Kind.MEETING_RECAP, recap);
            }
        }
        context.outgoingCommunications().delete(message -> alsoUnwantedMessage.test(message)
                || deleted.events.contains(message.path("event_uri").asText()));
    }

    private void removeGuests(ObjectNode event, Set<String> addresses) {
        JsonNode guests = event.path("event_guests");
        boolean changed = false;
        for (Iterator<JsonNode> it = guests.iterator(); it.hasNext();) {
            if (addresses.contains(lower(it.next().path("email")))) {
                it.remove();
                changed = true;
            }
        }
        if (changed) {
            event.put("updated_at", Json.time(context.now()));
        }
    }

    private void remove(Kind kind, ObjectNode resource) {
        store.remove(kind, SandboxStore.lastSegment(resource.path("uri").asText()));
    }

    private static String lower(JsonNode text) {
        return text.asText().toLowerCase(Locale.ROOT);
    }

    /** What one deletion removed so far, to follow references to it. */
    private static final class Deleted {
        final Set<String> invitees = new HashSet<>();
        final Set<String> events = new HashSet<>();
    }
}
