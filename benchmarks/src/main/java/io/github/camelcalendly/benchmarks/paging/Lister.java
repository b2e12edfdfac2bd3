package io.github.camelcalendly.benchmarks.paging;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The ways of reading a whole collection that the paging suite compares, each a route of {@link PagingRoutes}. */
enum Lister {

    /** {@code calendly:scheduledEvents?op=list&streaming=true} split with {@code split(body()).streaming()}. */
    CALENDLY_STREAMING("calendly-streaming"),
    /** A hand-written camel-http loop that follows {@code next_page}, splitting each page's collection. */
    PLAIN_PAGE_LOOP("plain-page-loop"),
    /** The component's default list: every page read into one {@code List} first, then split. */
    CALENDLY_LIST("calendly-list");

    private final String id;

    Lister(String id) {
        this.id = id;
    }

    /** The name on the command line and in the result line; also the route's direct endpoint. */
    String id() {
        return id;
    }

    static Lister of(String id) {
        for (Lister lister : values()) {
            if (lister.id.equals(id)) {
                return lister;
            }
        }
        throw new IllegalArgumentException("No lister " + id + "; the listers: "
                + Arrays.stream(values()).map(Lister::id).collect(Collectors.joining(", ")));
    }
}
