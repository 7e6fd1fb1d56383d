package fwf.bench;

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
 */
public record Measurement(String id, RunRequest request, Status status, String answer, String expected,
                          long loadNs, List<Long> warmupNs, List<Long> samplesNs, Stats stats,
                          Environment environment, String message, List<JitEvent> jit) {
    public Measurement {
        warmupNs = List.copyOf(warmupNs);
        samplesNs = List.copyOf(samplesNs);
        jit = List.copyOf(jit);
    }
}
