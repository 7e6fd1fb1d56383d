package fwf.run;

import java.util.OptionalLong;

/**
 * The talk's timing: one call in a fresh process, its warm-up (class loading, the interpreter,
 * the JIT compiling) included. A run's first iteration is exactly that call: the first warm-up
 * iteration of the first fork, or its first measured one when the plan had no warm-up.
 *
 * <p>Only when that iteration ran one operation alone: a batched iteration reports a time per
 * operation averaged over many, which is no cold call. A {@link Measurement} does not record
 * batches, and needs not: every worker's first iteration is unbatched ({@link TimingLoop} always
 * begins with one operation alone, whatever the plan, and the friends never batch), which
 * TimingLoopTest holds.
 */
public final class ColdTime {
    private ColdTime() {
    }

    /** The first call's time, empty when the run measured nothing. */
    public static OptionalLong of(Measurement m) {
        if (!m.warmupNs().isEmpty()) {
            return OptionalLong.of(m.warmupNs().getFirst());
        }
        return m.samplesNs().isEmpty() ? OptionalLong.empty() : OptionalLong.of(m.samplesNs().getFirst());
    }
}
