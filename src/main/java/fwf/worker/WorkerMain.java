package fwf.worker;

import fwf.run.HarnessFlags;
import fwf.run.InliningTree;
import fwf.run.Inputs;
import fwf.run.JitEvent;
import fwf.run.LoadedInput;
import fwf.run.WorkerArgs;
import fwf.run.WorkerEvent;
import fwf.run.WorkerProtocol;
import fwf.workload.Catalogue;
import fwf.workload.Computation;
import fwf.workload.Variant;
import fwf.workload.Workload;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The worker process: runs one variant of one workload in a fresh JVM and reports on stdout in
 * the {@link WorkerProtocol line protocol}, one flushed line per event, always written after
 * the clock has stopped.
 *
 * <p>Kept light on purpose, since its start-up is paid by every fork: no argument library, no
 * logging framework, no JavaFX; only the kernels, the input builders and our small JSON codec
 * are loaded. JIT events come from the JVM's own unified log, read from a file ({@link JitLog}),
 * not from JFR, whose recording stream alone cost about 220 ms of every worker's start. With
 * {@code --native-library} the kernels are that library's, called through FFM
 * ({@link NativeKernels}), under the same timed loop.
 *
 * <p>Exit codes: 0 after {@code finished}; 1 after a {@code failure} of the run itself (any
 * Throwable, OutOfMemoryError and StackOverflowError included); 2 after a {@code failure}
 * because the request cannot run (bad arguments, an unknown workload or variant, an input the
 * kernel refuses, a native library that cannot be loaded); 3 when the runner is gone, see {@link #watchParent}.
 */
public final class WorkerMain {
    static final int EXIT_FAILED = 1;
    static final int EXIT_BAD_REQUEST = 2;
    static final int EXIT_ORPHANED = 3;
    /** How often the worker checks that its runner is still there. */
    static final long PARENT_CHECK_MS = 500;
    /** The name of the thread that watches the runner: the harness's, so not metered. */
    static final String PARENT_WATCH = "fwf-parent-watch";

    /** The package whose methods' JIT events are kept. */
    private static final String KERNEL_PACKAGE = "fwf.workload";

    /** A request the worker cannot run, as opposed to a run that crashed. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private WorkerMain() {
    }

    public static void main(String[] args) {
        // The protocol owns the real stdout; anything else that prints to System.out (a
        // library, a stray debug line) goes to stderr instead of corrupting the protocol.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        watchParent();
        int fork = 0;
        int exit;
        try {
            WorkerArgs parsed = parse(args);
            fork = parsed.fork();
            exit = new WorkerMain().run(parsed, protocol);
        } catch (Throwable t) {
            exit = fail(protocol, fork, t);
        }
        protocol.flush();
        System.exit(exit);
    }

    private static WorkerArgs parse(String[] args) {
        try {
            return WorkerArgs.parse(args);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /**
     * Exits when the runner goes away: a runner that dies without killing its worker (killed
     * itself, or crashed) re-parents it, and the worker notices within {@link #PARENT_CHECK_MS}.
     * Without this, fib(45) under -Xint would go on for minutes with nobody to read it.
     *
     * <p>Why polling and not end-of-file on stdin: a thread blocked reading stdin sits in native
     * code, and the JVM's exit waits about 300 ms for such threads, on every run. A sleeping
     * thread costs nothing at exit, and one look at /proc twice a second costs microseconds.
     */
    private static void watchParent() {
        ProcessHandle self = ProcessHandle.current();
        long parent = self.parent().map(ProcessHandle::pid).orElse(-1L);
        if (parent <= 1) {
            return; // started by init or a container's first process: nobody to outlive
        }
        Thread watcher = new Thread(() -> {
            while (self.parent().map(ProcessHandle::pid).orElse(-1L) == parent) {
                try {
                    Thread.sleep(PARENT_CHECK_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(EXIT_ORPHANED);
        }, PARENT_WATCH);
        watcher.setDaemon(true);
        watcher.start();
    }

    private int run(WorkerArgs args, PrintStream protocol) throws IOException {
        Emitter emit = new Emitter(protocol, args.fork());
        // The JIT log first: opening it deletes its name, so that even a request that turns
        // out bad leaves no file behind. The library is loaded before "started" so that
        // "started" can say which one runs.
        try (JitLog jit = args.jitLog() == null ? null : openJit(args.jitLog());
             NativeKernels natives = args.nativeLibrary() == null ? null : openNatives(args.nativeLibrary())) {
            emit.accept(new WorkerEvent.Started(args.fork(), ProcessHandle.current().pid(),
                    Runtime.version().toString(), System.getProperty("java.vm.name", ""),
                    inputArguments(args), natives == null ? "" : natives.version()));
            Workload<?> workload = Catalogue.workload(args.workload()).orElseThrow(() -> new BadRequest(
                    "unknown workload '" + args.workload() + "': choose one of "
                            + String.join(", ", Catalogue.workloads().stream().map(Workload::name).toList())));
            runWorkload(workload, args, natives, jit, emit);
        }
        return 0;
    }

    /**
     * The JVM's flags but the harness's own, which lead them (the JIT log, the output and
     * class-data flags of {@link HarnessFlags}): they are not part of what is measured, as
     * the JFR recording was not before them.
     */
    private static List<String> inputArguments(WorkerArgs args) {
        List<String> all = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String jitLogOption = null;
        if (args.jitLog() != null) {
            try {
                jitLogOption = HarnessFlags.jitLogOption(args.jitLog(), args.warmupTrace());
            } catch (IllegalArgumentException e) {
                // a name no -Xlog could take: the flag cannot be among them
            }
        }
        int lead = 0;
        while (lead < all.size() && HarnessFlags.isHarnessFlag(all.get(lead), jitLogOption)) {
            lead++;
        }
        return all.subList(lead, all.size());
    }

    private static NativeKernels openNatives(Path library) {
        try {
            return NativeKernels.open(library);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static JitLog openJit(Path file) {
        try {
            return JitLog.open(file, KERNEL_PACKAGE);
        } catch (IOException | RuntimeException e) {
            // A JVM that did not write the log (an -Xlog it refused or turned off, a JVM
            // without unified logging) still measures; it just shows no JIT events.
            System.err.println("fwf worker: no JIT events, cannot read the JIT log: " + e);
            return null;
        }
    }

    private static <I> void runWorkload(Workload<I> workload, WorkerArgs args, NativeKernels natives, JitLog jit,
                                        Emitter emit) throws IOException {
        Variant<I> variant = natives == null ? javaVariant(workload, args.variant())
                : nativeVariant(natives, workload, args.variant());
        // The log covers the JVM's whole life, so compilations during preparation are seen too
        // (with a negative time).
        Computation computation;
        try {
            LoadedInput input = Inputs.load(workload, args.size(), args.graph());
            computation = KernelRunner.prepare(workload, variant, input, args.fork(), emit);
        } catch (IllegalArgumentException e) {
            // Inputs and kernels refuse what they cannot take with a message for the user.
            throw new BadRequest(e.getMessage());
        }
        emit.jit = jit;
        MemoryMeter memory = MemoryMeter.create();
        emit.memory = memory;
        emit.origin = System.nanoTime();
        if (args.warmupTrace()) {
            // First, before the plan: the JIT events' times and the trace's share this origin.
            emit.accept(WarmupTrace.run(computation, args.fork(), System::nanoTime, emit.origin));
        }
        TimingLoop loop = new TimingLoop(computation, args.fork(), System::nanoTime, emit)
                .from(emit.origin)
                .metered(memory == null ? RegionMeter.NONE : memory);
        if (jit != null && graalCompiles()) {
            // Graal is Java compiled by C1 first: its own warm-up delays the kernel's tier 4 by
            // seconds, so an adaptive warm-up waits for it (the JIT log says when it came).
            loop.warmUntil(() -> emit.topTierSeen, GRAAL_WAIT_NS, String.format(java.util.Locale.ROOT,
                    "measured before Graal compiled the kernel: no tier-4 compilation of a kernel method in"
                            + " %d s of warm-up, so these are the times of C1's code", GRAAL_WAIT_NS / 1_000_000_000L));
        }
        loop.run(args.warmup(), args.iterations());
        if (memory != null) {
            emit.accept(new WorkerEvent.Memory(args.fork(), memory.endPhase(emit.measuredOperations)));
        }
        // Unified logging writes as the JIT works, so the file already holds every line: one
        // last read and every JIT event comes before "finished" (but with a request's own
        // -Xlog:async, whose writer thread may not have caught up: those few are missed).
        emit.drainJit();
        emit.accept(new WorkerEvent.Finished(args.fork()));
    }

    /** How long an adaptive warm-up waits for Graal's first tier-4 compilation of the kernel. */
    static final long GRAAL_WAIT_NS = 30_000_000_000L;

    /** Whether this JVM's top tier is a JVMCI compiler (Graal), which compiles as Java code. */
    private static boolean graalCompiles() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("-XX:+UseJVMCICompiler");
    }

    private static <I> Variant<I> javaVariant(Workload<I> workload, String name) {
        return name == null ? workload.defaultVariant() : workload.variant(name).orElseThrow(() -> new BadRequest(
                "unknown variant '" + name + "' of " + workload.name() + ": choose one of "
                        + String.join(", ", workload.variantNames())));
    }

    /** The library's variant; the catalogue's names mean nothing here. */
    private static <I> Variant<I> nativeVariant(NativeKernels natives, Workload<I> workload, String name) {
        List<String> names = NativeKernels.variantNames(workload.name());
        if (names.isEmpty()) {
            throw new BadRequest("the native library has no kernel for " + workload.name());
        }
        String wanted = name == null ? names.getFirst() : name;
        return natives.variant(workload, wanted).orElseThrow(() -> new BadRequest(
                "unknown variant '" + wanted + "' of " + workload.name() + " in the native library: choose one of "
                        + String.join(", ", names)));
    }

    private static int fail(PrintStream protocol, int fork, Throwable t) {
        boolean badRequest = t instanceof BadRequest;
        // "java.lang.OutOfMemoryError: Java heap space": the class says what happened.
        String message = badRequest ? t.getMessage() : t.toString();
        try {
            protocol.println(WorkerProtocol.write(new WorkerEvent.Failure(fork, message)));
            protocol.flush();
            if (!badRequest) {
                t.printStackTrace(System.err);
            }
        } catch (Throwable again) {
            // Out of memory even for the message: the exit code still says it failed.
        }
        return badRequest ? EXIT_BAD_REQUEST : EXIT_FAILED;
    }

    /**
     * Writes events as protocol lines and, after each, the JIT events that arrived meanwhile.
     * Only the main thread writes, and only between timed regions.
     */
    private static final class Emitter implements Consumer<WorkerEvent> {
        private final PrintStream out;
        private final int fork;
        private JitLog jit;
        /** {@link System#nanoTime()} when the first iteration started; JIT events wait until it is known. */
        private long origin;
        /** Starts its GC phase when measurement begins; null on a JVM that cannot count allocation. */
        private MemoryMeter memory;
        /** Operations of the measured iterations so far (each iteration's batch). */
        private long measuredOperations;
        /** Whether the top tier (4) has compiled one of the kernel's own methods yet. */
        private boolean topTierSeen;

        Emitter(PrintStream out, int fork) {
            this.out = out;
            this.fork = fork;
        }

        @Override
        public void accept(WorkerEvent event) {
            switch (event) {
                case WorkerEvent.Measuring _ when memory != null -> memory.startPhase();
                case WorkerEvent.Iteration i when !i.warmup() -> measuredOperations += i.batch();
                default -> {
                }
            }
            line(event);
            drainJit();
        }

        void drainJit() {
            if (jit == null) {
                return;
            }
            List<JitEvent> events;
            try {
                events = jit.drain(origin);
            } catch (IOException e) {
                System.err.println("fwf worker: no more JIT events, cannot read the JIT log: " + e);
                jit = null;
                return;
            }
            for (JitEvent e : events) {
                line(new WorkerEvent.Jit(fork, e));
                topTierSeen |= !e.kind().equals("deopt") && e.tier() == 4 && JitEvent.kernelsOwn(e.method());
            }
            for (InliningTree t : jit.inlining(origin)) {
                line(new WorkerEvent.Inlining(fork, t));
            }
        }

        private void line(WorkerEvent event) {
            out.println(WorkerProtocol.write(event));
            out.flush();
        }
    }
}
