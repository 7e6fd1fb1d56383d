package fwf.app;

import fwf.graph.GeneratedGraph;

/** What is known of the chosen graph, file or generated, shown under the Graph box's choices. */
public sealed interface GraphStatus {
    /** No file chosen, or the generated Facebook-like graph is in use (each run generates it). */
    record None() implements GraphStatus {
    }

    /** Being read in the background. */
    record Reading(String file) implements GraphStatus {
    }

    /**
     * A generated graph being made for the cache: {@code done} of {@code total} nodes while
     * generating, then of its edges while writing.
     */
    record Generating(GeneratedGraph graph, GeneratedGraph.Phase phase, long done, long total) implements GraphStatus {
        /** How far the current phase is, 0 to 1, for a progress bar. */
        public double fraction() {
            return total == 0 ? 1 : (double) done / total;
        }
    }

    /** Read (or generated and written): its size bounds the node-count field. */
    record Read(String file, int nodes, int edges) implements GraphStatus {
    }

    /** Cannot be used; {@code message} names the file and, for a bad line, the line. */
    record Unreadable(String message) implements GraphStatus {
    }
}
