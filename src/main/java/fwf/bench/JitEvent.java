package fwf.bench;

/**
 * A JIT compilation or deoptimisation of one of the kernel's methods, as the worker's JIT log
 * showed it.
 *
 * @param kind        "compile", "osr" (an on-stack-replacement compile: a running loop moved onto
 *                    compiled code mid-call) or "deopt"
 * @param method      {@code fwf.workload.Fib::primitive}
 * @param tier        compilation level 1..4 (C1 levels 1-3, C2 level 4), 0 for a deopt
 * @param sinceStartNs nanoseconds from the start of the worker's first iteration to the start of
 *                    the compilation (the new code is in use from {@code sinceStartNs + durationNs});
 *                    negative for work done while the input was prepared
 * @param durationNs  how long the compilation took, 0 for a deopt
 */
public record JitEvent(String kind, String method, int tier, long sinceStartNs, long durationNs) {
}
