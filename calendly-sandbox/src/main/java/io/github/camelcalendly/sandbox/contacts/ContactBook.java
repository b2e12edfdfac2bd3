package io.github.camelcalendly.sandbox.contacts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.http.ApiException;

/**
 * What the contacts family knows beyond the JSON Calendly returns: who owns each contact, List, View and note
 * (they are private to one user), each contact's custom field values, the members of each List and the saved
 * filters of each View. Callers hold the state lock.
 */
public final class ContactBook {

    private final Map<String, String> ownerByUri = new HashMap<>();
    private final Map<String, Map<String, JsonNode>> customValuesByContact = new HashMap<>();
    private final Map<String, Set<String>> membersByList = new HashMap<>();
    private final Map<String, Map<String, String>> filtersByView = new HashMap<>();

    /** Records that {@code userUri} owns the contact, List, View or note {@code uri}. */
    public void own(String uri, String userUri) {
        ownerByUri.put(uri, userUri);
    }

    /** Whether {@code userUri} owns {@code uri}. */
    public boolean owns(String userUri, String uri) {
        return userUri.equals(ownerByUri.get(uri));
    }

    /** The owner of {@code uri}; 404 for a resource nobody owns. */
    public String ownerOf(String uri) {
        String owner = ownerByUri.get(uri);
        if (owner == null) {
            throw ApiException.notFound();
        }
        return owner;
    }

    /** Forgets a deleted contact: its owner, its custom field values and its List memberships. */
    public void forgetContact(String contactUri) {
        ownerByUri.remove(contactUri);
        customValuesByContact.remove(contactUri);
        membersByList.values().forEach(members -> members.remove(contactUri));
    }

    /** The custom field values of a contact, by definition URI (modifiable). */
    public Map<String, JsonNode> customValues(String contactUri) {
        return customValuesByContact.computeIfAbsent(contactUri, uri -> new LinkedHashMap<>());
    }

    /** The contact URIs on a List (modifiable, in the order they were added). */
    public Set<String> members(String listUri) {
        return membersByList.computeIfAbsent(listUri, uri -> new LinkedHashSet<>());
    }

    /** Saves a View's filters (contact field name to the value it must have). */
    public void defineView(String viewUri, Map<String, String> filters) {
        filtersByView.put(viewUri, Map.copyOf(filters));
    }

    /** A View's saved filters, or empty for a List. */
    public Optional<Map<String, String>> viewFilters(String listUri) {
        return Optional.ofNullable(filtersByView.get(listUri));
    }
}
