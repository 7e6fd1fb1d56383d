package fwf.results;

import java.util.Arrays;
import java.util.Optional;

/** Which time of a run the recap shows. */
public enum RecapTiming {
    /** The run's first call in its fresh process, its warm-up included: what the talk timed. */
    COLD("cold", "cold: one call in a fresh process, its warm-up included, as the talk timed it"),
    /** The median of the measured iterations, once warmed up. */
    WARM("warm", "warm: the median of the measured iterations");

    private final String word;
    private final String meaning;

    RecapTiming(String word, String meaning) {
        this.word = word;
        this.meaning = meaning;
    }

    /** As the command line writes it: {@code cold}, {@code warm}. */
    public String word() {
        return word;
    }

    /** What the times mean, for the table's caption. */
    public String meaning() {
        return meaning;
    }

    public static Optional<RecapTiming> fromWord(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }
}
