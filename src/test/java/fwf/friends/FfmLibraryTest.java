package fwf.friends;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The C and Rust libraries answer through FFM exactly as fwf_kernels.h promises: the same
 * symbols and results in both, so the lead's one binding serves both.
 */
class FfmLibraryTest {
    private static final Friends FRIENDS = Friends.standard();
    private static final Linker LINKER = Linker.nativeLinker();

    /** K4 as the talk's rows: 0-1 0-2 0-3 1-2 1-3 2-3, each edge both ways. */
    private static final int[] K4_OFFSETS = {0, 3, 6, 9, 12};
    private static final int[] K4_NEIGHBOURS = {1, 2, 3, 2, 3, 0, 3, 0, 1, 0, 1, 2};
    /** Every order the nodes of K4 can be visited in gives its four triangles. */
    private static final int[][] K4_ORDERS = {{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}, {1, 3, 0, 2}};

    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void kernelsAnswerThroughFfm(String system) throws Throwable {
        Path library = library(system);
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup symbols = SymbolLookup.libraryLookup(library, arena);
            MethodHandle version = handle(symbols, "fwf_version", FunctionDescriptor.of(ValueLayout.ADDRESS));
            FunctionDescriptor longToLong = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);
            MethodHandle fib = handle(symbols, "fwf_fib", longToLong);
            MethodHandle fibN1First = handle(symbols, "fwf_fib_n1_first", longToLong);
            MethodHandle naive = handle(symbols, "fwf_triangles_naive", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS));
            MethodHandle prepare = handle(symbols, "fwf_forward_prepare", FunctionDescriptor.of(ValueLayout.ADDRESS,
                    ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            MethodHandle count = handle(symbols, "fwf_forward_count",
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
            MethodHandle free = handle(symbols, "fwf_forward_free", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
            MethodHandle mean = handle(symbols, "fwf_mean",
                    FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));

            String expectedVersion = FRIENDS.availability(system).version().replace(", through FFM", "");
            MemorySegment text = (MemorySegment) version.invokeExact();
            assertThat(text.reinterpret(200).getString(0)).isEqualTo(expectedVersion);

            assertThat((long) fib.invokeExact(25L)).isEqualTo(75025L);
            assertThat((long) fibN1First.invokeExact(25L)).isEqualTo(75025L);
            assertThat((long) fib.invokeExact(1L)).isEqualTo(1L);
            assertThat((long) fibN1First.invokeExact(0L)).isEqualTo(0L);

            MemorySegment offsets = arena.allocateFrom(ValueLayout.JAVA_INT, K4_OFFSETS);
            MemorySegment neighbours = arena.allocateFrom(ValueLayout.JAVA_INT, K4_NEIGHBOURS);
            for (int[] order : K4_ORDERS) {
                MemorySegment nodes = arena.allocateFrom(ValueLayout.JAVA_INT, order);
                assertThat((long) naive.invokeExact(4, offsets, neighbours, 4, nodes))
                        .as("visiting " + Arrays.toString(order)).isEqualTo(4L);
            }
            // Only the nodes of the order are visited: from node 2 alone, the three triangles through it.
            MemorySegment two = arena.allocateFrom(ValueLayout.JAVA_INT, 2);
            assertThat((long) naive.invokeExact(4, offsets, neighbours, 1, two)).isEqualTo(3L);
            assertThat((long) naive.invokeExact(4, offsets, neighbours, 0, two)).as("no node").isEqualTo(0L);
            MemorySegment prepared = (MemorySegment) prepare.invokeExact(4, offsets, neighbours);
            assertThat(prepared.address()).isNotZero();
            assertThat((long) count.invokeExact(prepared)).isEqualTo(4L);
            assertThat((long) count.invokeExact(prepared)).as("counting twice").isEqualTo(4L);
            free.invokeExact(prepared);
            free.invokeExact(MemorySegment.NULL);

            MemorySegment data = arena.allocateFrom(ValueLayout.JAVA_FLOAT, 0.25f, 0.5f, 0.75f, 1.0f);
            assertThat((double) mean.invokeExact(data, 4L)).isEqualTo(0.625);
        }
    }

    private static Path library(String system) {
        return FriendRequirement.ffmLibrary(FRIENDS, system);
    }

    private static MethodHandle handle(SymbolLookup symbols, String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbols.find(name).orElseThrow(() -> new AssertionError("no symbol " + name)),
                descriptor);
    }
}
