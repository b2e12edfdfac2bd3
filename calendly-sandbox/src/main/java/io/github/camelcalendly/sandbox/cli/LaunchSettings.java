package io.github.camelcalendly.sandbox.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.github.camelcalendly.sandbox.SandboxOptions;

/**
 * What the command line asked for so far, while {@link SandboxCommandLine} reads it: the options that stand alone
 * go straight into {@link SandboxOptions}; the ones that combine (ports, clock, OAuth client) wait for
 * {@link #toOptions()}.
 */
final class LaunchSettings {

    /** The API port when none is given. */
    static final int DEFAULT_PORT = 8089;

    SandboxOptions options = SandboxOptions.defaults();
    Integer port;
    Integer authPort;
    Instant clockStart;
    boolean clockFixed;
    String clientId = options.oauthClient().clientId();
    String clientSecret = options.oauthClient().clientSecret();
    String redirectUri = options.oauthClient().redirectUri();
    boolean secretGiven;
    boolean publicClient;

    /** The sandbox options these settings make, checked for combinations no single option can check. */
    SandboxOptions toOptions(Clock systemClock) {
        int apiPort = port == null ? DEFAULT_PORT : port;
        int oauthPort = authPort != null ? authPort : apiPort == 0 || apiPort == 65535 ? 0 : apiPort + 1;
        if (apiPort != 0 && apiPort == oauthPort) {
            throw UsageException.bad("--port and --auth-port must differ");
        }
        if (publicClient && secretGiven) {
            throw UsageException.bad("--oauth-public-client and --oauth-client-secret exclude each other");
        }
        if (options.deliveryMaxBackoff().compareTo(options.deliveryFirstRetry()) < 0) {
            throw UsageException.bad("--delivery-max-backoff must not be shorter than --delivery-first-retry");
        }
        return options.withPort(apiPort).withAuthPort(oauthPort).withClock(clock(systemClock))
                .withOAuthClient(new SandboxOptions.OAuthClient(clientId, publicClient ? null : clientSecret,
                        redirectUri));
    }

    /** The system clock, moved to start at {@code --clock}, or frozen by {@code --clock-fixed}. */
    private Clock clock(Clock systemClock) {
        if (clockFixed) {
            return Clock.fixed(clockStart == null ? systemClock.instant() : clockStart, ZoneOffset.UTC);
        }
        if (clockStart == null) {
            return systemClock;
        }
        return Clock.offset(systemClock, Duration.between(systemClock.instant(), clockStart));
    }
}
