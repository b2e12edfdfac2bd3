package io.github.camelcalendly.catalog.kaoto;

/**
 * A Kaoto catalog library, an output folder or an argument that {@link KaotoLibraryMerger} cannot work with; the
 * message names what is wrong.
 */
public class KaotoLibraryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public KaotoLibraryException(String message) {
        super(message);
    }
}
