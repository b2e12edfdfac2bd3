package io.github.camelcalendly.sandbox.oauth;

import java.util.ArrayList;
import java.util.List;

/**
 * Every token endpoint request the sandbox answered, oldest first. Used only under the sandbox's state lock.
 */
final class TokenRequestLog {

    private final List<TokenRequest> requests = new ArrayList<>();

    void record(TokenRequest request) {
        requests.add(request);
    }

    /** A copy of the log so far. */
    List<TokenRequest> all() {
        return List.copyOf(requests);
    }
}
