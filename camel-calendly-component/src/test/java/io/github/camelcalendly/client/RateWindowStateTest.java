package io.github.camelcalendly.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a shared window, on plain numbers: milliseconds of a clock the test names, Calendly's answers as
 * {@link RateAnswer}s (limit, remaining, reset in seconds).
 */
class RateWindowStateTest {

    private static final long T0 = 1_000_000;

    /** A window of {@code limit} whose end an answer told, with {@code used} permits claimed. */
    private static RateWindowState known(long limit, long used, long endsAt) {
        return new RateWindowState(4, limit, used, endsAt, false, 60_000);
    }

    @Test
    void theFirstClaimProbesAndHoldsTheOthersUntilItsAnswer() {
        RateWindowState first = RateWindowState.firstClaim(T0);

        RateWindowState.Claimed second = first.claim(T0 + 10);

        assertThat(first).isEqualTo(new RateWindowState(1, 0, 1, T0 + RateWindowState.PROBE_MILLIS, true, 0));
        assertThat(second.claim()).isEqualTo(RateClaim.refused(RateWindowState.PROBE_POLL_MILLIS));
        assertThat(second.state()).isEqualTo(first);
    }

    @Test
    void aWaitForTheProbeEndsWithItsWindow() {
        RateWindowState first = RateWindowState.firstClaim(T0);

        RateClaim late = first.claim(T0 + RateWindowState.PROBE_MILLIS - 20).claim();

        assertThat(late).isEqualTo(RateClaim.refused(20));
    }

    @Test
    void theProbesAnswerTellsTheLimitTheCountAndTheEnd() {
        RateWindowState first = RateWindowState.firstClaim(T0);

        RateWindowState learned = first.learn(1, new RateAnswer(10, 6, 30), T0 + 100);

        // Calendly counted 4, one of them the probe: the others were this token's other clients
        assertThat(learned).isEqualTo(new RateWindowState(1, 10, 4, T0 + 100 + 30_000, false, 30_000));
    }

    @Test
    void permitsAreGrantedUpToTheLimitAndThenRefusedUntilTheEnd() {
        RateWindowState state = known(3, 1, T0 + 5_000);

        RateWindowState.Claimed second = state.claim(T0);
        RateWindowState.Claimed third = second.state().claim(T0);
        RateWindowState.Claimed fourth = third.state().claim(T0 + 1_000);

        assertThat(second.claim()).isEqualTo(RateClaim.granted(4));
        assertThat(third.claim()).isEqualTo(RateClaim.granted(4));
        assertThat(third.state().used()).isEqualTo(3);
        assertThat(fourth.claim()).isEqualTo(RateClaim.refused(4_000));
        assertThat(fourth.state()).isEqualTo(third.state());
    }

    @Test
    void theFirstClaimAtTheEndStartsTheNextWindowWithAnAssumedEnd() {
        RateWindowState full = known(3, 3, T0);

        RateWindowState.Claimed claimed = full.claim(T0);

        assertThat(claimed.claim()).isEqualTo(RateClaim.granted(5));
        assertThat(claimed.state()).isEqualTo(new RateWindowState(5, 3, 1, T0 + 60_000, true, 60_000));
    }

    @Test
    void aWindowWhoseLengthNoAnswerToldIsAssumedAsShortAsAProbe() {
        RateWindowState probeWithoutAnswer = RateWindowState.firstClaim(T0);

        RateWindowState next = probeWithoutAnswer.claim(T0 + RateWindowState.PROBE_MILLIS).state();

        assertThat(next).isEqualTo(new RateWindowState(2, 0, 1, T0 + 2 * RateWindowState.PROBE_MILLIS, true, 0));
    }

    @Test
    void theFirstAnswerOfAnAssumedWindowTellsItsRealEnd() {
        RateWindowState assumed = new RateWindowState(5, 3, 1, T0 + 60_000, true, 60_000);

        RateWindowState learned = assumed.learn(5, new RateAnswer(3, 2, 20), T0 + 10);

        assertThat(learned).isEqualTo(new RateWindowState(5, 3, 1, T0 + 10 + 20_000, false, 60_000));
    }

