package fwf.run;

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
 * @param bci         for an OSR, the bytecode index of the loop the running call moved onto the
 *                    compiled code at; for a deopt, that of the trap; -1 otherwise or unknown
 * @param reason      for a deopt, HotSpot's name of the speculation that failed
 *                    ({@code unstable_if}, {@code class_check}, {@code null_check}...); empty
 *                    otherwise or unknown
 */
public record JitEvent(String kind, String method, int tier, long sinceStartNs, long durationNs, int bci,
                       String reason) {
    public JitEvent {
        reason = reason == null ? "" : reason;
    }

    /** An event without a bci or a reason (a compilation, or one recorded before they were kept). */
    public JitEvent(String kind, String method, int tier, long sinceStartNs, long durationNs) {
        this(kind, method, tier, sinceStartNs, durationNs, -1, "");
    }

    /**
     * Whether the method is the kernel's own, not the catalogue's glue around it: the lambdas
     * that call a kernel and other classes the JVM generates ({@code $$Lambda},
     * {@code $$TypeSwitch}, named per run), the {@code ...Variants} classes (which also compute
     * the reference answer) and the classes nested in them, and the {@code ...Input} records a
     * kernel reads its size from.
     */
    public static boolean kernelsOwn(String method) {
        int cut = method.indexOf("::");
        String type = cut < 0 ? method : method.substring(0, cut);
        // A class nested in a Variants class is glue too (dynamic-deopt's SpeculationBreaker).
        String outer = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
        return !type.contains("$$") && !outer.endsWith("Variants") && !type.endsWith("Input");
    }
}
