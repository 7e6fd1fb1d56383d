package fwf.bench;

/**
 * A JIT compilation or deoptimisation of one of the kernel's methods, as JFR saw it in the
 * worker.
 *
 * @param kind        "compile" or "deopt"
 * @param method      {@code fwf.workload.FibVariants::fibPrimitive}
 * @param tier        compilation level 1..4 (C1 levels 1-3, C2 level 4), 0 for a deopt
 * @param sinceStartNs nanoseconds since the worker's first iteration started
 * @param durationNs  how long the compilation took, 0 for a deopt
 */
public record JitEvent(String kind, String method, int tier, long sinceStartNs, long durationNs) {
}
