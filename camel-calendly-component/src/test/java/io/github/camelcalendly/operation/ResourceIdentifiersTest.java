package io.github.camelcalendly.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How a UUID or a Calendly URI given by a route becomes a path segment or a reference URI. */
class ResourceIdentifiersTest {

    @Test
    void aBareUuidIsUsedAsGivenWithoutSurroundingSpace() {
        assertThat(ResourceIdentifiers.toPathId(" AAAA1111 ")).isEqualTo("AAAA1111");
    }

    @Test
    void aUriGivesItsLastSegment() {
        assertThat(ResourceIdentifiers.toPathId("https://api.calendly.com/users/AAAA1111")).isEqualTo("AAAA1111");
        assertThat(ResourceIdentifiers.toPathId("https://api.calendly.com/users/AAAA1111/")).isEqualTo("AAAA1111");
        assertThat(ResourceIdentifiers.toPathId("/scheduled_events/EV1")).isEqualTo("EV1");
    }

    @Test
    void aUriWithoutAPathGivesNoIdentifier() {
        assertThat(ResourceIdentifiers.toPathId("https://api.calendly.com/")).isEmpty();
        assertThat(ResourceIdentifiers.toPathId("https://api.calendly.com")).isEmpty();
    }

    @Test
    void aUriJavaCannotParseStillGivesItsLastSegment() {
        assertThat(ResourceIdentifiers.toPathId("https://api.calendly.com/users/A B")).isEqualTo("A B");
        assertThat(ResourceIdentifiers.toPathId("https://api calendly com")).isEmpty();
    }

    @Test
    void onlyUnreservedCharactersStayAsTheyAreInASegment() {
        assertThat(ResourceIdentifiers.encodeSegment("azAZ09-_.~")).isEqualTo("azAZ09-_.~");
        assertThat(ResourceIdentifiers.encodeSegment("`{@[/: ")).isEqualTo("%60%7B%40%5B%2F%3A%20");
        assertThat(ResourceIdentifiers.encodeSegment("é..")).isEqualTo("%C3%A9..");
    }

    @Test
    void aReferenceIsAUriAsGivenOrBuiltFromTheBaseUrlAndCollection() {
        assertThat(ResourceIdentifiers.toReferenceUri("https://api.calendly.com/", "users", " U1 "))
                .isEqualTo("https://api.calendly.com/users/U1");
        assertThat(ResourceIdentifiers.toReferenceUri("https://api.calendly.com", "users", "a/b"))
                .isEqualTo("https://api.calendly.com/users/a%2Fb");
        assertThat(ResourceIdentifiers.toReferenceUri("https://api.calendly.com", "users",
                "https://api.calendly.com/users/U1")).isEqualTo("https://api.calendly.com/users/U1");
        assertThat(ResourceIdentifiers.toReferenceUri("https://api.calendly.com", null, "U1")).isEqualTo("U1");
    }

    @Test
    void aResourceUriFillsTheTemplatesPlaceholders() {
        assertThat(ResourceIdentifiers.placeholders("/scheduled_events/{event}/invitees/{uuid}"))
                .isEqualTo(List.of("event", "uuid"));
        assertThat(ResourceIdentifiers.matchTemplate("/scheduled_events/{event}/invitees/{uuid}",
                "https://api.calendly.com/scheduled_events/EV1/invitees/IN1"))
                .contains(Map.of("event", "EV1", "uuid", "IN1"));
        assertThat(ResourceIdentifiers.matchTemplate("/scheduled_events/{uuid}/cancellation",
                "https://api.calendly.com/scheduled_events/EV1")).contains(Map.of("uuid", "EV1"));
    }

    @Test
    void aUriOfAnotherShapeOrATemplateWithoutPlaceholdersMatchesNothing() {
        assertThat(ResourceIdentifiers.matchTemplate("/scheduled_events/{event}/invitees/{uuid}",
                "https://api.calendly.com/users/U1")).isEmpty();
        assertThat(ResourceIdentifiers.matchTemplate("/users/me", "https://api.calendly.com/users/me")).isEmpty();
    }
}
