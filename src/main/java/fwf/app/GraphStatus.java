package fwf.app;

/** What is known of the chosen graph file, shown under the file field. */
public sealed interface GraphStatus {
    /** No file chosen, or the generated graph is in use. */
    record None() implements GraphStatus {
    }

    /** Being read in the background. */
    record Reading(String file) implements GraphStatus {
    }

    /** Read: its size bounds the node-count field. */
    record Read(String file, int nodes, int edges) implements GraphStatus {
    }

    /** Cannot be used; {@code message} names the file and, for a bad line, the line. */
    record Unreadable(String message) implements GraphStatus {
    }
}
