package fwf.worker;

import fwf.workload.Adjacency;
import fwf.workload.BitMatrix;
import fwf.workload.Catalogue;
import fwf.workload.Computation;
import fwf.workload.EdgeList;
import fwf.workload.FibInput;
import fwf.workload.Kernel;
import fwf.workload.MeanData;
import fwf.workload.MeanInput;
import fwf.workload.Variant;
import fwf.workload.Workload;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variants of a native kernel library ({@code ffm-c}, {@code ffm-rust}) as {@link Kernel}s,
 * so the worker times them exactly as it times the Java ones: {@code prepare} copies the input
 * into native memory once (counted as load), and each run is one downcall whose answer is the
 * same {@code Long} or {@code Double} the Java kernels return.
 *
 * <p>Owns a confined arena: the worker prepares and runs on one thread, and a confined arena
 * makes the liveness check FFM does around every call that passes a segment a plain field
 * read instead of an atomic. {@link #close} frees everything: the copied inputs, the prepared
 * graphs (through each kernel's {@code fwf_*_free}) and the library itself; after it, a
 * computation throws {@code IllegalStateException} instead of touching freed memory.
 */
public final class NativeKernels implements AutoCloseable {
    /**
     * What the library offers per workload, in display order: the functions of
     * {@code fwf_kernels.h}, named as {@code Systems} names the FFM systems' variants.
     */
    public static final Map<String, List<String>> VARIANTS = variants();

    /** fib(93) overflows 64 bits; the C and Rust programs refuse it with the same words. */
    private static final int LARGEST_FIB = 92;
    /** "bitset" or "forward", NUL-terminated well within this. */
    private static final long KERNEL_NAME_MAX_BYTES = 16;

    private final Arena arena;
    private final NativeLibrary library;
    /** What the kernels' prepare functions returned, for close() to free while the library is still loaded. */
    private final List<Prepared> preparedGraphs = new ArrayList<>();

    /** A prepared graph and the library's function that frees it. */
    private record Prepared(MemorySegment free, MemorySegment graph) {
    }

    private NativeKernels(Arena arena, NativeLibrary library) {
        this.arena = arena;
        this.library = library;
    }

    /**
     * Loads the library; use it from this thread only.
     *
     * @throws IllegalArgumentException when it cannot be loaded or lacks a symbol of
     *                                  fwf_kernels.h, with a message for the user
     */
    public static NativeKernels open(Path library) {
        Arena arena = Arena.ofConfined();
        try {
            return new NativeKernels(arena, NativeLibrary.load(library, arena));
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /** The library's {@code fwf_version()}, such as "gcc 12.2.0 -O2". */
    public String version() {
        return library.version();
    }

    public Path path() {
        return library.path();
    }

    /** The variant names for a workload, empty when the library has none. */
    public static List<String> variantNames(String workload) {
        return VARIANTS.getOrDefault(workload, List.of());
    }

    /** The library's variant of that name, empty when it has none for this workload. */
    public <I> Optional<Variant<I>> variant(Workload<I> workload, String name) {
        Kernel<?> kernel = kernel(workload, name);
        if (kernel == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked") // kernel() matched the kernel's input type to the workload's
        Kernel<I> typed = (Kernel<I>) kernel;
        return Optional.of(new Variant<>(name, lesson(workload.name(), name), typed));
    }

    /** By input type, not only by name: the unchecked cast in {@link #variant} relies on it. */
    private Kernel<?> kernel(Workload<?> workload, String name) {
        if (!variantNames(workload.name()).contains(name)) {
            return null;
        }
        Class<?> input = workload.inputType();
        if (input == FibInput.class) {
            MemorySegment function = switch (name) {
                case "recursive" -> library.fib();
                case "looped" -> library.twins().fibLooped();
                default -> library.fibN1First();
            };
            return (Kernel<FibInput>) in -> fib(function, in);
        }
        if (input == EdgeList.class) {
            return switch (name) {
                case "naive" -> (Kernel<EdgeList>) this::naive;
                case "hashset" -> (Kernel<EdgeList>) this::hashset;
                case "bitset" -> (Kernel<EdgeList>) this::bitset;
                case "parallel" -> (Kernel<EdgeList>) this::parallel;
                default -> (Kernel<EdgeList>) this::forward;
            };
        }
        if (input == MeanInput.class) {
            return switch (name) {
                case "parallel" -> (Kernel<MeanInput>) this::meanParallel;
                case "vector" -> (Kernel<MeanInput>) this::meanVector;
                default -> (Kernel<MeanInput>) this::mean;
            };
        }
        return null;
    }

    /**
     * What the worker calls the variant: the window and the lists show the friends' own lessons
     * (fwf.friends.Systems), so the worker only says where the code comes from.
     */
    private String lesson(String workload, String name) {
        return "The native library's " + workload + " " + name + " (" + library.version() + "), called through FFM.";
    }

    private Computation fib(MemorySegment function, FibInput input) {
        if (input.n() > LARGEST_FIB) {
            throw new IllegalArgumentException("fib(" + input.n() + ") does not fit in 64 bits: n must be <= "
                    + LARGEST_FIB);
        }
        long n = input.n();
        return () -> {
            try {
                return (long) NativeLibrary.FIB.invokeExact(function, n);
            } catch (Throwable t) {
                throw NativeLibrary.rethrow(t);
            }
        };
    }

    /** The talk's dict ({@link Adjacency#talk}) as compressed rows in its list order, and its key order. */
    private Computation naive(EdgeList graph) {
        MemorySegment function = library.trianglesNaive();
        int n = graph.nodeCount();
        TalkRows talk = TalkRows.of(graph);
        int[] offsetArray = talk.offsets();
        int[] neighbourArray = talk.neighbours();
        MemorySegment offsets = arena.allocateFrom(ValueLayout.JAVA_INT, offsetArray);
        MemorySegment neighbours = arena.allocateFrom(ValueLayout.JAVA_INT, neighbourArray);
        int orderCount = talk.order().length;
        MemorySegment order = arena.allocateFrom(ValueLayout.JAVA_INT, talk.order());
        return () -> {
            try {
                long triangles = (long) NativeLibrary.TRIANGLES_NAIVE.invokeExact(function, n, offsets, neighbours,
                        orderCount, order);
                if (triangles < 0) {
                    throw new OutOfMemoryError("fwf_triangles_naive returned -1: out of native memory");
                }
                return triangles;
            } catch (Throwable t) {
                throw NativeLibrary.rethrow(t);
            }
        };
    }

    /** The talk's dict ({@link Adjacency#talk}) as compressed rows in its list order, and its key order. */
    private record TalkRows(int[] offsets, int[] neighbours, int[] order) {
        static TalkRows of(EdgeList graph) {
            int n = graph.nodeCount();
            Adjacency.Talk talk = Adjacency.talk(graph);
            int[] offsets = new int[n + 1];
            for (int node = 0; node < n; node++) {
                offsets[node + 1] = offsets[node] + talk.neighbours()[node].length;
            }
            int[] neighbours = new int[offsets[n]];
            for (int node = 0; node < n; node++) {
                int[] row = talk.neighbours()[node];
                System.arraycopy(row, 0, neighbours, offsets[node], row.length);
            }
            return new TalkRows(offsets, neighbours, talk.order());
        }
    }

    private Computation forward(EdgeList graph) {
        MemorySegment handle = prepareRows(graph, "fwf_forward_prepare", library.forwardPrepare(),
                library.forwardFree(), -1);
        return counting(library.forwardCount(), handle);
    }

    private Computation hashset(EdgeList graph) {
        int n = graph.nodeCount();
        TalkRows talk = TalkRows.of(graph);
        int[] offsetArray = talk.offsets();
        int[] neighbourArray = talk.neighbours();
        MemorySegment prepared;
        try (Arena scratch = Arena.ofConfined()) {
            prepared = (MemorySegment) NativeLibrary.HASHSET_PREPARE.invokeExact(library.twins().hashsetPrepare(), n,
                    scratch.allocateFrom(ValueLayout.JAVA_INT, offsetArray),
                    scratch.allocateFrom(ValueLayout.JAVA_INT, neighbourArray), talk.order().length,
                    scratch.allocateFrom(ValueLayout.JAVA_INT, talk.order()));
        } catch (Throwable t) {
            throw NativeLibrary.rethrow(t);
        }
        MemorySegment handle = keep("fwf_hashset_prepare", prepared, library.twins().hashsetFree());
        MemorySegment count = library.twins().hashsetCount();
        return () -> {
            try {
                long triangles = (long) NativeLibrary.FORWARD_COUNT.invokeExact(count, handle);
                if (triangles < 0) {
                    throw new OutOfMemoryError("fwf_hashset_count returned -1: out of native memory");
                }
                return triangles;
            } catch (Throwable t) {
                throw NativeLibrary.rethrow(t);
            }
        };
    }

    private Computation bitset(EdgeList graph) {
        // Java's limit and words, checked before anything is copied.
        if (!BitMatrix.fits(graph.nodeCount())) {
            throw new IllegalArgumentException(BitMatrix.refusal("bitset", graph.nodeCount()));
        }
        MemorySegment handle = prepareRows(graph, "fwf_bitset_prepare", library.twins().bitsetPrepare(),
                library.twins().bitsetFree(), -1);
        return counting(library.twins().bitsetCount(), handle);
    }

    /** As Java's parallel: on one thread per available processor, and saying so when it fell back to forward. */
    private Computation parallel(EdgeList graph) {
        MemorySegment handle = prepareRows(graph, "fwf_parallel_prepare", library.twins().parallelPrepare(),
                library.twins().parallelFree(), Runtime.getRuntime().availableProcessors());
        String kernel;
        try {
            MemorySegment name = (MemorySegment) NativeLibrary.PARALLEL_KERNEL.invokeExact(
                    library.twins().parallelKernel(), handle);
            kernel = name.reinterpret(KERNEL_NAME_MAX_BYTES).getString(0);
        } catch (Throwable t) {
            throw NativeLibrary.rethrow(t);
        }
        Computation count = counting(library.twins().parallelCount(), handle);
        if (kernel.equals("bitset")) {
            return count;
        }
        if (!BitMatrix.fits(graph.nodeCount())) {
            return Computation.noted(count, BitMatrix.parallelTooBig(graph.nodeCount()));
        }
        long words;
        long mergeSteps;
        try (Arena call = Arena.ofConfined()) {
            MemorySegment figures = call.allocate(ValueLayout.JAVA_LONG, 2);
            NativeLibrary.PARALLEL_ESTIMATE.invokeExact(library.twins().parallelEstimate(), handle, figures,
                    figures.asSlice(ValueLayout.JAVA_LONG.byteSize()));
            words = figures.getAtIndex(ValueLayout.JAVA_LONG, 0);
            mergeSteps = figures.getAtIndex(ValueLayout.JAVA_LONG, 1);
        } catch (Throwable t) {
            throw NativeLibrary.rethrow(t);
        }
        // Java's words, from the library's own figures.
        return Computation.noted(count, BitMatrix.parallelTooSparse(mergeSteps, words));
    }

    /**
     * Calls a prepare function of the shape {@code fwf_forward_prepare(node_count, offsets,
     * neighbours)} (with {@code threads} appended when it is not negative) on the graph's rows,
     * which live only for the call, and keeps the result for {@link #close} to free.
     */
    private MemorySegment prepareRows(EdgeList graph, String name, MemorySegment prepare, MemorySegment free,
                                      int threads) {
        Adjacency.Rows rows = Adjacency.rows(graph);
        MemorySegment prepared;
        // The rows are needed only while the library copies them; a nested arena frees them at once.
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment offsets = scratch.allocateFrom(ValueLayout.JAVA_INT, rows.offsets());
            MemorySegment neighbours = scratch.allocateFrom(ValueLayout.JAVA_INT, rows.neighbours());
            prepared = threads < 0
                    ? (MemorySegment) NativeLibrary.FORWARD_PREPARE.invokeExact(prepare, graph.nodeCount(), offsets,
                    neighbours)
                    : (MemorySegment) NativeLibrary.PARALLEL_PREPARE.invokeExact(prepare, graph.nodeCount(), offsets,
                    neighbours, threads);
        } catch (Throwable t) {
            throw NativeLibrary.rethrow(t);
        }
        return keep(name, prepared, free);
    }

    /** The prepared graph, scoped to the arena (no run can pass it once close() has freed it), kept for close(). */
    private MemorySegment keep(String name, MemorySegment prepared, MemorySegment free) {
        if (prepared.equals(MemorySegment.NULL)) {
            throw new OutOfMemoryError(name + " returned NULL: out of native memory");
        }
        preparedGraphs.add(new Prepared(free, prepared));
        return prepared.reinterpret(arena, null);
    }

    /** One counting call per run, {@code int64_t count(const void *prepared)}. */
    private static Computation counting(MemorySegment count, MemorySegment graphHandle) {
        return () -> {
            try {
                return (long) NativeLibrary.FORWARD_COUNT.invokeExact(count, graphHandle);
            } catch (Throwable t) {
                throw NativeLibrary.rethrow(t);
            }
        };
    }

    private Computation meanParallel(MeanInput input) {
        float[] values = MeanData.generate(input);
        MemorySegment data = arena.allocateFrom(ValueLayout.JAVA_FLOAT, values);
        long count = values.length;
        int threads = Runtime.getRuntime().availableProcessors();
        MemorySegment function = library.twins().meanParallel();
        return () -> {
            try {
                return (double) NativeLibrary.MEAN_PARALLEL.invokeExact(function, data, count, threads);
            } catch (Throwable t) {
                throw NativeLibrary.rethrow(t);
            }
        };
    }

    private Computation meanVector(MeanInput input) {
        return mean(input, library.twins().meanVector());
    }

    private Computation mean(MeanInput input) {
        return mean(input, library.mean());
    }

    /** A mean of the shape {@code double fwf_mean(const float *data, int64_t count)}. */
    private Computation mean(MeanInput input, MemorySegment function) {
        float[] values = MeanData.generate(input);
        MemorySegment data = arena.allocateFrom(ValueLayout.JAVA_FLOAT, values);
        long count = values.length;
        return () -> {
            try {
                return (double) NativeLibrary.MEAN.invokeExact(function, data, count);
            } catch (Throwable t) {
                throw NativeLibrary.rethrow(t);
            }
        };
    }

    /** Frees every copied input and prepared graph, and unloads the library. */
    @Override
    public void close() {
        // Freed here rather than by arena cleanup actions: those run once the arena is already
        // closed, when fwf_forward_free's own address is no longer usable, and in no promised order.
        try {
            for (Prepared prepared : preparedGraphs) {
                NativeLibrary.FORWARD_FREE.invokeExact(prepared.free(), prepared.graph());
            }
        } catch (Throwable t) {
            throw NativeLibrary.rethrow(t);
        } finally {
            preparedGraphs.clear();
            arena.close();
        }
    }

    /** Each workload's native variants, as it declares them ({@link Workload#nativeVariants()}). */
    private static Map<String, List<String>> variants() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Workload<?> w : Catalogue.workloads()) {
            if (!w.nativeVariants().isEmpty()) {
                map.put(w.name(), w.nativeVariants());
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
