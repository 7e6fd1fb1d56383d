package fwf.worker;

import fwf.workload.Adjacency;
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
 * read instead of an atomic. {@link #close} frees everything: the copied inputs, the forward
 * algorithm's prepared graphs (through {@code fwf_forward_free}) and the library itself; after
 * it, a computation throws {@code IllegalStateException} instead of touching freed memory.
 */
public final class NativeKernels implements AutoCloseable {
    /**
     * What the library offers per workload, in display order: the functions of
     * {@code fwf_kernels.h}, named as {@code Systems} names the FFM systems' variants.
     */
    public static final Map<String, List<String>> VARIANTS = variants();

    /** fib(93) overflows 64 bits; the C and Rust programs refuse it with the same words. */
    private static final int LARGEST_FIB = 92;

    private final Arena arena;
    private final NativeLibrary library;
    /** What fwf_forward_prepare returned, for close() to free while the library is still loaded. */
    private final List<MemorySegment> preparedGraphs = new ArrayList<>();

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
            MemorySegment function = name.equals("recursive") ? library.fib() : library.fibN1First();
            return (Kernel<FibInput>) in -> fib(function, in);
        }
        if (input == EdgeList.class) {
            return name.equals("naive") ? (Kernel<EdgeList>) this::naive : (Kernel<EdgeList>) this::forward;
        }
        if (input == MeanInput.class) {
            return (Kernel<MeanInput>) this::mean;
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
        Adjacency.Talk talk = Adjacency.talk(graph);
        int[] offsetArray = new int[n + 1];
        for (int node = 0; node < n; node++) {
            offsetArray[node + 1] = offsetArray[node] + talk.neighbours()[node].length;
        }
        int[] neighbourArray = new int[offsetArray[n]];
        for (int node = 0; node < n; node++) {
            int[] row = talk.neighbours()[node];
            System.arraycopy(row, 0, neighbourArray, offsetArray[node], row.length);
        }
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

    private Computation forward(EdgeList graph) {
        Adjacency.Rows rows = Adjacency.rows(graph);
        MemorySegment prepared;
        // The rows are needed only while the library copies them; a nested arena frees them at once.
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment offsets = scratch.allocateFrom(ValueLayout.JAVA_INT, rows.offsets());
            MemorySegment neighbours = scratch.allocateFrom(ValueLayout.JAVA_INT, rows.neighbours());
            prepared = (MemorySegment) NativeLibrary.FORWARD_PREPARE.invokeExact(library.forwardPrepare(),
                    graph.nodeCount(), offsets, neighbours);
        } catch (Throwable t) {
            throw NativeLibrary.rethrow(t);
        }
        if (prepared.equals(MemorySegment.NULL)) {
            throw new OutOfMemoryError("fwf_forward_prepare returned NULL: out of native memory");
        }
        preparedGraphs.add(prepared);
        // Scoped to the arena, so no run can pass the pointer once close() has freed it.
        MemorySegment graphHandle = prepared.reinterpret(arena, null);
        MemorySegment count = library.forwardCount();
        return () -> {
            try {
                return (long) NativeLibrary.FORWARD_COUNT.invokeExact(count, graphHandle);
            } catch (Throwable t) {
                throw NativeLibrary.rethrow(t);
            }
        };
    }

    private Computation mean(MeanInput input) {
        float[] values = MeanData.generate(input);
        MemorySegment data = arena.allocateFrom(ValueLayout.JAVA_FLOAT, values);
        long count = values.length;
        MemorySegment function = library.mean();
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
            for (MemorySegment graph : preparedGraphs) {
                NativeLibrary.FORWARD_FREE.invokeExact(library.forwardFree(), graph);
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
