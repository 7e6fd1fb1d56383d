package fwf.run;

/** How a run ended. Only {@link #OK} results are ever drawn as a time. */
public enum Status {
    /** Finished, and every answer matched the reference. */
    OK,
    /** Finished, but an answer differed from the reference: a fast wrong answer is a failure. */
    WRONG,
    /** Killed after its time limit. */
    TIMEOUT,
    /** Stopped by the user. */
    CANCELLED,
    /** The worker crashed, could not start, or reported an error. */
    FAILED;

    /** The lower-case word used in JSON, CSV and on screen. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status fromWord(String word) {
        return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
}
