package io.github.camelcalendly.sandbox.contacts;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Removes a contact and everything that hangs on it: its notes, its custom field values and its places on Lists.
 * Used when its owner deletes it and when a data compliance deletion erases it. Raises no event; callers hold the
 * state lock.
 */
public final class ContactRemoval {

    private ContactRemoval() {
    }

    public static void remove(SandboxContext context, String contactUri) {
        SandboxStore store = context.store();
        store.remove(Kind.CONTACT, SandboxStore.lastSegment(contactUri));
        store.all(Kind.NOTE).stream()
                .filter(note -> contactUri.equals(note.path("contact").asText()))
                .forEach(note -> store.remove(Kind.NOTE, SandboxStore.lastSegment(note.path("uri").asText())));
        context.contactBook().forgetContact(contactUri);
    }
}
