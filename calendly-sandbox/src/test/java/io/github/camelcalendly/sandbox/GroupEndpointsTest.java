package io.github.camelcalendly.sandbox;

import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.assertInvalid;
import static io.github.camelcalendly.sandbox.AvailabilityEndpointsTest.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.state.SandboxStore;

/** Teams, groups and group relationships, as the seeded organization has them, and scheduled events by group. */
class GroupEndpointsTest {

    private CalendlySandbox sandbox;
    private SandboxClient owner;
    private String org;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start();
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        org = sandbox.seeded().organization();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SandboxClient as(String user, String... scopes) {
        return owner.as(sandbox.issueToken(user, List.of(scopes)));
    }

    private String group(String name) {
        for (JsonNode group : owner.get("/groups?organization=" + enc(org)).collection()) {
            if (name.equals(group.path("name").asText())) {
                return group.path("uri").asText();
            }
        }
        throw new AssertionError("no seeded group " + name);
    }

    private String membershipOf(String user) {
        return owner.get("/organization_memberships?user=" + enc(user)).collection().get(0).path("uri").asText();
    }

    private static List<String> texts(JsonNode collection, String field) {
        List<String> values = new ArrayList<>();
        collection.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    private static List<String> ownerUsers(JsonNode relationships) {
        List<String> users = new ArrayList<>();
        relationships.forEach(r -> users.add(r.path("owner").path("user").path("uri").asText()));
        return users;
    }

    @Test
    void aUserRemovedFromTheOrganizationLeavesEveryGroup() {
        String membership = membershipOf(sandbox.seeded().member());

        assertThat(owner.delete(membership.substring(sandbox.baseUrl().length())).status()).isEqualTo(204);

        JsonNode left = owner.get("/group_relationships?organization=" + enc(org) + "&owner=" + enc(membership))
                .collection();
        assertThat(left).isEmpty();
        assertThat(ownerUsers(owner.get("/group_relationships?organization=" + enc(org)).collection()))
                .doesNotContain(sandbox.seeded().member());
    }

    @Test
    void aRevokedInvitationLeavesItsGroup() {
        String invitation = sandbox.seeded().pendingInvitation();

        assertThat(owner.delete(invitation.substring(sandbox.baseUrl().length())).status()).isEqualTo(204);

        assertThat(owner.get("/group_relationships?organization=" + enc(org) + "&owner=" + enc(invitation))
                .collection()).isEmpty();
    }

    @Test
    void theOrganizationHasTheTeamSupport() {
        SandboxClient.Reply reply = owner.get("/teams");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.collection()).singleElement().satisfies(team -> {
            assertThat(team.path("name").asText()).isEqualTo("Support");
            assertThat(team.path("organization").asText()).isEqualTo(org);
            assertThat(team.path("scheduling_url").asText()).isEqualTo("https://calendly.com/team/support");
            assertThat(team.path("uri").asText()).startsWith(sandbox.baseUrl() + "/teams/");
        });
        assertThat(reply.json().path("pagination").path("next_page_token").isNull()).isTrue();
    }

    @Test
    void teamsFilteredByUserAreThoseWhoseEventTypesTheUserHosts() {
        assertThat(texts(owner.get("/teams?user=" + enc(sandbox.seeded().member())).collection(), "name"))
                .containsExactly("Support");
        assertThat(texts(owner.get("/teams?user=" + enc(sandbox.seeded().admin())).collection(), "name"))
                .containsExactly("Support");
        assertThat(owner.get("/teams?user=" + enc(sandbox.seeded().owner())).collection()).isEmpty();
    }

