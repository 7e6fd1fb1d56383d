package fwf.workload;

import java.math.BigDecimal;

/** How a workload's answer is compared with the reference answer. */
public enum Agreement {
    /** Integers: equal as numbers, whatever their Java type (Long, BigInteger, a JSON number). */
    EXACT,
    /** Floating point: within one part in a million, since summation order changes the last bits. */
    RELATIVE_1E6;

    /** Compares two answers given as numbers or as their text; anything unparsable disagrees. */
    public boolean agrees(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return false;
        }
        try {
            return compare(expected, actual);
        } catch (NumberFormatException e) {
            return false; // a worker that printed garbage did not give the right answer
        }
    }

    private boolean compare(Object expected, Object actual) {
        return switch (this) {
            case EXACT -> new BigDecimal(expected.toString()).compareTo(new BigDecimal(actual.toString())) == 0;
            case RELATIVE_1E6 -> {
                double e = Double.parseDouble(expected.toString());
                double a = Double.parseDouble(actual.toString());
                yield Math.abs(e - a) <= 1e-6 * Math.max(Math.abs(e), Double.MIN_NORMAL);
            }
        };
    }
}
