package fwf.workload;

/**
 * What one unit of an algorithm's work is, for the counts of {@link Operations}: the name it has
 * in JSON and on the command line, and what it means in a sentence.
 */
public enum OperationKind {
    /** List elements examined by the naive count's linear membership tests. */
    COMPARISONS("comparisons", "list elements examined by the membership tests"),
    /** Membership tests made on hash sets, one lookup each. */
    LOOKUPS("lookups", "hash lookups (membership tests) made"),
    /** Calls of the recursive function, the first one included. */
    CALLS("calls", "calls of the function, the first one included"),
    /** Steps of the sorted-merge intersections (one pair of elements compared per step). */
    MERGE_STEPS("merge_steps", "steps of the sorted-merge intersections"),
    /** 64-bit words ANDed (and popcounted) between two bit rows. */
    WORDS("words", "64-bit words ANDed between bit rows"),
    /** Big-number additions of a linear algorithm. */
    ADDITIONS("additions", "additions"),
    /** Values summed by the mean. */
    ELEMENTS("elements", "values summed");

    private final String key;
    private final String meaning;

    OperationKind(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    /** The name in JSON and in text: {@code comparisons}, {@code merge_steps}. */
    public String key() {
        return key;
    }

    /** The unit as a person reads it: {@code merge steps}. */
    public String noun() {
        return key.replace('_', ' ');
    }

    /** What is counted, in a phrase. */
    public String meaning() {
        return meaning;
    }

    /**
     * "11.36 G comparisons, 95.1 M/s": a count and its rate, each with three or four
     * significant figures and a decimal prefix; the rate is left out when null.
     */
    public String describe(long count, Double perSecond) {
        String text = Operations.human(count) + " " + noun();
        return perSecond == null ? text : text + ", " + Operations.human(perSecond) + "/s";
    }
}
