package io.github.camelcalendly.sandbox.recaps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.booking.InviteeFactory;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Writes what Calendly's Notetaker leaves after recording a scheduled event: a meeting recap (the meeting, who
 * attended, a summary, action items and discussion notes in Markdown, links to the transcript and a share page) and
 * stores it. The transcript is not stored on its own: {@link #transcript(ObjectNode)} renders it from the recap's
 * attendees, as a recording's transcript never changes.
 */
public final class MeetingRecapFactory {

    private final SandboxStore store;

    public MeetingRecapFactory(SandboxStore store) {
        this.store = store;
    }

    /** Records {@code event} (an active scheduled event) with its active {@code invitees}, finished at {@code at}. */
    public ObjectNode record(ObjectNode event, List<ObjectNode> invitees, Instant at) {
        String uuid = store.newUuid();
        String uri = store.uri(Kind.MEETING_RECAP, uuid);
        ObjectNode recap = Json.object();
        recap.put("uri", uri);
        recap.put("app_url", "https://calendly.com/app/notetaker/recaps/" + uuid);
        recap.put("event", event.path("uri").asText());
        recap.put("status", "available");
        recap.put("name", event.path("name").asText());
        recap.set("location", event.path("location").deepCopy());
        recap.put("start_time", event.path("start_time").asText());
        recap.put("end_time", event.path("end_time").asText());
        ArrayNode attendees = recap.putArray("attendees");
        for (JsonNode host : event.path("event_memberships")) {
            attendee(attendees, true, host.path("user_email").asText(), host.path("user_name").asText());
        }
        for (ObjectNode invitee : invitees) {
            if (InviteeFactory.active(invitee)) {
                attendee(attendees, false, invitee.path("email").asText(), invitee.path("name").asText());
            }
        }
        List<String> guests = names(attendees, false);
        String meeting = event.path("name").asText();
        recap.put("summary_md", "## " + meeting + "\n\n" + String.join(" and ", names(attendees, true))
                + " met " + (guests.isEmpty() ? "alone" : String.join(", ", guests))
                + " and went through the agenda.");
        recap.put("action_items_md", "- [ ] Send the follow-up notes\n- [ ] Book the next " + meeting);
        recap.put("discussion_md", "### Agenda\n\n- Introductions\n- Questions from "
                + (guests.isEmpty() ? "the host" : String.join(", ", guests)));
        recap.put("transcript", transcriptUri(uri));
        recap.put("share_link", "https://calendly.com/notetaker/share/" + uuid);
        recap.put("created_at", Json.time(at));
        recap.put("updated_at", Json.time(at));
        return store.put(Kind.MEETING_RECAP, uuid, recap);
    }

    /** The recap's transcript as Calendly answers it: its URI and one "Speaker: words" line per segment. */
    public static ObjectNode transcript(ObjectNode recap) {
        ObjectNode transcript = Json.object();
        transcript.put("uri", transcriptUri(recap.path("uri").asText()));
        List<String> lines = new ArrayList<>();
        List<String> hosts = names(recap.path("attendees"), true);
        List<String> guests = names(recap.path("attendees"), false);
        String host = hosts.isEmpty() ? "Host" : hosts.get(0);
        lines.add(host + ": Thanks for joining the " + recap.path("name").asText() + ".");
        for (String guest : guests) {
            lines.add(guest + ": Thanks for having me.");
        }
        lines.add(host + ": Let's go through the agenda.");
        transcript.put("text", String.join("\n", lines));
        return transcript;
    }

    /** {@code <recap uri>/transcript}. */
    public static String transcriptUri(String recapUri) {
        return recapUri + "/transcript";
    }

    private static void attendee(ArrayNode attendees, boolean host, String email, String name) {
        ObjectNode attendee = attendees.addObject();
        attendee.put("host", host);
        attendee.put("user_email", email);
        attendee.put("user_name", name);
    }

    private static List<String> names(JsonNode attendees, boolean hosts) {
        List<String> names = new ArrayList<>();
        for (JsonNode attendee : attendees) {
            if (attendee.path("host").asBoolean() == hosts) {
                names.add(attendee.path("user_name").asText());
            }
        }
        return names;
    }
}
