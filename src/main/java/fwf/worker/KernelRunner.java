package fwf.worker;

import fwf.run.Answers;
import fwf.run.LoadedInput;
import fwf.run.WorkerEvent;
import fwf.workload.Computation;
import fwf.workload.Variant;
import fwf.workload.Workload;

import java.util.function.Consumer;

/**
 * Runs one variant on one loaded input, reporting as {@link WorkerEvent}s; it does no I/O.
 * {@link #prepare} is shared with the worker ({@link WorkerMain}), whose timed loop is
 * {@link TimingLoop}; {@link #iterate} is the plain in-process loop, one operation per
 * iteration, for callers that run a kernel in their own JVM.
 */
public final class KernelRunner {
    /**
     * A sink the JIT cannot see through: every answer is stored here, so no computation is
     * dead code even if the caller ignores the events.
     */
    private static volatile Object blackhole;

    private KernelRunner() {
    }

    /** Prepares the variant for the input, timing it, and reports the reference answer. */
    public static <I> Computation prepare(Workload<I> workload, Variant<I> variant, LoadedInput input, int fork,
                                          Consumer<? super WorkerEvent> events) {
        I value = workload.inputType().cast(input.value());
        long start = System.nanoTime();
        Computation computation = variant.kernel().prepare(value);
        long prepareNs = System.nanoTime() - start;
        String expected = Answers.text(workload.referenceFor(variant.name()).apply(value));
        events.accept(new WorkerEvent.Loaded(fork, input.description(), input.size(), input.readNs(), prepareNs, expected,
                computation.note()));
        return computation;
    }

    /** Runs {@code count} iterations, each timed alone, and returns the last answer. */
    public static Object iterate(Computation computation, int fork, int firstIndex, int count, boolean warmup,
                                 Consumer<? super WorkerEvent> events) {
        Object answer = null;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            answer = computation.run();
            long ns = System.nanoTime() - start;
            blackhole = answer;
            events.accept(new WorkerEvent.Iteration(fork, firstIndex + i, warmup, ns, Answers.text(answer)));
        }
        return answer;
    }

    static Object lastAnswer() {
        return blackhole;
    }
}
