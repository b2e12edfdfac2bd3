package io.github.camelcalendly.webhook;

/**
 * Why a webhook request was turned away before the route ran: the HTTP status to answer with and a short reason that
 * is safe to send back (it never contains the signing key, the expected signature or the body).
 */
public final class WebhookRejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    public WebhookRejection(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    /** The HTTP status the request gets: 400, 401, 405 or 413. */
    public int status() {
        return status;
    }

    /** The reason sent back as the text/plain body. */
    public String reason() {
        return getMessage();
    }
}
