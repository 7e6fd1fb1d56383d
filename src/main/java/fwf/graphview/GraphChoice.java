package fwf.graphview;

import fwf.graph.Generators;
import fwf.graph.Graph;

import java.util.Locale;

/**
 * Which graph the graph view replays a search on: a piece of ego-Facebook, all of it, or a
 * generated graph (which works without the file).
 */
public sealed interface GraphChoice {
    /** Whether {@link #build} needs the ego-Facebook graph. */
    boolean needsFacebook();

    /** The graph, cut from {@code facebook} (null when not {@link #needsFacebook()}). */
    Graph build(Graph facebook);

    /** A short description for the status line. */
    String describe();

    /** The ego network of the node labelled {@code label}: node 0's has 348 nodes and 2,866 edges. */
    record EgoNetwork(int label) implements GraphChoice {
        @Override
        public boolean needsFacebook() {
            return true;
        }

        @Override
        public Graph build(Graph facebook) {
            return facebook.egoNetwork(label);
        }

        @Override
        public String describe() {
            return "ego network of node " + label;
        }
    }

    /** The first {@code count} nodes of the file and the edges among them. */
    record FirstNodes(int count) implements GraphChoice {
        @Override
        public boolean needsFacebook() {
            return true;
        }

        @Override
        public Graph build(Graph facebook) {
            return facebook.firstNodes(Math.min(count, facebook.nodeCount()));
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "first %,d nodes", count);
        }
    }

    /** All of ego-Facebook: shown as a still picture, never live. */
    record WholeFacebook() implements GraphChoice {
        @Override
        public boolean needsFacebook() {
            return true;
        }

        @Override
        public Graph build(Graph facebook) {
            return facebook;
        }

        @Override
        public String describe() {
            return "all of ego-Facebook";
        }
    }

    /** A clustered Holme-Kim graph of {@code nodes} nodes, 4 links each. */
    record HolmeKim(int nodes, long seed) implements GraphChoice {
        /** Links per new node: about four times as many edges as nodes. */
        public static final int LINKS = 4;
        /** Triad probability: high, so there are triangles to find. */
        public static final double TRIADS = 0.8;

        @Override
        public boolean needsFacebook() {
            return false;
        }

        @Override
        public Graph build(Graph facebook) {
            return Generators.holmeKim(nodes, LINKS, TRIADS, seed);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "generated Holme-Kim graph of %,d nodes", nodes);
        }
    }

    /** The generated stand-in for ego-Facebook, 4,000 nodes: a still picture. */
    record FacebookLike(long seed) implements GraphChoice {
        @Override
        public boolean needsFacebook() {
            return false;
        }

        @Override
        public Graph build(Graph facebook) {
            return Generators.facebookLike(seed);
        }

        @Override
        public String describe() {
            return "generated Facebook-like graph";
        }
    }
}
