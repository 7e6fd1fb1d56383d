package fwf.workload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A recorded triangle search, for a player that steps forward and back and scrubs: random
 * access to any step, and to how many triangles were found by then.
 *
 * <p>Compact on purpose, since a naive search of a whole graph runs to tens of millions of steps:
 * each step keeps a kind, a line and only the node it introduces (the visited node, the
 * neighbour tried, the far neighbour tested: 6 bytes). The other corners are those of the latest
 * visit and try before it, found by binary search in the short lists of visit and try positions;
 * triangles found so far come the same way from the list of found positions.
 */
public final class StepTrace {
    /** The most steps a trace will hold: about 300 MB of arrays, the most a desktop view should pin. */
    public static final int MAX_STEPS = 50_000_000;

    private static final int CANCEL_CHECK_INTERVAL = 1 << 16;
    private static final StepKind[] KINDS = StepKind.values();

    private final TriangleSearch search;
    private final int size;
    private final byte[] kinds;
    private final byte[] lines;
    private final int[] values;
    private final int[] visitSteps;
    private final int[] trySteps;
    private final int[] foundSteps;
    private final boolean complete;

    private StepTrace(TriangleSearch search, Recorder r, boolean complete) {
        this.search = search;
        this.size = r.size;
        // Trimmed only when doubling left much unused: a trace may live as long as the view,
        // and the copy's peak is no higher than the last doubling's was.
        boolean wasteful = r.kinds.length - r.size > r.size / 8;
        this.kinds = wasteful ? Arrays.copyOf(r.kinds, r.size) : r.kinds;
        this.lines = wasteful ? Arrays.copyOf(r.lines, r.size) : r.lines;
        this.values = wasteful ? Arrays.copyOf(r.values, r.size) : r.values;
        this.visitSteps = r.visits.toArray();
        this.trySteps = r.tries.toArray();
        this.foundSteps = r.founds.toArray();
        this.complete = complete;
    }

