package io.github.camelcalendly.polling;

import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyEndpoint;
import io.github.camelcalendly.CalendlyRequestOptions;
import io.github.camelcalendly.invoke.ListSettings;
import io.github.camelcalendly.invoke.OperationInvoker;

/**
 * Lists a polling endpoint's collection exactly as {@code to("calendly:<resource>?op=list&...")} would: through the
 * endpoint's {@link OperationInvoker}, so the request options, connection defaults, {@code paginate},
 * {@code maxResults}, {@code count}, retries and callTimeout behave the same in both directions. Options a poll must
 * change (a sliding window) are laid over the endpoint's own.
 */
final class CollectionLister {

    private final OperationInvoker invoker;
    private final ListSettings settings;

    CollectionLister(CalendlyEndpoint endpoint) {
        this.invoker = endpoint.getInvoker();
        CalendlyRequestOptions options = endpoint.getRequestOptions();
        this.settings = new ListSettings(options.isPaginate(), options.getMaxResults(), false);
    }

    /** Every item the endpoint lists, with {@code overrides} laid over its options. */
    List<Map<String, Object>> list(Map<String, Object> overrides) throws Exception {
        return invoker.list(invoker.options(overrides), settings).items();
    }
}
