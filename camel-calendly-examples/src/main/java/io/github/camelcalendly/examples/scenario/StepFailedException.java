package io.github.camelcalendly.examples.scenario;

/**
 * A scenario step that did not complete, with the step's number and title and the reason in words.
 */
public class StepFailedException extends RuntimeException {

    private final int step;
    private final String title;

    public StepFailedException(int step, String title, String reason, Throwable cause) {
        super("Step " + step + " (" + title + ") failed: " + reason, cause);
        this.step = step;
        this.title = title;
    }

    public int step() {
        return step;
    }

    public String title() {
        return title;
    }
}
