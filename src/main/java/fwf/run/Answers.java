package fwf.run;

/**
 * Answers travel between processes and into the journal as text: integers in full (a
 * BigInteger fib(100) keeps every digit), doubles as Java prints them (shortest text that
 * reads back to the same double).
 */
public final class Answers {
    private Answers() {
    }

    public static String text(Object answer) {
        return answer == null ? null : answer.toString();
    }
}
