package io.github.camelcalendly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local action schedulingLinks/prefillUrl: builds a prefilled booking link without calling Calendly.
 */
class PrefillUrlTest extends CalendlyTestSupport {

    private static final String PREFILL = "calendly:schedulingLinks?op=prefillUrl";
    private static final String LINK = "https://calendly.com/acme/intro";

    private Exchange prefill(Map<String, Object> options) {
        Map<String, Object> headers = new LinkedHashMap<>();
        options.forEach((name, value) -> headers.put("CamelCalendly." + name, value));
        return call(PREFILL, null, headers);
    }

    @Test
    void inviteeDetailsAreAddedAsQueryParameters() {
        Exchange out = call(PREFILL + "&url=" + LINK + "&name=Ada&email=ada@example.com");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class)).isEqualTo(LINK + "?name=Ada&email=ada%40example.com");
        assertNoCallToCalendly();
    }

    @Test
    void everyPrefillParameterUsesCalendlysName() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("url", LINK);
        options.put("firstName", "Ada");
        options.put("lastName", "Lovelace");
        for (int i = 1; i <= 10; i++) {
            options.put("a" + i, "answer" + i);
        }
        options.put("utmSource", "newsletter");
        options.put("utmMedium", "email");
        options.put("utmCampaign", "spring");
        options.put("utmContent", "cta");
        options.put("utmTerm", "demo");
        options.put("month", "2026-05");
        options.put("date", "2026-05-04");

        Exchange out = prefill(options);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class)).isEqualTo(LINK + "?first_name=Ada&last_name=Lovelace"
                + "&a1=answer1&a2=answer2&a3=answer3&a4=answer4&a5=answer5&a6=answer6&a7=answer7&a8=answer8"
                + "&a9=answer9&a10=answer10&utm_source=newsletter&utm_medium=email&utm_campaign=spring"
                + "&utm_content=cta&utm_term=demo&month=2026-05&date=2026-05-04");
        assertNoCallToCalendly();
    }

    @Test
    void javaTimeValuesFillMonthAndDate() {
        Exchange out = prefill(Map.of("url", LINK, "month", YearMonth.of(2026, 7), "date", LocalDate.of(2026, 7, 9)));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class)).isEqualTo(LINK + "?month=2026-07&date=2026-07-09");
    }

    @Test
    void hideFlagsSetToTrueAreSentAsOne() {
        Exchange out = call(PREFILL + "&url=" + LINK + "&hideEventTypeDetails=true&hideGdprBanner=true");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class))
                .isEqualTo(LINK + "?hide_event_type_details=1&hide_gdpr_banner=1");
    }

    @Test
    void hideFlagsSetToFalseAreLeftOut() {
        Exchange out = call(PREFILL + "&url=" + LINK + "&name=Ada&hideEventTypeDetails=false&hideGdprBanner=false");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class)).isEqualTo(LINK + "?name=Ada");
    }

    @Test
    void valuesAreUrlEncoded() {
        Exchange out = prefill(Map.of("url", LINK, "name", "Zoë Ångström & Co", "a1", "x=1+2", "a2", "50% off?#"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class)).isEqualTo(LINK
                + "?name=Zo%C3%AB%20%C3%85ngstr%C3%B6m%20%26%20Co&a1=x%3D1%2B2&a2=50%25%20off%3F%23");
    }

    @Test
    void existingQueryStringOfTheLinkIsKept() {
        Exchange out = prefill(Map.of("url", LINK + "?back=1&month=2026-01", "email", "ada@example.com"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class))
                .isEqualTo(LINK + "?back=1&month=2026-01&email=ada%40example.com");
    }

    @Test
    void fragmentOfTheLinkIsDropped() {
        Exchange out = prefill(Map.of("url", LINK + "?back=1#calendar", "name", "Ada"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class)).isEqualTo(LINK + "?back=1&name=Ada");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/acme/intro", "calendly.com/acme/intro", "ftp://calendly.com/acme/intro",
                            "https://", "not a url at all", "https://calendly.com/acme intro"})
    void linkThatIsNotAnAbsoluteHttpUrlIsRejectedNamingTheOption(String url) {
        Exchange out = prefill(Map.of("url", url, "name", "Ada"));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'url'")
                .hasMessageContaining("schedulingLinks/prefillUrl");
        assertThat(((CalendlyValidationException) out.getException()).getOption()).isEqualTo("url");
    }

    @Test
    void missingLinkIsRejectedNamingTheOption() {
        Exchange out = call(PREFILL + "&name=Ada");

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'url'")
                .hasMessageContaining("schedulingLinks/prefillUrl");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-13", "2026-5", "May 2026", "2026-05-01"})
    void invalidMonthIsRejected(String month) {
        Exchange out = prefill(Map.of("url", LINK, "month", month));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'month'")
                .hasMessageContaining("yyyy-MM");
        assertThat(((CalendlyValidationException) out.getException()).getOption()).isEqualTo("month");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-02-30", "2026-5-4", "04/05/2026", "2026-05"})
    void invalidDateIsRejected(String date) {
        Exchange out = prefill(Map.of("url", LINK, "date", date));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("'date'")
                .hasMessageContaining("yyyy-MM-dd");
        assertThat(((CalendlyValidationException) out.getException()).getOption()).isEqualTo("date");
    }

    @Test
    void worksWithoutAnyAccessTokenAndMakesNoRequest() {
        context.getComponent("calendly", CalendlyComponent.class).setAccessToken(null);

        Exchange out = prefill(Map.of("url", LINK, "name", "Ada"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class)).isEqualTo(LINK + "?name=Ada");
        assertNoCallToCalendly();
    }
}
