package fwf.runner;

import fwf.run.Answers;
import fwf.run.Durations;
import fwf.run.Environment;
import fwf.run.Inputs;
import fwf.run.LoadedInput;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.workload.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs requests in fresh worker processes and turns what they report into a
 * {@link Measurement}. Lives in the caller's JVM (the command line's or the window's); the
 * kernel never runs here, only the reference answer is computed here, once per input.
 *
 * <p>A worker's failure never throws: it becomes a Measurement with status FAILED, TIMEOUT,
 * CANCELLED or WRONG and a message. So does a request that cannot be run (an unknown workload,
 * a graph file that cannot be read). Only a listener's own exception passes through.
 *
 * <p>An input that is not a regular file (a FIFO, {@code --graph <(cat F)}) is read once, here,
 * and every reader gets a regular copy of it, as does a file that starts with a byte-order mark
 * (the copy is without it; see {@link StagedInputs}); {@link #close} deletes the copies, and a
 * Runner never closed leaves them to this JVM's exit. The measurement still records the file as
 * asked.
 *
 * <p>The request's timeout covers the whole run from its start: loading the input and
 * computing the reference answer here, then every fork. The reference is computed on a thread
 * of its own, so that a timeout or a cancel ends the run at once even when the computation
 * cannot be stopped at once: the thread is interrupted (the long loops check) and abandoned.
 *
 * <p>Thread-safe: runs may be started from several threads, though running them side by side
 * makes them compete for the machine.
 */
public final class Runner implements AutoCloseable {
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS").withZone(ZoneOffset.UTC);

    private final WorkerLauncher launcher;
    private final OperationCounts operationCounts;
    private final Map<InputKey, Reference> references = new ConcurrentHashMap<>();
    private final StagedInputs staged = new StagedInputs();
    private volatile Host host;

    /** Runs on this machine's JVM tiers, with JIT events. */
    public Runner() {
        this(new JvmWorkerLauncher());
    }

    /** Counts operations with the cache file under the user's XDG cache folder. */
    public Runner(WorkerLauncher launcher) {
        this(launcher, OperationCounts.inDefaultCache());
    }

    public Runner(WorkerLauncher launcher, OperationCounts operationCounts) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.operationCounts = Objects.requireNonNull(operationCounts, "operationCounts");
    }

    /** Runs the request to its end, telling {@code listener} as it goes. Blocks. */
    public Measurement run(RunRequest request, RunListener listener) {
        return new Session(request, listener).run();
    }

    /** Starts the request on a thread of its own and returns at once. */
    public RunHandle start(RunRequest request, RunListener listener) {
        Session session = new Session(request, listener);
        CompletableFuture<Measurement> result = new CompletableFuture<>();
        result.whenComplete((m, e) -> {
            if (result.isCancelled()) {
                session.cancel(); // cancelling the future must not leave the worker running
            }
        });
        Thread.ofPlatform().daemon().name("fwf-run-" + session.id).start(() -> {
            try {
                result.complete(session.run());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return new RunHandle() {
            @Override
            public CompletableFuture<Measurement> result() {
                return result;
            }

            @Override
            public CompletableFuture<Void> prepared() {
                return session.prepared;
            }

            @Override
            public void cancel() {
                session.cancel();
            }
        };
    }

    /** No deadline: the run may take as long as it takes. */
    static final long NO_DEADLINE = Long.MAX_VALUE;

    /**
     * The {@link System#nanoTime()} by which a run started at {@code now} must end, or
     * {@link #NO_DEADLINE}; a timeout too long to add (centuries) is none.
     */
    static long deadline(Duration timeout, long now) {
        if (timeout == null) {
            return NO_DEADLINE;
        }
        long ns;
        try {
            ns = timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return NO_DEADLINE;
        }
        return ns >= Long.MAX_VALUE / 4 ? NO_DEADLINE : now + ns;
    }

    /**
     * The reference answer for the request's input (and its variant, when that draws data of its
     * own, as draw-mean), as text, computed in this JVM by the
     * workload's trusted method and cached per input (a graph file is keyed by its path, size
     * and modification time, so an edited file is read again).
     *
     * @throws IllegalArgumentException for an unknown workload or a size the input cannot take
     * @throws IOException              when the graph file cannot be read
     */
    public String reference(RunRequest request) throws IOException {
        return referenceFor(staged(request)).expected();
    }

    /** Deletes the copies of inputs that were not regular files; runs still going may fail. */
    @Override
    public void close() throws IOException {
        staged.close();
    }

    /**
     * The request with a graph every reader can open (see {@link StagedInputs}); only triangles
     * read one.
     */
    private RunRequest staged(RunRequest request) throws IOException {
        if (request.graph() == null || !request.workload().readsGraph()) {
            return request;
        }
        Path regular = staged.regular(request.graph());
        return regular.equals(request.graph()) ? request : request.withGraph(regular);
    }

    /** The reference answer and the size the input really has (size 0 asks for the default). */
    private record Reference(String expected, int size) {
    }

    private Reference referenceFor(RunRequest request) throws IOException {
        Workload<?> workload = request.workload();
        InputKey key = InputKey.of(request, ownReference(workload, request.variant()) ? request.variant() : null);
        Reference cached = references.get(key);
        if (cached != null) {
            return cached;
        }
        LoadedInput input = Inputs.load(workload, request.size(), request.graph());
        Reference ref = new Reference(Answers.text(referenceOf(workload, request.variant(), input.value())),
                input.size());
        references.put(key, ref);
        return ref;
    }

    /** True when the variant of that name computes over data of its own (the talk's draw-mean). */
    private static boolean ownReference(Workload<?> workload, String variant) {
        return workload.variant(variant).map(v -> v.reference() != null).orElse(false);
    }

    private static <I> Object referenceOf(Workload<I> workload, String variant, Object value) {
        return workload.referenceFor(variant).apply(workload.inputType().cast(value));
    }

    /**
     * The plan to run: as asked, unless the user left both counts to the runner and the variant
     * replays the talk's rounds (draw-mean: five rounds, no warm-up), on any system.
     */
    static Plan planFor(RunRequest request) {
        int rounds = request.workload().roundsOf(request.variant());
        return request.plan().adaptive() && rounds > 0 ? Plan.rounds(rounds, request.plan().forks()) : request.plan();
    }


    /** Time-ordered (the text sorts as the start time does) and unique enough: 24 random bits per millisecond. */
    static String newId(Instant time) {
        return ID_TIME.format(time) + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    }

    private Host host() {
        Host h = host;
        if (h == null) {
            h = Host.current();
            host = h;
        }
        return h;
    }

    /**
     * What identifies an input: the same key, the same reference answer. {@code variant} is null
     * unless the variant has a reference of its own.
     */
    private record InputKey(String workload, String variant, int size, String graph, long graphBytes,
                            long graphModified) {
        static InputKey of(RunRequest r, String variant) {
            if (r.graph() == null) {
                return new InputKey(r.workload().name(), variant, r.size(), null, 0, 0);
            }
            Path p = r.graph().toAbsolutePath().normalize();
            long bytes = -1;
            long modified = -1;
            try {
                bytes = Files.size(p);
                modified = Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                // unreadable: loading it will say why
            }
            return new InputKey(r.workload().name(), variant, r.size(), p.toString(), bytes, modified);
        }
    }

    /** One run from request to Measurement. */
    private final class Session {
        /** As asked; once the input is known, with its real size in place of "the default". */
        RunRequest request;
        final RunListener listener;
        final Instant time = Instant.now();
        final String id = newId(time);
        /** The whole run's end, from its start: input, reference and forks. */
        final long deadline;
        /** Completes once the input is loaded and the reference computed; see {@link RunHandle#prepared()}. */
        final CompletableFuture<Void> prepared = new CompletableFuture<>();
        private volatile CompletableFuture<Reference> pending;
        private volatile RunExecution execution;
        private volatile boolean cancelled;

        Session(RunRequest request, RunListener listener) {
            this.request = Objects.requireNonNull(request, "request");
            this.listener = Objects.requireNonNull(listener, "listener");
            this.deadline = deadline(request.timeout(), System.nanoTime());
        }

        void cancel() {
            cancelled = true;
            CompletableFuture<Reference> p = pending;
            if (p != null) {
                p.cancel(false);
            }
            RunExecution e = execution;
            if (e != null) {
                e.cancel();
            }
        }

        /**
         * The reference, computed on a thread of its own and waited for until the deadline or a
         * cancel, whichever comes first; the thread is then interrupted and left behind.
         *
         * @throws TimeoutException      when the deadline passed first
         * @throws CancellationException when the run was cancelled first
         */
        /** The request as the workers read it (a regular copy of a FIFO's graph), once staged. */
        private volatile RunRequest stagedRequest;

        private Reference awaitReference() throws Exception {
            CompletableFuture<Reference> result = new CompletableFuture<>();
            Thread thread = Thread.ofPlatform().daemon().name("fwf-reference-" + id).start(() -> {
                try {
                    // Staging reads a FIFO or a file with a byte-order mark into a regular copy:
                    // under the timeout too, since a FIFO may never be written.
                    RunRequest readable = staged(request);
                    stagedRequest = readable;
                    result.complete(referenceFor(readable));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
            pending = result;
            if (cancelled) {
                result.cancel(false); // a cancel that came before pending was published
            }
            try {
                return deadline == NO_DEADLINE ? result.get()
                        : result.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause().toString(), e.getCause());
            } catch (TimeoutException | CancellationException e) {
                thread.interrupt();
                throw e;
            } catch (InterruptedException e) {
                thread.interrupt();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } finally {
                pending = null;
            }
        }

        Measurement run() {
            // The reference comes first, not beside the worker: computing it would steal a
            // core from the measurement.
            RunExecution.Reference reference;
            RunRequest forWorkers;
            try {
                Workload<?> workload = request.workload();
                Reference ref = awaitReference();
                RunRequest readable = stagedRequest;
                reference = new RunExecution.Reference(ref.expected(), workload.agreement());
                RunRequest asked = request;
                // Results name the size they measured, so "fib" means fib(40) in every table, and
                // the plan they ran.
                request = new RunRequest(asked.workload(), asked.variant(), asked.system(), ref.size(), asked.graph(),
                        planFor(asked), asked.jvmFlags(), asked.timeout());
                forWorkers = request.withGraph(readable.graph());
            } catch (TimeoutException e) {
                prepared.completeExceptionally(e);
                return measurement(null, Status.TIMEOUT, "timed out after " + Durations.human(request.timeout().toNanos())
                        + " while loading the input and computing the reference answer", null);
            } catch (CancellationException e) {
                prepared.completeExceptionally(e);
                return measurement(null, Status.CANCELLED, "cancelled while loading the input", null);
            } catch (NoSuchFileException e) {
                prepared.completeExceptionally(e);
                return measurement(null, Status.FAILED, "cannot prepare the run: no such file " + e.getFile(), null);
            } catch (Exception e) {
                prepared.completeExceptionally(e);
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                return measurement(null, Status.FAILED, "cannot prepare the run: " + why, null);
            }
            prepared.complete(null);
            // Counted here, like the reference, before any worker starts and never in timed code;
            // on the user's path (a FIFO is not read again: it gets no count).
            Long operations = operationCounts.count(request).orElse(null);
            RunExecution e = new RunExecution(forWorkers, launcher, listener, reference, deadline);
            execution = e;
            if (cancelled) {
                e.cancel();
            }
            RunExecution.Verdict verdict = e.execute();
            return measurement(reference.expected(), verdict.status(), verdict.message(), e).withOperations(operations);
        }

        private Measurement measurement(String expected, Status status, String message, RunExecution e) {
            List<Long> samples = e == null ? List.of() : e.samplesNs();
            List<Long> loads = e == null ? List.of() : e.loadNs();
            return new Measurement(id, request, status, e == null ? null : e.answer(), expected,
                    loads.isEmpty() ? 0 : Stats.median(loads),
                    e == null ? List.of() : e.warmupNs(), samples,
                    samples.isEmpty() ? null : Stats.of(samples).withWarnings(e.notes()),
                    environment(e == null ? null : e.started()), message, e == null ? List.of() : e.jit(), null,
                    e == null ? null : e.memory());
        }

        private Environment environment(WorkerEvent.Started started) {
            List<String> flags;
            String systemVersion = "";
            String jvm = System.getProperty("java.vm.name", "") + " " + Runtime.version();
            if (started != null) {
                flags = started.inputArguments();
                // An FFM worker's system is its library, called from this JVM: named as Friends names it.
                systemVersion = started.library().isEmpty() ? started.javaVersion()
                        : started.library() + ", through FFM";
                if (!started.vmName().isBlank()) {
                    jvm = started.vmName() + " " + started.javaVersion();
                }
            } else {
                flags = intendedFlags();
            }
            Host h = host();
            String project = Runner.class.getPackage().getImplementationVersion();
            return new Environment(request.system().name(), systemVersion, jvm, flags, h.cpu(), h.cores(), h.os(), time,
                    project == null ? "dev" : project);
        }

        private List<String> intendedFlags() {
            try {
                return launcher.intendedFlags(request);
            } catch (RuntimeException e) {
                return request.jvmFlags();
            }
        }
    }
}
