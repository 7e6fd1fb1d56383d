package fwf.cli;

import fwf.run.Measurement;

/**
 * A result that could not be added to the journal, or a journal that cannot take one: a
 * failure the user must see (exit 1), never a warning, since a result that is not in the
 * journal is lost to the recap, the charts and the exports.
 */
final class ResultNotSavedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The result that was measured and then not saved; null when nothing was run. */
    private final transient Measurement measurement;

    ResultNotSavedException(String message, Measurement measurement, Throwable cause) {
        super(message, cause);
        this.measurement = measurement;
    }

    Measurement measurement() {
        return measurement;
    }
}
