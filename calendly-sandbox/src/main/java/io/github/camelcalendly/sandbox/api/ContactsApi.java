package io.github.camelcalendly.sandbox.api;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.contacts.ContactBook;
import io.github.camelcalendly.sandbox.contacts.ContactEndpoints;
import io.github.camelcalendly.sandbox.contacts.ContactListEndpoints;
import io.github.camelcalendly.sandbox.contacts.ContactSeed;
import io.github.camelcalendly.sandbox.contacts.CustomFieldDefinitionEndpoints;
import io.github.camelcalendly.sandbox.contacts.NoteEndpoints;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.Router;

/**
 * Calendly's contacts family: contacts, contact custom field definitions, contact Lists and Views, and notes,
 * sharing the sandbox's {@link ContactBook} (who owns what, List members, View filters). Building it seeds the family's
 * starting records ({@link ContactSeed}).
 */
public final class ContactsApi implements ApiModule {

    private final ApiModule[] parts;

    public ContactsApi(SandboxContext context) {
        ContactSeed.populate(context.store(), context.contactBook(), context.seeded(), context.now());
        this.parts = new ApiModule[] {
            new CustomFieldDefinitionEndpoints(context),
            new ContactEndpoints(context),
            new ContactListEndpoints(context),
            new NoteEndpoints(context)
        };
    }

    @Override
    public void register(Router router) {
        for (ApiModule part : parts) {
            part.register(router);
        }
    }
}
