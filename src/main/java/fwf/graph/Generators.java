package fwf.graph;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Random graphs for when the SNAP file is absent, and for sizes the file does not have. Each
 * generator is deterministic for its seed (one {@link SplittableRandom}, drawn in a fixed
 * order), so a generated input is as reproducible as a file.
 *
 * <p>Every result obeys the {@link Graph} invariants: ids are in order of first appearance in
 * the generated edge order. For the two preferential-attachment models that is creation order
 * (each new node's first edge mentions it first), so labels equal ids; G(n,p) is renumbered and
 * keeps each node's creation index as its label.
 */
public final class Generators {
    /**
     * How often (in nodes) a generator tells its progress callback how far it is: rarely enough
     * to cost nothing, often enough for a progress bar on a million nodes.
     */
    public static final int PROGRESS_STEP = 1 << 14;

    private Generators() {
    }

    /**
     * G(n, p): each of the n(n-1)/2 pairs is an edge with probability p, independently. Uses
     * geometric skipping (Batagelj and Brandes, 2005): the gap to the next edge is drawn
     * directly, so the cost is O(n + m), not O(n^2). Pairs come in the order (0,1), (0,2),
     * (1,2), (0,3), ...: node v's edges to earlier nodes, for v = 1, 2, ...; nodes with no edge
     * come last.
     */
    public static Graph erdosRenyi(int n, double p, long seed) {
        return erdosRenyi(n, p, seed, done -> { });
    }

    /**
     * {@link #erdosRenyi(int, double, long)}, telling {@code nodesDone} how many nodes have all
     * their edges every {@link #PROGRESS_STEP} nodes (the graph is the same with or without it).
     */
    public static Graph erdosRenyi(int n, double p, long seed, IntConsumer nodesDone) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1]: " + p);
        }
        String name = "erdos-renyi(n=" + n + ",p=" + plain(p) + ",seed=" + seed + ")";
        EdgeBuffer edges = new EdgeBuffer(expectedEdges(n, p));
        SplittableRandom random = new SplittableRandom(seed);
        if (p == 1) {
            for (int v = 1; v < n; v++) {
                for (int w = 0; w < v; w++) {
                    edges.add(w, v);
                }
            }
        } else if (p > 0) {
            double logQ = Math.log1p(-p);
            int v = 1;
            long w = -1;
            while (v < n) {
                // 1 - nextDouble() is in (0, 1], so the log is finite; the cap keeps a huge
                // skip (tiny p) from overflowing w, and still ends the loop below.
                double skip = Math.floor(Math.log(1 - random.nextDouble()) / logQ);
                w += 1 + (long) Math.min(skip, 1e18);
                while (w >= v && v < n) {
                    w -= v;
                    v++;
                    if (v % PROGRESS_STEP == 0) {
                        nodesDone.accept(v);
                    }
                }
                if (v < n) {
                    edges.add((int) w, v);
                }
            }
        }
        return renumberedByFirstAppearance(name, n, edges);
    }

    /**
     * Barabási-Albert preferential attachment: nodes {@code 0..m} start as a complete graph
     * (the seed clique, m(m+1)/2 edges); each later node attaches to {@code m} distinct earlier
     * nodes, each chosen with probability proportional to its degree. So there are exactly
     * {@code m(m+1)/2 + (n-m-1)*m} edges.
     *
     * @throws IllegalArgumentException unless {@code m >= 1} and {@code n >= m + 1}
     */
    public static Graph barabasiAlbert(int n, int m, long seed) {
        return barabasiAlbert(n, m, seed, done -> { });
    }

    /** {@link #barabasiAlbert(int, int, long)} with progress, as {@link #erdosRenyi(int, double, long, IntConsumer)}. */
    public static Graph barabasiAlbert(int n, int m, long seed, IntConsumer nodesDone) {
        checkAttachment(n, m);
        String name = "barabasi-albert(n=" + n + ",m=" + m + ",seed=" + seed + ")";
        return new Attachment(n, m, 0, seed).run(name, nodesDone);
    }

    /**
     * Holme-Kim (2002): Barabási-Albert plus triad formation, which closes triangles and so
     * gives the high clustering of social networks. Same seed clique and the same exact edge
     * count as {@link #barabasiAlbert}. Each new node's first link is preferential; each further
     * link is, with probability {@code triadProbability}, to a random neighbour of the node the
     * last preferential link went to (a friend of a friend), falling back to a preferential link
     * when that node has no neighbour left to link to.
     */
    public static Graph holmeKim(int n, int m, double triadProbability, long seed) {
        return holmeKim(n, m, triadProbability, seed, done -> { });
    }

    /** {@link #holmeKim(int, int, double, long)} with progress, as {@link #erdosRenyi(int, double, long, IntConsumer)}. */
    public static Graph holmeKim(int n, int m, double triadProbability, long seed, IntConsumer nodesDone) {
        checkAttachment(n, m);
        if (!(triadProbability >= 0 && triadProbability <= 1)) {
            throw new IllegalArgumentException("triadProbability must be in [0, 1]: "
                    + triadProbability);
        }
        String name = "holme-kim(n=" + n + ",m=" + m + ",pt=" + plain(triadProbability)
                + ",seed=" + seed + ")";
        return new Attachment(n, m, triadProbability, seed).run(name, nodesDone);
    }

    /** Nodes of {@link #facebookLike}: ego-Facebook has 4,039. */
    public static final int FACEBOOK_LIKE_NODES = 4000;
    /** Links per new node of {@link #facebookLike}, giving 87,747 edges (ego-Facebook: 88,234). */
    public static final int FACEBOOK_LIKE_M = 22;
    /**
     * Triad probability of {@link #facebookLike}: after a node's first link, nine in ten try a
     * friend of a friend, and the rest stay preferential so hubs keep growing.
     */
    public static final double FACEBOOK_LIKE_TRIAD_PROBABILITY = 0.9;

    /**
     * A stand-in for ego-Facebook when the file is absent: {@code holmeKim(4000, 22, 0.9,
     * seed)}, 4,000 nodes and 87,747 edges (ego-Facebook: 4,039 and 88,234). It is clustered,
     * but less than the
     * real thing, which is ten dense ego networks stitched together: for seed 1 it has 190,165
     * triangles and an average clustering of 0.13 (ego-Facebook: 1,612,010 and 0.61; plain
     * preferential attachment of the same size: 100,259 and 0.04).
     */
    public static Graph facebookLike(long seed) {
        return holmeKim(FACEBOOK_LIKE_NODES, FACEBOOK_LIKE_M, FACEBOOK_LIKE_TRIAD_PROBABILITY, seed);
    }

    private static void checkAttachment(int n, int m) {
        if (m < 1) {
            throw new IllegalArgumentException("m must be >= 1: " + m);
        }
        if (n < m + 1) {
            throw new IllegalArgumentException("n must be >= m + 1 (the seed clique): n=" + n
                    + ", m=" + m);
        }
    }

    private static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    private static int expectedEdges(int n, double p) {
        double expected = p * n * (n - 1.0) / 2;
        return (int) Math.min(Integer.MAX_VALUE - 8, expected + 4 * Math.sqrt(expected) + 16);
    }

    /** Ids by first appearance in the edge order, then the isolated nodes; labels = creation. */
    private static Graph renumberedByFirstAppearance(String name, int n, EdgeBuffer edges) {
        int[] newId = new int[n];
        Arrays.fill(newId, -1);
        int[] labels = new int[n];
        int next = 0;
        int[] from = new int[edges.size];
        int[] to = new int[edges.size];
        for (int i = 0; i < edges.size; i++) {
            int u = edges.from[i];
            int v = edges.to[i];
            if (newId[u] < 0) {
                labels[next] = u;
                newId[u] = next++;
            }
            if (newId[v] < 0) {
                labels[next] = v;
                newId[v] = next++;
            }
            from[i] = newId[u];
            to[i] = newId[v];
        }
        for (int u = 0; u < n; u++) {
            if (newId[u] < 0) {
                labels[next++] = u;
            }
        }
        return new Graph(name, labels, null, from, to);
    }

    /** A growable pair of int arrays. */
    private static final class EdgeBuffer {
        int[] from;
        int[] to;
        int size;

        EdgeBuffer(int capacity) {
            from = new int[Math.max(16, capacity)];
            to = new int[from.length];
        }

        void add(int u, int v) {
            if (size == from.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, 2L * size);
                if (grown == size) {
                    throw new IllegalStateException("more than " + size + " edges");
                }
                from = Arrays.copyOf(from, grown);
                to = Arrays.copyOf(to, grown);
            }
            from[size] = u;
            to[size++] = v;
        }
    }

    /** The growth process shared by Barabási-Albert (no triads) and Holme-Kim. */
    private static final class Attachment {
        private final int n;
        private final int m;
        private final double triadProbability;
        private final SplittableRandom random;
        /**
         * Both endpoints of every edge so far: a uniform pick from it is a pick proportional
         * to degree, the usual O(1) trick for preferential attachment.
         */
        private final int[] endpoints;
        private int endpointCount;
        private final int[][] adjacency;
        private final int[] degree;
        /** {@code linkedBy[w] == v} when the new node v already links to w (or w is v). */
        private final int[] linkedBy;
        private final EdgeBuffer edges;

        Attachment(int n, int m, double triadProbability, long seed) {
            this.n = n;
            this.m = m;
            this.triadProbability = triadProbability;
            this.random = new SplittableRandom(seed);
            long edgeCount = (long) m * (m + 1) / 2 + (long) (n - m - 1) * m;
            if (2 * edgeCount > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many edges: " + edgeCount);
            }
            endpoints = new int[(int) (2 * edgeCount)];
            edges = new EdgeBuffer((int) edgeCount);
            adjacency = new int[n][];
            degree = new int[n];
            linkedBy = new int[n];
            Arrays.fill(linkedBy, -1);
        }

        Graph run(String name, IntConsumer nodesDone) {
            for (int u = 0; u <= m; u++) {
                adjacency[u] = new int[2 * m];
            }
            for (int u = 0; u <= m; u++) {
                for (int v = u + 1; v <= m; v++) {
                    link(u, v);
                }
            }
            for (int v = m + 1; v < n; v++) {
                adjacency[v] = new int[2 * m];
                // v is in the endpoint list as soon as it has a link: marking it as taken
                // keeps it from picking itself.
                linkedBy[v] = v;
                int lastPreferential = preferential(v);
                link(v, lastPreferential);
                for (int k = 1; k < m; k++) {
                    int target = -1;
                    if (triadProbability > 0 && random.nextDouble() < triadProbability) {
                        target = friendOfFriend(v, lastPreferential);
                    }
                    if (target < 0) {
                        target = preferential(v);
                        lastPreferential = target;
                    }
                    link(v, target);
                }
                if ((v + 1) % PROGRESS_STEP == 0) {
                    nodesDone.accept(v + 1);
                }
            }
            return new Graph(name, n, Arrays.copyOf(edges.from, edges.size),
                    Arrays.copyOf(edges.to, edges.size));
        }

        /** An earlier node v does not link to yet, with probability proportional to degree. */
        private int preferential(int v) {
            // At most m-1 of the v > m earlier nodes are taken, so this ends quickly.
            while (true) {
                int w = endpoints[random.nextInt(endpointCount)];
                if (linkedBy[w] != v) {
                    return w;
                }
            }
        }

        /** A uniformly random neighbour of w that v does not link to yet, or -1 if none. */
        private int friendOfFriend(int v, int w) {
            int[] ns = adjacency[w];
            int d = degree[w];
            // Cheap random tries first; scan only when most neighbours are taken.
            for (int attempt = 0; attempt < 4; attempt++) {
                int u = ns[random.nextInt(d)];
                if (linkedBy[u] != v) {
                    return u;
                }
            }
            int free = 0;
            for (int k = 0; k < d; k++) {
                if (linkedBy[ns[k]] != v) {
                    free++;
                }
            }
            if (free == 0) {
                return -1;
            }
            int pick = random.nextInt(free);
            for (int k = 0; k < d; k++) {
                if (linkedBy[ns[k]] != v && pick-- == 0) {
                    return ns[k];
                }
            }
            throw new AssertionError("unreachable");
        }

        private void link(int u, int v) {
            edges.add(u, v);
            endpoints[endpointCount++] = u;
            endpoints[endpointCount++] = v;
            append(u, v);
            append(v, u);
            linkedBy[v] = u;
        }

        private void append(int u, int v) {
            if (degree[u] == adjacency[u].length) {
                adjacency[u] = Arrays.copyOf(adjacency[u], 2 * degree[u]);
            }
            adjacency[u][degree[u]++] = v;
        }
    }
}