    @Test
    void aTeamIsFetchedByUuidAndAnUnknownOneIs404() {
        String team = owner.get("/teams").collection().get(0).path("uri").asText();

        SandboxClient.Reply reply = owner.get("/teams/" + SandboxStore.lastSegment(team));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("name").asText()).isEqualTo("Support");
        assertThat(owner.get("/teams/NOSUCHTEAM000000").status()).isEqualTo(404);
    }

    @Test
    void teamsRejectAMalformedUserAndAUserOutsideTheOrganization() {
        assertInvalid(owner.get("/teams?user=not-a-user"), "user");
        SandboxClient.Reply outsider = owner.get("/teams?user=" + enc(sandbox.baseUrl() + "/users/NOSUCHUSER000000"));
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.json().path("title").asText()).isEqualTo("Permission Denied");
    }

    @Test
    void teamsNeedOrganizationsRead() {
        SandboxClient.Reply reply = as(sandbox.seeded().owner(), "users:read").get("/teams");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").toString()).contains("organizations:read");
    }

    @Test
    void theOrganizationHasTheGroupsSalesAndSupportWithTheirMemberCounts() {
        SandboxClient.Reply reply = owner.get("/groups?organization=" + enc(org));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(texts(reply.collection(), "name")).containsExactly("Sales", "Support");
        assertThat(reply.collection().get(0).path("member_count").asInt()).isEqualTo(3);
        assertThat(reply.collection().get(1).path("member_count").asInt()).isEqualTo(3);
        assertThat(texts(reply.collection(), "organization")).containsOnly(org);
    }

    @Test
    void groupsArePagedWithCountAndPageToken() {
        SandboxClient.Reply first = owner.get("/groups?organization=" + enc(org) + "&count=1");
        String token = first.json().path("pagination").path("next_page_token").asText();
        SandboxClient.Reply second = owner.get("/groups?organization=" + enc(org) + "&count=1&page_token="
                + enc(token));

        assertThat(texts(first.collection(), "name")).containsExactly("Sales");
        assertThat(texts(second.collection(), "name")).containsExactly("Support");
        assertThat(second.json().path("pagination").path("next_page").isNull()).isTrue();
        assertThat(second.json().path("pagination").path("previous_page_token").asText()).isNotEmpty();
        assertInvalid(owner.get("/groups?organization=" + enc(org) + "&count=0"), "count");
    }

    @Test
    void groupsNeedTheCallersOwnWellFormedOrganization() {
        assertInvalid(owner.get("/groups"), "organization");
        assertInvalid(owner.get("/groups?organization=acme"), "organization");
        assertThat(owner.get("/groups?organization=" + enc(sandbox.baseUrl() + "/organizations/OTHERORG00000000"))
                .status()).isEqualTo(403);
    }

    @Test
    void aGroupIsFetchedByUuidAndAnUnknownOneIs404() {
        String support = group("Support");

        SandboxClient.Reply reply = owner.get("/groups/" + SandboxStore.lastSegment(support));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("uri").asText()).isEqualTo(support);
        assertThat(reply.resource().path("member_count").asInt()).isEqualTo(3);
        assertThat(owner.get("/groups/NOSUCHGROUP00000").status()).isEqualTo(404);
    }

    @Test
    void groupsNeedGroupsRead() {
        SandboxClient.Reply reply = as(sandbox.seeded().owner(), "organizations:read")
                .get("/groups?organization=" + enc(org));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").toString()).contains("groups:read");
    }

    @Test
    void relationshipsOfAGroupNameTheirOwnersAndRoles() {
        SandboxClient.Reply reply = owner.get("/group_relationships?group=" + enc(group("Support")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(ownerUsers(reply.collection())).containsExactly(sandbox.seeded().admin(),
                sandbox.seeded().member(), sandbox.seeded().owner());
        assertThat(texts(reply.collection(), "role")).containsExactly("admin", "member", "admin");
        JsonNode first = reply.collection().get(0);
        assertThat(first.path("owner").path("type").asText()).isEqualTo("OrganizationMembership");
        assertThat(first.path("owner").path("uri").asText()).isEqualTo(membershipOf(sandbox.seeded().admin()));
        assertThat(first.path("owner").path("role").asText()).isEqualTo("admin");
        assertThat(first.path("organization").asText()).isEqualTo(org);
    }

    @Test
    void aPendingInvitationCanOwnARelationship() {
        SandboxClient.Reply reply = owner.get("/group_relationships?group=" + enc(group("Sales")));

        JsonNode invited = reply.collection().get(1);
        assertThat(invited.path("owner").path("type").asText()).isEqualTo("OrganizationInvitation");
        assertThat(invited.path("owner").path("uri").asText()).isEqualTo(sandbox.seeded().pendingInvitation());
        assertThat(invited.path("owner").path("status").asText()).isEqualTo("pending");
        assertThat(invited.path("role").asText()).isEqualTo("member");
    }

    @Test
    void relationshipsFilteredByOwnerShowEveryGroupTheOwnerAdministers() {
        SandboxClient.Reply byMembership = owner.get("/group_relationships?owner="
                + enc(membershipOf(sandbox.seeded().owner())));
        SandboxClient.Reply byInvitation = owner.get("/group_relationships?owner="
                + enc(sandbox.seeded().pendingInvitation()));

        assertThat(texts(byMembership.collection(), "group")).containsExactly(group("Sales"), group("Support"));
        assertThat(texts(byMembership.collection(), "role")).containsOnly("admin");
        assertThat(texts(byInvitation.collection(), "group")).containsExactly(group("Sales"));
    }

    @Test
    void relationshipsFilteredByOrganizationArePaged() {
        String path = "/group_relationships?organization=" + enc(org) + "&count=2";
        SandboxClient.Reply first = owner.get(path);
        SandboxClient.Reply second = owner.get(path + "&page_token="
                + enc(first.json().path("pagination").path("next_page_token").asText()));
        SandboxClient.Reply third = owner.get(second.json().path("pagination").path("next_page").asText());

        assertThat(first.collection()).hasSize(2);
        assertThat(second.collection()).hasSize(2);
        assertThat(third.collection()).hasSize(2);
        assertThat(third.json().path("pagination").path("next_page_token").isNull()).isTrue();
        assertThat(owner.get("/group_relationships").collection()).hasSize(6);
    }

    @Test
    void relationshipFiltersMustBeWellFormedAndOfTheCallersOrganization() {
        assertInvalid(owner.get("/group_relationships?owner=" + enc(sandbox.seeded().owner())), "owner");
        assertInvalid(owner.get("/group_relationships?group=sales"), "group");
        assertInvalid(owner.get("/group_relationships?organization=acme"), "organization");
        assertThat(owner.get("/group_relationships?organization="
                + enc(sandbox.baseUrl() + "/organizations/OTHERORG00000000")).status()).isEqualTo(403);
    }

    @Test
    void aRelationshipIsFetchedByUuidAndAnUnknownOneIs404() {
        JsonNode listed = owner.get("/group_relationships?group=" + enc(group("Support"))).collection().get(1);

        SandboxClient.Reply reply = owner.get("/group_relationships/"
                + SandboxStore.lastSegment(listed.path("uri").asText()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource()).isEqualTo(listed);
        assertThat(owner.get("/group_relationships/NOSUCHRELATION00").status()).isEqualTo(404);
    }

    @Test
    void scheduledEventsOfAGroupAreThoseHostedByItsUsers() {
        SandboxClient.Reply sales = owner.get("/scheduled_events?group=" + enc(group("Sales")));
        List<String> ownersOrMembers = new ArrayList<>(texts(owner.get("/scheduled_events?user="
                + enc(sandbox.seeded().owner())).collection(), "uri"));
        ownersOrMembers.addAll(texts(owner.get("/scheduled_events?user=" + enc(sandbox.seeded().member()))
                .collection(), "uri"));
        SandboxClient.Reply support = owner.get("/scheduled_events?group=" + enc(group("Support")));
        SandboxClient.Reply everything = owner.get("/scheduled_events?organization=" + enc(org));

        assertThat(sales.status()).as(sales.toString()).isEqualTo(200);
        assertThat(texts(sales.collection(), "uri")).containsExactlyInAnyOrderElementsOf(ownersOrMembers);
        assertThat(texts(support.collection(), "uri")).isEqualTo(texts(everything.collection(), "uri"));
        assertThat(sales.collection().size()).isLessThan(support.collection().size());
    }

    @Test
    void aGroupAdminWhoIsNoOrganizationAdminMayListTheGroupsEvents() {
        SandboxClient member = as(sandbox.seeded().member(), "scheduled_events:read");

        SandboxClient.Reply reply = member.get("/scheduled_events?group=" + enc(group("Sales")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.collection()).isNotEmpty();
    }

    @Test
    void aGroupMemberWhoIsNoAdminMayNotListTheGroupsEvents() {
        SandboxClient member = as(sandbox.seeded().member(), "scheduled_events:read");

        SandboxClient.Reply reply = member.get("/scheduled_events?group=" + enc(group("Support")));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
    }

    @Test
    void scheduledEventsByGroupRejectAMalformedOrUnknownGroup() {
        assertInvalid(owner.get("/scheduled_events?group=support"), "group");
        assertThat(owner.get("/scheduled_events?group=" + enc(sandbox.baseUrl() + "/groups/NOSUCHGROUP00000"))
                .status()).isEqualTo(404);
    }
}