    @Test
    void theEarliestEndTheAnswersOfAWindowTellIsKept() {
        RateWindowState state = known(10, 2, T0 + 30_000);

        RateWindowState earlier = state.learn(4, new RateAnswer(10, 8, 29), T0 + 500);
        RateWindowState later = earlier.learn(4, new RateAnswer(10, 7, 30), T0 + 600);

        assertThat(earlier.endsAtMillis()).isEqualTo(T0 + 29_500);
        assertThat(later.endsAtMillis()).isEqualTo(T0 + 29_500);
        assertThat(later.used()).isEqualTo(3);
    }

    @Test
    void permitsClaimedButNotYetCountedByCalendlyStayUsed() {
        RateWindowState state = known(10, 7, T0 + 30_000);

        RateWindowState learned = state.learn(4, new RateAnswer(10, 8, 30), T0);

        assertThat(learned.used()).isEqualTo(7);
    }

    @Test
    void anAnswerWithoutALimitTellsAtLeastOneMoreThanRemains() {
        RateWindowState first = RateWindowState.firstClaim(T0);

        RateWindowState learned = first.learn(1, new RateAnswer(0, 5, 60), T0);

        assertThat(learned.limit()).isEqualTo(6);
        assertThat(learned.used()).isEqualTo(1);
    }

    @Test
    void aResetBeyondAMinuteIsNotTrusted() {
        RateWindowState first = RateWindowState.firstClaim(T0);

        RateWindowState learned = first.learn(1, new RateAnswer(10, 9, 3_600), T0);

        assertThat(learned.endsAtMillis()).isEqualTo(T0 + 60_000);
        assertThat(learned.lengthMillis()).isEqualTo(60_000);
    }

    @Test
    void anAnswerToAPermitOfAnEarlierWindowChangesNothing() {
        RateWindowState state = known(10, 2, T0 + 30_000);

        assertThat(state.learn(3, new RateAnswer(10, 0, 1), T0)).isSameAs(state);
    }

    @Test
    void anAnswerArrivingAfterTheWindowEndedChangesNothing() {
        RateWindowState state = known(10, 2, T0 + 30_000);

        assertThat(state.learn(4, new RateAnswer(10, 0, 60), T0 + 30_000)).isSameAs(state);
    }

    @Test
    void anAnswerFromALaterWindowOfCalendlyStartsItHereToo() {
        RateWindowState state = known(10, 9, T0 + 1_000);

        RateWindowState learned = state.learn(4, new RateAnswer(10, 8, 60), T0);

        assertThat(learned).isEqualTo(new RateWindowState(5, 10, 2, T0 + 60_000, false, 60_000));
    }

    @Test
    void anEndARoundedSecondLaterStaysTheSameWindow() {
        RateWindowState shortWindows = new RateWindowState(4, 10, 3, T0 + 2_000, false, 2_000);

        RateWindowState learned = shortWindows.learn(4, new RateAnswer(10, 7, 3), T0 + 400);

        assertThat(learned.window()).isEqualTo(4);
        assertThat(learned.endsAtMillis()).isEqualTo(T0 + 2_000);
        assertThat(learned.lengthMillis()).isEqualTo(3_000);
    }

    @Test
    void anEndHalfAWindowLaterIsTheNextWindow() {
        RateWindowState state = known(10, 3, T0 + 10_000);

        RateWindowState sameWindow = state.learn(4, new RateAnswer(10, 7, 39), T0);
        RateWindowState nextWindow = state.learn(4, new RateAnswer(10, 7, 40), T0);

        assertThat(sameWindow.window()).isEqualTo(4);
        assertThat(nextWindow.window()).isEqualTo(5);
    }

    @Test
    void aRefusalWaitsAtLeastAMillisecond() {
        assertThat(RateClaim.refused(0)).isEqualTo(new RateClaim(false, 0, 1));
        assertThat(RateClaim.granted(3)).isEqualTo(new RateClaim(true, 3, 0));
    }
}
