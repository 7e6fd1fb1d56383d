package fwf.graph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * One pass over the bytes of a SNAP edge list. Single use, not thread-safe.
 *
 * <p>Why bytes and not {@code String.split}/{@code Scanner}: the ids are ASCII digits, so
 * parsing them straight out of a byte buffer allocates nothing per line; only an error decodes
 * text (as UTF-8, for the message).
 */
final class EdgeListParser {
    private static final int MAX_SHOWN = 80;
    /** U+FEFF in UTF-8: only ever at the very start of a file. */
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String source;
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int len;

    private long lineNumber;
    private long comments;
    private long blanks;
    private long selfLoops;
    private long duplicates;

    /**
     * Labels below this are looked up in {@link #directIds}, an array indexed by label; larger
     * ones in {@link #sparseIds}. SNAP ids are mostly small and dense (0..4038 in ego-Facebook,
     * 0..999,999 in a generated million-node graph), and a hash of every id scatters the lookups:
     * for ten million edges the twenty million hash probes, each a cache miss, were half the
     * reading time. The array grows by doubling up to this bound (64 MiB).
     */
    private static final int DIRECT_LIMIT = 1 << 24;

    /** id + 1 of each label below {@code directIds.length}; 0 = not seen yet. */
    private int[] directIds = new int[1 << 12];
    private final IntIntMap sparseIds = new IntIntMap(1 << 4);
    private int nodes;
    private int[] labels = new int[1 << 12];
    private int[] from;
    private int[] to;
    private int edges;

    EdgeListParser(String source, InputStream in) {
        this(source, in, 1 << 12);
    }

    /**
     * {@code expectedEdges} sizes the edge arrays up front, so that ten million edges are not
     * copied into ever larger arrays. A wrong guess costs only that growth (or some unused room).
     */
    EdgeListParser(String source, InputStream in, int expectedEdges) {
        this.source = source;
        this.in = in;
        int capacity = Math.max(1 << 12, expectedEdges);
        from = new int[capacity];
        to = new int[capacity];
    }

    LoadedGraph parse() throws IOException {
        long start = System.nanoTime();
        int lineStart = 0;
        int scan = 0;
        boolean eof = false;
        while (true) {
            int nl = indexOfNewline(scan);
            if (nl >= 0) {
                line(lineStart, nl);
                lineStart = nl + 1;
                scan = lineStart;
            } else if (eof) {
                if (lineStart < len) {
                    line(lineStart, len);
                }
                break;
            } else {
                // Keep the unfinished line, then refill behind it (growing only for a line
                // longer than the buffer).
                int rest = len - lineStart;
                if (lineStart == 0 && len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                } else {
                    System.arraycopy(buf, lineStart, buf, 0, rest);
                }
                len = rest;
                lineStart = 0;
                scan = rest;
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            }
        }
        dropRepeats();
        // The graph indexes its labels itself: once per node, not once per endpoint.
        Graph graph = new Graph(source, Arrays.copyOf(labels, nodes), null,
                Arrays.copyOf(from, edges), Arrays.copyOf(to, edges));
        long nanos = System.nanoTime() - start;
        return new LoadedGraph(graph, new LoadSummary(source, lineNumber, comments, blanks,
                selfLoops, duplicates, nodes, edges, nanos));
    }

    private boolean startsWithByteOrderMark(int lo, int hi) {
        if (hi - lo < BYTE_ORDER_MARK.length) {
            return false;
        }
        for (int i = 0; i < BYTE_ORDER_MARK.length; i++) {
            if (buf[lo + i] != BYTE_ORDER_MARK[i]) {
                return false;
            }
        }
        return true;
    }

