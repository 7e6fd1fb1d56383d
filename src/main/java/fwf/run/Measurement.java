package fwf.run;

import java.util.List;

/**
 * The result of one run: what was asked, how it ended, every sample, the statistics and where
 * it was measured. Immutable; the journal stores exactly this.
 *
 * @param id          unique id (time-ordered) so exports and the window can refer to it
 * @param answer      the answer as text (integers in full, doubles as Java prints them), null
 *                    when the run produced none
 * @param expected    the reference answer as text
 * @param loadNs      median time to load/parse the input and prepare the variant's structure
 * @param warmupNs    warm-up iteration times, all forks in order
 * @param samplesNs   measured iteration times, all forks in order
 * @param stats       null unless at least one measured sample exists
 * @param message     why it failed, timed out or was wrong (with the worker's last stderr lines); null when OK
 * @param jit         JIT events of the kernel's methods, first fork only
 * @param operations  the work of one computation, counted by the untimed replay of
 *                    {@code fwf.workload.Operations} in the caller (never in the worker): the
 *                    comparisons, calls, lookups, merge steps or words of the variant's algorithm;
 *                    null when the variant has no fixed count or it was not counted
 * @param memory      what the measured iterations allocated and the GCs meanwhile, all forks
 *                    summed; null for friends and for records written before it was measured
 */
public record Measurement(String id, RunRequest request, Status status, String answer, String expected,
                          long loadNs, List<Long> warmupNs, List<Long> samplesNs, Stats stats,
                          Environment environment, String message, List<JitEvent> jit, Long operations,
                          MemoryUse memory) {
    public Measurement {
        warmupNs = List.copyOf(warmupNs);
        samplesNs = List.copyOf(samplesNs);
        jit = List.copyOf(jit);
        if (operations != null && operations < 0) {
            throw new IllegalArgumentException("operations < 0: " + operations);
        }
    }

    /** A measurement without allocation figures. */
    public Measurement(String id, RunRequest request, Status status, String answer, String expected,
                       long loadNs, List<Long> warmupNs, List<Long> samplesNs, Stats stats,
                       Environment environment, String message, List<JitEvent> jit, Long operations) {
        this(id, request, status, answer, expected, loadNs, warmupNs, samplesNs, stats, environment, message, jit,
                operations, null);
    }

    /** A measurement without a count of operations. */
    public Measurement(String id, RunRequest request, Status status, String answer, String expected,
                       long loadNs, List<Long> warmupNs, List<Long> samplesNs, Stats stats,
                       Environment environment, String message, List<JitEvent> jit) {
        this(id, request, status, answer, expected, loadNs, warmupNs, samplesNs, stats, environment, message, jit,
                null);
    }

    /**
     * Operations per second of the median computation ("95 million list elements a second"), or
     * null without a count or without a measured sample.
     */
    public Double operationsPerSecond() {
        if (operations == null || stats == null || stats.medianNs() <= 0) {
            return null;
        }
        return operations / (stats.medianNs() / 1e9);
    }

    /** The same measurement with its count of operations (null for none). */
    public Measurement withOperations(Long count) {
        return new Measurement(id, request, status, answer, expected, loadNs, warmupNs, samplesNs, stats, environment,
                message, jit, count, memory);
    }

    /** The same measurement with its allocation and GC figures (null for none). */
    public Measurement withMemory(MemoryUse use) {
        return new Measurement(id, request, status, answer, expected, loadNs, warmupNs, samplesNs, stats, environment,
                message, jit, operations, use);
    }
}
