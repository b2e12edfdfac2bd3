package io.github.camelcalendly.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a booking made: the scheduled event and invitee URIs and copies of both objects as the API returns them.
 *
 * @param eventUri   the scheduled event URI
 * @param inviteeUri the invitee URI
 * @param invitee    the invitee object (a copy)
 * @param event      the scheduled event object (a copy)
 */
public record BookingResult(String eventUri, String inviteeUri, ObjectNode invitee, ObjectNode event) {
}