    private int indexOfNewline(int from) {
        byte[] b = buf;
        for (int i = from, end = len; i < end; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t';
    }

    /** One line, {@code [lo, hi)} without its {@code \n}. */
    private void line(int lo, int hi) throws GraphFormatException {
        lineNumber++;
        byte[] b = buf;
        if (lineNumber == 1 && startsWithByteOrderMark(lo, hi)) {
            lo += BYTE_ORDER_MARK.length; // not part of the text: an editor's mark of UTF-8
        }
        if (hi > lo && b[hi - 1] == '\r') {
            hi--;
        }
        int p = lo;
        while (p < hi && isSpace(b[p])) {
            p++;
        }
        if (p == hi) {
            blanks++;
            return;
        }
        if (b[p] == '#' || b[p] == '%') {
            comments++;
            return;
        }
        int firstStart = p;
        while (p < hi && !isSpace(b[p])) {
            p++;
        }
        int firstEnd = p;
        while (p < hi && isSpace(b[p])) {
            p++;
        }
        if (p == hi) {
            throw error(lo, hi, "expected two node ids, found one");
        }
        int secondStart = p;
        while (p < hi && !isSpace(b[p])) {
            p++;
        }
        int secondEnd = p;
        while (p < hi && isSpace(b[p])) {
            p++;
        }
        if (p < hi) {
            throw error(lo, hi, "expected two node ids, found " + countTokens(lo, hi));
        }
        int a = nodeId(firstStart, firstEnd, lo, hi);
        int c = nodeId(secondStart, secondEnd, lo, hi);
        edge(a, c);
    }

    private void edge(int labelA, int labelB) {
        int u = id(labelA);
        int v = id(labelB);
        if (u == v) {
            selfLoops++;
            return;
        }
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
        }
        from[edges] = u;
        to[edges++] = v;
    }

    /**
     * Drops each repeat of an edge (either way round), keeping its first line, in one pass over
     * the edges once they are all read. Why after and not as each line comes: the set of ten
     * million edges spans 256 MiB, so nearly every lookup misses the caches; looked up between
     * lines, each miss waited for memory with the parsing in between (the 10M-edge Holme-Kim file:
     * 3.5 s of a 6 s read), while in a loop of lookups alone the processor overlaps them.
     */
    private void dropRepeats() {
        LongSet seen = new LongSet(edges);
        int kept = 0;
        for (int i = 0; i < edges; i++) {
            int u = from[i];
            int v = to[i];
            if (seen.add(LongSet.pack(u, v))) {
                from[kept] = u;
                to[kept++] = v;
            }
        }
        duplicates = edges - kept;
        edges = kept;
    }

    private int id(int label) {
        int next = nodes;
        if (label < DIRECT_LIMIT) {
            if (label >= directIds.length) {
                directIds = Arrays.copyOf(directIds, Math.min(DIRECT_LIMIT, Integer.highestOneBit(label) << 1));
            }
            int found = directIds[label] - 1;
            if (found >= 0) {
                return found;
            }
            directIds[label] = next + 1;
        } else {
            int found = sparseIds.putIfAbsent(label, next);
            if (found >= 0) {
                return found;
            }
        }
        nodes++;
        if (next == labels.length) {
            labels = Arrays.copyOf(labels, next * 2);
        }
        labels[next] = label;
        return next;
    }

    private int countTokens(int lo, int hi) {
        int count = 0;
        boolean inToken = false;
        for (int i = lo; i < hi; i++) {
            boolean space = isSpace(buf[i]);
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }

    /**
     * The id in {@code [s, e)}: digits only, with a leading {@code -} recognised just to say
     * "negative" rather than "not an integer".
     */
    private int nodeId(int s, int e, int lineLo, int lineHi) throws GraphFormatException {
        byte[] b = buf;
        boolean negative = b[s] == '-';
        int p = negative ? s + 1 : s;
        if (p == e) {
            throw notAnInteger(s, e, lineLo, lineHi);
        }
        long value = 0;
        for (; p < e; p++) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                throw notAnInteger(s, e, lineLo, lineHi);
            }
            // Saturate instead of overflowing: past 2^31 the exact value no longer matters.
            value = Math.min(value * 10 + d, 1L << 40);
        }
        if (negative && value != 0) {
            throw error(lineLo, lineHi, "negative node id " + shown(s, e));
        }
        if (value > Integer.MAX_VALUE) {
            throw error(lineLo, lineHi,
                    "node id " + shown(s, e) + " is above " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    private GraphFormatException notAnInteger(int s, int e, int lineLo, int lineHi) {
        return error(lineLo, lineHi, "not an integer node id \"" + shown(s, e) + "\"");
    }

    private GraphFormatException error(int lo, int hi, String problem) {
        return new GraphFormatException(source, lineNumber, shown(lo, hi), problem);
    }

    private String shown(int lo, int hi) {
        return Printable.shorten(buf, lo, hi, MAX_SHOWN);
    }
}
