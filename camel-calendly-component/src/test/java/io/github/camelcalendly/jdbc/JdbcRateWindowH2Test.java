package io.github.camelcalendly.jdbc;

import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcalendly.client.RateAnswer;
import io.github.camelcalendly.client.RateClaim;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared window table on H2, the other database the shipped script is written for. */
class JdbcRateWindowH2Test {

    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

    private static JdbcDataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Test
    void twoInstancesShareTheWindowUpToItsLimitAndStartTheNextAtTheReset() {
        JdbcDataSource dataSource = h2("rate_window_" + System.nanoTime());
        JdbcRateWindow first = new JdbcRateWindow(dataSource, JdbcRateWindow.DEFAULT_TABLE, true, now::get);
        JdbcRateWindow second = new JdbcRateWindow(dataSource, JdbcRateWindow.DEFAULT_TABLE, true, now::get);

        RateClaim probe = first.claim("c0ffee");
        first.answered("c0ffee", probe.window(), new RateAnswer(3, 2, 10));
        boolean secondGranted = second.claim("c0ffee").granted();
        boolean firstGranted = first.claim("c0ffee").granted();
        RateClaim refused = second.claim("c0ffee");
        now.addAndGet(10_000);
        RateClaim next = second.claim("c0ffee");

        assertThat(secondGranted).isTrue();
        assertThat(firstGranted).isTrue();
        assertThat(refused).isEqualTo(RateClaim.refused(10_000));
        assertThat(next).isEqualTo(RateClaim.granted(2));
    }
}
