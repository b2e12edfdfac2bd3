package io.github.camelcalendly.sandbox.groups;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * Seeds the organization's teams and groups: the team Support (whose round-robin event type, Support Rotation, the
 * admin and the member host), the group Sales (the owner as admin, the pending invitation as member) and the group
 * Support (the admin as admin, the member as member, the owner as a second admin).
 */
public final class SeedGroups {

    private SeedGroups() {
    }

    public static void populate(SandboxStore store, SeededOrganization seeded, Instant now) {
        GroupResources resources = new GroupResources(store);
        OrganizationRoles roles = new OrganizationRoles(store);
        Instant created = now.minus(Duration.ofDays(300));
        String organization = seeded.organization();
        resources.team("Support", organization, created);

        ObjectNode sales = resources.group("Sales", organization, created);
        ObjectNode support = resources.group("Support", organization, created.plus(Duration.ofDays(1)));
        Instant joined = created.plus(Duration.ofDays(2));
        resources.relationship(sales, GroupDirectory.MEMBERSHIP_OWNER, membership(roles, seeded, seeded.owner()),
                "admin", joined);
        ObjectNode invitation = store.findByUri(Kind.INVITATION, seeded.pendingInvitation()).orElseThrow();
        resources.relationship(sales, GroupDirectory.INVITATION_OWNER, invitation, "member", joined);
        resources.relationship(sales, GroupDirectory.MEMBERSHIP_OWNER, membership(roles, seeded, seeded.member()),
                "admin", joined);
        resources.relationship(support, GroupDirectory.MEMBERSHIP_OWNER, membership(roles, seeded, seeded.admin()),
                "admin", joined);
        resources.relationship(support, GroupDirectory.MEMBERSHIP_OWNER, membership(roles, seeded, seeded.member()),
                "member", joined);
        resources.relationship(support, GroupDirectory.MEMBERSHIP_OWNER, membership(roles, seeded, seeded.owner()),
                "admin", joined.plus(Duration.ofDays(1)));
    }

    private static ObjectNode membership(OrganizationRoles roles, SeededOrganization seeded, String user) {
        return roles.membership(seeded.organization(), user).orElseThrow();
    }
}