    /**
     * Runs {@code search} over {@code graph}, recording up to {@code maxSteps} steps. A search
     * that needs more is cut there: the trace is then not {@link #complete()} and
     * {@link #truncation()} says so.
     *
     * @throws IllegalArgumentException when {@code maxSteps} is not in 1..{@link #MAX_STEPS}
     * @throws CancellationException    when {@code cancelled} turns true while recording
     */
    public static StepTrace record(TriangleSearch search, EdgeList graph, int maxSteps, BooleanSupplier cancelled) {
        if (maxSteps < 1 || maxSteps > MAX_STEPS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "step limit must be between 1 and %,d, got %,d", MAX_STEPS, maxSteps));
        }
        StepCursor cursor = search.cursor(graph);
        Recorder r = new Recorder(maxSteps);
        while (r.size < maxSteps && cursor.advance()) {
            r.add(cursor);
            if ((r.size & (CANCEL_CHECK_INTERVAL - 1)) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException(String.format(Locale.ROOT,
                        "trace of %s cancelled after %,d steps", search.variantName(), r.size));
            }
        }
        boolean complete = !cursor.advance();
        return new StepTrace(search, r, complete);
    }

    public TriangleSearch search() {
        return search;
    }

    public int size() {
        return size;
    }

    /** Whether the trace holds the whole search, ending with {@link StepKind#DONE}. */
    public boolean complete() {
        return complete;
    }

    /** Why the trace stops short, for the view to show; empty when complete. */
    public Optional<String> truncation() {
        if (complete) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "%s: recording stopped at %,d steps before the search finished, having found %,d triangles;"
                        + " only those steps can be replayed (a smaller graph, such as one ego network, fits whole)",
                search.variantName(), size, foundSteps.length));
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("step " + i + " of a trace of " + size + " steps");
        }
    }

    public StepKind kind(int i) {
        check(i);
        return KINDS[kinds[i]];
    }

    /** The pseudo-code line of step {@code i}, an index into {@link TriangleSearch#source()}. */
    public int line(int i) {
        check(i);
        return lines[i];
    }

    /** Whether step {@code i} was looked at and skipped, see {@link TriangleSearch#skips}. */
    public boolean skipped(int i) {
        return search.skips(line(i));
    }

    /** The first corner at step {@code i}; -1 for {@link StepKind#DONE}. */
    public int node(int i) {
        StepKind kind = kind(i);
        if (kind == StepKind.DONE) {
            return -1;
        }
        return values[latestAtOrBefore(visitSteps, i)];
    }

    /** The second corner at step {@code i}; -1 for {@link StepKind#VISIT_NODE} and {@link StepKind#DONE}. */
    public int neighbour(int i) {
        StepKind kind = kind(i);
        if (kind == StepKind.VISIT_NODE || kind == StepKind.DONE) {
            return -1;
        }
        return values[latestAtOrBefore(trySteps, i)];
    }

    /** The third corner at step {@code i}, for tests and found triangles; else -1. */
    public int far(int i) {
        StepKind kind = kind(i);
        return kind == StepKind.TEST_FAR_NEIGHBOUR || kind == StepKind.FOUND_TRIANGLE ? values[i] : -1;
    }

    /** Step {@code i} as a value, equal to what the lazy stream gave at that position. */
    public TriangleStep step(int i) {
        int line = line(i);
        return switch (kind(i)) {
            case VISIT_NODE -> new TriangleStep.VisitNode(node(i), line);
            case TRY_NEIGHBOUR -> new TriangleStep.TryNeighbour(node(i), neighbour(i), line);
            case TEST_FAR_NEIGHBOUR -> new TriangleStep.TestFarNeighbour(node(i), neighbour(i), far(i), line);
            case FOUND_TRIANGLE -> new TriangleStep.FoundTriangle(node(i), neighbour(i), far(i), line);
            case DONE -> new TriangleStep.Done(foundSteps.length, line);
        };
    }

    /**
     * Triangles found in steps {@code 0..i}, in O(log found); {@code i = -1} (before the first
     * step) gives 0.
     */
    public int foundSoFar(int i) {
        if (i != -1) {
            check(i);
        }
        return countAtOrBefore(foundSteps, i);
    }

    /** Triangles found in the whole trace. */
    public int foundCount() {
        return foundSteps.length;
    }

    /** The step at which triangle {@code k} (0-based, in finding order) was found. */
    public int foundStep(int k) {
        if (k < 0 || k >= foundSteps.length) {
            throw new IndexOutOfBoundsException("triangle " + k + " of " + foundSteps.length + " found");
        }
        return foundSteps[k];
    }

    /** How many of the sorted positions are at most {@code i}. */
    private static int countAtOrBefore(int[] sortedSteps, int i) {
        int found = Arrays.binarySearch(sortedSteps, i);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int latestAtOrBefore(int[] sortedSteps, int i) {
        return sortedSteps[countAtOrBefore(sortedSteps, i) - 1];
    }

    /** Growing arrays, doubled as needed but never beyond the limit. */
    private static final class Recorder {
        private final int limit;
        private byte[] kinds = new byte[1024];
        private byte[] lines = new byte[1024];
        private int[] values = new int[1024];
        private final IntList visits = new IntList();
        private final IntList tries = new IntList();
        private final IntList founds = new IntList();
        private int size;

        Recorder(int limit) {
            this.limit = limit;
        }

        void add(StepCursor cursor) {
            if (size == kinds.length) {
                int capacity = (int) Math.min(limit, 2L * size);
                kinds = Arrays.copyOf(kinds, capacity);
                lines = Arrays.copyOf(lines, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            StepKind kind = cursor.kind();
            kinds[size] = (byte) kind.ordinal();
            lines[size] = (byte) cursor.line();
            switch (kind) {
                case VISIT_NODE -> {
                    visits.add(size);
                    values[size] = cursor.node();
                }
                case TRY_NEIGHBOUR -> {
                    tries.add(size);
                    values[size] = cursor.neighbour();
                }
                case TEST_FAR_NEIGHBOUR -> values[size] = cursor.far();
                case FOUND_TRIANGLE -> {
                    founds.add(size);
                    values[size] = cursor.far();
                }
                case DONE -> values[size] = -1;
            }
            size++;
        }
    }

    private static final class IntList {
        private int[] items = new int[64];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, 2 * size);
            }
            items[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
