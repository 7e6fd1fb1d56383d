package fwf.run;

/**
 * What the measured iterations of a run allocated and how often the garbage collector ran
 * meanwhile, summed over the forks. Only JVM workers report it.
 *
 * @param computations operations run in the measured iterations (iterations times their batch)
 * @param allocatedBytes heap bytes allocated by the worker's threads inside the measured
 *                       iterations' timed regions (so a {@code parallel} kernel's pool threads
 *                       count too; the JIT's compiler threads, the harness's parent watcher and
 *                       its reporting between iterations do not)
 * @param gcCount      garbage collections from the start to the end of the measured phase
 * @param gcNs         their accumulated time, as the collectors report it (milliseconds, in ns)
 */
public record MemoryUse(long computations, long allocatedBytes, long gcCount, long gcNs) {
    public MemoryUse {
        if (computations < 0 || allocatedBytes < 0 || gcCount < 0 || gcNs < 0) {
            throw new IllegalArgumentException("negative memory figure: " + computations + "/" + allocatedBytes
                    + "/" + gcCount + "/" + gcNs);
        }
    }

    /** Bytes allocated per operation, or null when no operation was measured. */
    public Double bytesPerOperation() {
        return computations == 0 ? null : (double) allocatedBytes / computations;
    }

    public double gcMs() {
        return gcNs / 1e6;
    }

    /** The sum of two forks' figures. */
    public MemoryUse plus(MemoryUse other) {
        return new MemoryUse(computations + other.computations, allocatedBytes + other.allocatedBytes,
                gcCount + other.gcCount, gcNs + other.gcNs);
    }

    /** "0.00 B/op, no GC" or "48.0 B/op, 3 GCs (4.0 ms)", for tooltips and reports. */
    public String describe() {
        Double perOp = bytesPerOperation();
        String alloc = perOp == null ? "no operation measured" : String.format(java.util.Locale.ROOT,
                perOp < 10 ? "%.2f B/op allocated" : "%.1f B/op allocated", perOp);
        String gc = gcCount == 0 ? "no GC" : gcCount + (gcCount == 1 ? " GC" : " GCs")
                + String.format(java.util.Locale.ROOT, " (%.1f ms)", gcMs());
        return alloc + ", " + gc;
    }
}
