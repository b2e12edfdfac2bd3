package io.github.camelcalendly.operation;

/**
 * The Calendly plan an operation needs. Calendly refuses an operation the account's plan does not include with 403
 * Permission Denied ("Please upgrade your Calendly account to ..."), whatever the token's scopes.
 */
public enum PlanRequirement {

    /** Every plan, Free included. */
    ANY("any", "every plan"),

    /**
     * A paid plan (Standard or higher): webhooks (but contact.* events), the Scheduling API, Notetaker meeting recaps.
     */
    PAID("paid", "a paid plan (Standard or higher)"),

    /** An Enterprise plan: activity log, outgoing communications, data compliance. */
    ENTERPRISE("enterprise", "an Enterprise plan");

    private final String id;
    private final String description;

    PlanRequirement(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The short name catalogs and docs use: {@code any}, {@code paid} or {@code enterprise}. */
    public String id() {
        return id;
    }

    /** Which plans include the operation, as a sentence part: "a paid plan (Standard or higher)". */
    public String description() {
        return description;
    }
}
