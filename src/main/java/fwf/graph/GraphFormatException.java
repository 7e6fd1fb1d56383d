package fwf.graph;

import java.io.IOException;

/**
 * A line of an edge list that is not two node ids. Checked, because it is bad input the user
 * can fix, not a bug.
 *
 * <p>The message reads {@code source:line: problem: "line text"}, for example
 * {@code facebook.txt:12: expected two node ids, found one: "17"}.
 */
public final class GraphFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long lineNumber;
    private final String lineText;
    private final String problem;

    /**
     * @param source     the file name (or the name given with a {@link java.io.Reader})
     * @param lineNumber 1-based
     * @param lineText   the line as it should be shown: already made printable and shortened
     * @param problem    what is wrong, without the location
     */
    public GraphFormatException(String source, long lineNumber, String lineText, String problem) {
        super(source + ":" + lineNumber + ": " + problem + ": \"" + lineText + "\"");
        this.source = source;
        this.lineNumber = lineNumber;
        this.lineText = lineText;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** 1-based. */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * The offending line as quoted in the message: control characters replaced (a tab by a
     * space, anything else unprintable by {@code ?}) and cut to 80 characters plus
     * {@code ...}, so a binary file still gives a readable message.
     */
    public String lineText() {
        return lineText;
    }

    /** The problem alone, e.g. {@code negative node id -4}. */
    public String problem() {
        return problem;
    }
}
