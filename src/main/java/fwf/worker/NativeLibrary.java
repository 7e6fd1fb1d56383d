package fwf.worker;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The symbols of {@code fwf/friends/c/fwf_kernels.h} in one loaded library (the C one or its
 * Rust twin), called through FFM.
 *
 * <p>Why the handles are static and take the function's address as their first argument: the
 * library's path is known only at run time, but a downcall handle the JIT sees as a constant
 * (a static final) is compiled into a direct call with no dispatch through the handle, which
 * is the real price of a crossing. A handle bound to one library would live in an instance
 * field, which the JIT does not trust as constant, and every call would pay for that too.
 *
 * <p>The default linker options: each call switches the thread from Java to native state and
 * back, as any long-running native call must ({@code Linker.Option.critical} would skip that,
 * but it is meant for calls too short to matter to the GC, and fib(32) is not).
 *
 * @param version {@code fwf_version()}: the compiler that built the library
 */
record NativeLibrary(Path path, String version, MemorySegment fib, MemorySegment fibN1First,
                     MemorySegment trianglesNaive,
                     MemorySegment forwardPrepare, MemorySegment forwardCount, MemorySegment forwardFree,
                     MemorySegment mean, Twins twins) {
    /**
     * The twins of the other Java variants (fib looped; triangles hashset, bitset, parallel;
     * mean parallel, vector), each a prepare, count and free like forward's where it has a
     * prepared structure.
     */
    record Twins(MemorySegment fibLooped,
                 MemorySegment hashsetPrepare, MemorySegment hashsetCount, MemorySegment hashsetFree,
                 MemorySegment bitsetPrepare, MemorySegment bitsetCount, MemorySegment bitsetFree,
                 MemorySegment parallelPrepare, MemorySegment parallelCount, MemorySegment parallelKernel,
                 MemorySegment parallelEstimate, MemorySegment parallelFree, MemorySegment meanParallel,
                 MemorySegment meanVector) {
    }

    private static final Linker LINKER = Linker.nativeLinker();
    /** Longer than any version text; the C string ends at its NUL well before. */
    private static final long VERSION_MAX_BYTES = 1024;

    static final MethodHandle VERSION = LINKER.downcallHandle(FunctionDescriptor.of(ADDRESS));
    static final MethodHandle FIB = LINKER.downcallHandle(FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    /** fwf_triangles_naive(node_count, offsets, neighbours, order_count, order). */
    static final MethodHandle TRIANGLES_NAIVE = LINKER.downcallHandle(
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    static final MethodHandle FORWARD_PREPARE = LINKER.downcallHandle(
            FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle FORWARD_COUNT = LINKER.downcallHandle(FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    static final MethodHandle FORWARD_FREE = LINKER.downcallHandle(FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle MEAN = LINKER.downcallHandle(FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS, JAVA_LONG));
    /** fwf_hashset_prepare(node_count, offsets, neighbours, order_count, order): naive's arguments. */
    static final MethodHandle HASHSET_PREPARE = LINKER.downcallHandle(
            FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    /** fwf_parallel_prepare(node_count, offsets, neighbours, threads). */
    static final MethodHandle PARALLEL_PREPARE = LINKER.downcallHandle(
            FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    /** fwf_parallel_kernel(prepared): "bitset" or "forward". */
    static final MethodHandle PARALLEL_KERNEL = LINKER.downcallHandle(FunctionDescriptor.of(ADDRESS, ADDRESS));
    /** fwf_parallel_estimate(prepared, &amp;words, &amp;merge_steps): what it chose its kernel by. */
    static final MethodHandle PARALLEL_ESTIMATE = LINKER.downcallHandle(
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    /** fwf_mean_parallel(data, count, threads). */
    static final MethodHandle MEAN_PARALLEL = LINKER.downcallHandle(
            FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS, JAVA_LONG, JAVA_INT));

    /**
     * Loads the library for as long as {@code arena} is open and finds every symbol.
     *
     * @throws IllegalArgumentException when the library cannot be loaded or lacks a symbol:
     *                                  {@code cannot load the native library PATH: WHY} or
     *                                  {@code the native library PATH has no symbol NAME}
     */
    static NativeLibrary load(Path path, Arena arena) {
        SymbolLookup symbols;
        try {
            symbols = SymbolLookup.libraryLookup(path, arena);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot load the native library " + path + ": " + e.getMessage(), e);
        }
        MemorySegment versionFunction = find(symbols, path, "fwf_version");
        String version;
        try {
            MemorySegment text = (MemorySegment) VERSION.invokeExact(versionFunction);
            // A returned pointer has size zero: say how far the string may reach before reading it.
            version = text.equals(MemorySegment.NULL) ? "" : text.reinterpret(VERSION_MAX_BYTES).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return new NativeLibrary(path, version, find(symbols, path, "fwf_fib"),
                find(symbols, path, "fwf_fib_n1_first"), find(symbols, path, "fwf_triangles_naive"), find(symbols, path, "fwf_forward_prepare"),
                find(symbols, path, "fwf_forward_count"), find(symbols, path, "fwf_forward_free"),
                find(symbols, path, "fwf_mean"), new Twins(find(symbols, path, "fwf_fib_looped"),
                find(symbols, path, "fwf_hashset_prepare"), find(symbols, path, "fwf_hashset_count"),
                find(symbols, path, "fwf_hashset_free"), find(symbols, path, "fwf_bitset_prepare"),
                find(symbols, path, "fwf_bitset_count"), find(symbols, path, "fwf_bitset_free"),
                find(symbols, path, "fwf_parallel_prepare"), find(symbols, path, "fwf_parallel_count"),
                find(symbols, path, "fwf_parallel_kernel"), find(symbols, path, "fwf_parallel_estimate"),
                find(symbols, path, "fwf_parallel_free"),
                find(symbols, path, "fwf_mean_parallel"), find(symbols, path, "fwf_mean_vector")));
    }

    private static MemorySegment find(SymbolLookup symbols, Path path, String name) {
        return symbols.find(name).orElseThrow(() -> new IllegalArgumentException(
                "the native library " + path + " has no symbol " + name));
    }

    /**
     * What a downcall threw, unchanged when unchecked; downcall handles throw nothing checked,
     * so the last branch only satisfies the compiler.
     */
    static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("a native call threw " + t, t);
    }
}
