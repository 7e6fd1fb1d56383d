package fwf.worker;

import fwf.run.Answers;
import fwf.run.Plan;
import fwf.run.WorkerEvent;
import fwf.workload.Computation;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The worker's timed loop: warm-up iterations, then measured ones, each reported as a
 * {@link WorkerEvent.Iteration} after its clock has stopped.
 *
 * <p>The plan. Counts given (both non-zero) are obeyed exactly, one operation per iteration;
 * a warm-up of {@link Plan#NONE} with a count of measured iterations measures from the first
 * call on (the talk's rounds).
 * A count left at 0 is chosen here, from what the kernel costs on this machine under this
 * system's flags, which only the worker can see:
 * <ul>
 *   <li>One warm-up iteration of one operation comes first. If it took over {@link #SLOW_NS},
 *       the kernel is slow (fib(40) under -Xint): 1 warm-up and {@link #SLOW_ITERATIONS}
 *       measured iterations, since each costs seconds and more would not change the story.</li>
 *   <li>Otherwise warm up for about {@link #WARMUP_NS} (its iterations' times added in exact
 *       nanoseconds), at least {@link #MIN_WARMUP} and at most {@link #MAX_WARMUP} iterations,
 *       then measure enough iterations for {@link #MEASURE_NS} of measurement, at least {@link #MIN_ITERATIONS} and at most {@link #MAX_ITERATIONS}.</li>
 *   <li>An operation shorter than {@link #BATCH_NS} is batched: an iteration runs k
 *       operations back to back, about {@code BATCH_NS} in all, and reports the time per
 *       operation, so the cost of reading the clock (tens of nanoseconds) stays below 0.01%
 *       and the iteration count stays under the cap. Warm-up adapts k as the JIT speeds the
 *       kernel up; measurement keeps one k throughout, so its samples are comparable.</li>
 * </ul>
 *
 * <p>The clock is a parameter so the plan can be tested with a fake clock, without timing
 * anything.
 */
public final class TimingLoop {
    /** A first iteration longer than this marks a slow kernel. */
    public static final long SLOW_NS = 1_000_000_000L;
    /** Measured iterations of a slow kernel. */
    public static final int SLOW_ITERATIONS = 3;
    /** Warm-up time to aim for. */
    public static final long WARMUP_NS = 1_000_000_000L;
    /** Fewest warm-up iterations of an adaptive plan. */
    public static final int MIN_WARMUP = 5;
    /** Measurement time to aim for. */
    public static final long MEASURE_NS = 1_000_000_000L;
    /** Fewest measured iterations of an adaptive plan: fewer make a poor confidence interval. */
    public static final int MIN_ITERATIONS = 10;
    /** Most measured iterations of an adaptive plan; batching keeps short kernels under it. */
    public static final int MAX_ITERATIONS = 1_000;
    /** Operations shorter than this are batched into iterations of about this length. */
    public static final long BATCH_NS = MEASURE_NS / MAX_ITERATIONS;
    /**
     * Most warm-up iterations of an adaptive plan: twice what a second of batched iterations
     * needs. The time bound alone could fail to end a warm-up whose clock barely moves (a kernel
     * far faster than a nanosecond, or a clock that reads the same twice); this one always does.
     */
    public static final int MAX_WARMUP = (int) (2 * WARMUP_NS / BATCH_NS);
    /** How many of the last warm-up iterations estimate the steady cost of one operation. */
    private static final int ESTIMATE_WINDOW = 3;

    /*
     * Sinks the JIT cannot see through. Every answer feeds them, so no operation is dead code:
     * the last answer of a batch is stored, and each answer's hash is summed into an int that
     * is stored once per batch. Summing hashes costs a few cycles; a volatile store per
     * operation would cost tens of nanoseconds and dominate the shortest kernels.
     */
    private static volatile Object lastAnswer;
    private static volatile int answerHashes;

    /**
     * The time an adaptive plan aims at, and what follows from it: the batch length and the
     * warm-up's iteration bound. Workers use {@link #STANDARD}; tests shrink it so that a
     * kernel faster than the clock costs them milliseconds, not minutes of a million-operation batches.
     */
    record Budget(long warmupNs, long measureNs) {
        static final Budget STANDARD = new Budget(WARMUP_NS, MEASURE_NS);

        long batchNs() {
            return measureNs / MAX_ITERATIONS;
        }

        int maxWarmup() {
            return (int) (2 * warmupNs / batchNs());
        }

        /** Operations per iteration for an operation of {@code perOpNs}: 1 unless it is shorter than a batch. */
        int batchFor(double perOpNs) {
            long batchNs = batchNs();
            if (perOpNs >= batchNs) {
                return 1;
            }
            return (int) Math.ceil(batchNs / Math.max(perOpNs, 1.0));
        }

        /** Measured iterations for {@code measureNs} of measurement, within [MIN, MAX]. */
        int iterationsFor(double perOpNs, int batch) {
            double n = Math.ceil(measureNs / (Math.max(perOpNs, 1.0) * batch));
            return (int) Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, n));
        }
    }

    private final Computation computation;
    private final Budget budget;
    private final int fork;
    private final LongSupplier clock;
    private final Consumer<? super WorkerEvent> events;
    private RegionMeter meter = RegionMeter.NONE;
    /** An adaptive warm-up also waits for this, up to {@link #awaitNs}; always true unless set. */
    private java.util.function.BooleanSupplier awaited = () -> true;
    private long awaitNs;
    private String awaitedMissing = "";
    /** The clock's reading the iterations' starts are reported from; unset, they are not reported. */
    private long origin;
    private boolean hasOrigin;

    /**
     * @param clock  nanoseconds, {@code System::nanoTime} in a worker
     * @param events receives every iteration, always outside the timed region
     */
    public TimingLoop(Computation computation, int fork, LongSupplier clock, Consumer<? super WorkerEvent> events) {
        this(computation, Budget.STANDARD, fork, clock, events);
    }

    TimingLoop(Computation computation, Budget budget, int fork, LongSupplier clock,
               Consumer<? super WorkerEvent> events) {
        this.computation = Objects.requireNonNull(computation, "computation");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.fork = fork;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Reads {@code meter} around every measured iteration's timed region; returns this loop. */
    public TimingLoop metered(RegionMeter meter) {
        this.meter = Objects.requireNonNull(meter, "meter");
        return this;
    }

    /**
     * Reports each iteration's start from {@code originNs} (the clock's reading), the origin of
     * the worker's JIT events, so iterations and compilations share one time axis; returns this loop.
     */
    public TimingLoop from(long originNs) {
        this.origin = originNs;
        this.hasOrigin = true;
        return this;
    }

    /**
     * Makes an adaptive warm-up go on past its second until {@code ready} holds, for at most
     * {@code capNs} of warm-up in all: Graal compiles a kernel at its top tier seconds after C2
     * would, and a second's warm-up measured C1's code under Graal's name. When the cap passes
     * first, the measurement says so with {@code missing}. Returns this loop.
     */
    public TimingLoop warmUntil(java.util.function.BooleanSupplier ready, long capNs, String missing) {
        this.awaited = Objects.requireNonNull(ready, "ready");
        this.awaitNs = capNs;
        this.awaitedMissing = Objects.requireNonNull(missing, "missing");
        return this;
    }

    /**
     * Runs the plan.
     *
     * @param warmup     warm-up iterations, 0 to choose, {@link Plan#NONE} for none
     * @param iterations measured iterations, 0 to choose (not with {@link Plan#NONE})
     */
    public void run(int warmup, int iterations) {
        if (warmup == Plan.NONE && iterations > 0) {
            measure(0, iterations, 1);
            return;
        }
        if (warmup < 0 || iterations < 0) {
            throw new IllegalArgumentException("negative count: " + warmup + "/" + iterations);
        }
        if (warmup > 0 && iterations > 0) {
            for (int i = 0; i < warmup; i++) {
                iteration(i, true, 1);
            }
            measure(warmup, iterations, 1);
            return;
        }
        long first = iteration(0, true, 1); // one operation: its whole time is its time per operation
        int done = 1;
        if (first > SLOW_NS) {
            int target = warmup > 0 ? warmup : 1;
            for (; done < target; done++) {
                iteration(done, true, 1);
            }
            measure(done, iterations > 0 ? iterations : SLOW_ITERATIONS, 1);
            return;
        }
        double[] recent = new double[ESTIMATE_WINDOW];
        recent[0] = first;
        // Exact nanoseconds, as the clock gave them: adding a per-operation time rounded to whole
        // nanoseconds added nothing for a kernel under half a nanosecond, and its warm-up never ended.
        long spent = first;
        double perOp = first;
        // The iteration bound grows with the wait, for the same reason it exists (see MAX_WARMUP).
        long maxWarmup = budget.maxWarmup() * Math.max(1, awaitNs / budget.warmupNs());
        while (warmup > 0 ? done < warmup
                : ((spent < budget.warmupNs() || done < MIN_WARMUP) && done < budget.maxWarmup())
                        || (spent < awaitNs && done < maxWarmup && !awaited.getAsBoolean())) {
            int batch = budget.batchFor(perOp);
            long ns = iteration(done, true, batch);
            spent += ns;
            perOp = (double) ns / batch;
            recent[done % ESTIMATE_WINDOW] = perOp;
            done++;
        }
        double estimate = median(recent, Math.min(done, ESTIMATE_WINDOW));
        int batch = budget.batchFor(estimate);
        String note = warmup > 0 || awaited.getAsBoolean() ? "" : awaitedMissing;
        measure(done, iterations > 0 ? iterations : budget.iterationsFor(estimate, batch), batch, note);
    }

    /** Operations per iteration for an operation of {@code perOpNs}: 1 unless it is shorter than {@link #BATCH_NS}. */
    static int batchFor(double perOpNs) {
        return Budget.STANDARD.batchFor(perOpNs);
    }

    /** Measured iterations for {@link #MEASURE_NS} of measurement, within [MIN, MAX]. */
    static int iterationsFor(double perOpNs, int batch) {
        return Budget.STANDARD.iterationsFor(perOpNs, batch);
    }

    private void measure(int warmupsDone, int count, int batch) {
        measure(warmupsDone, count, batch, "");
    }

    private void measure(int warmupsDone, int count, int batch, String note) {
        events.accept(new WorkerEvent.Measuring(fork, warmupsDone, count, batch, note));
        for (int i = 0; i < count; i++) {
            iteration(i, false, batch);
        }
    }

    /**
     * Runs and reports one iteration (its time per operation, rounded to whole nanoseconds, as
     * the protocol has it); returns the iteration's whole time, exactly.
     */
    private long iteration(int index, boolean warmup, int batch) {
        Object answer = null;
        int hashes = 0;
        if (!warmup) {
            meter.enter();
        }
        long start = clock.getAsLong();
        for (int i = 0; i < batch; i++) {
            answer = computation.run();
            hashes += Objects.hashCode(answer);
        }
        long ns = clock.getAsLong() - start;
        if (!warmup) {
            meter.exit();
        }
        lastAnswer = answer;
        answerHashes = hashes;
        long perOp = batch == 1 ? ns : Math.round((double) ns / batch);
        events.accept(new WorkerEvent.Iteration(fork, index, warmup, perOp, Answers.text(answer), batch,
                hasOrigin ? start - origin : -1));
        return ns;
    }

    private static double median(double[] values, int count) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }
}
