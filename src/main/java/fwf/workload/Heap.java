package fwf.workload;

import java.util.Locale;

/**
 * Refuses data this JVM's heap cannot hold before allocating it, with the numbers: an
 * OutOfMemoryError half-way through building the input says neither how much was asked nor
 * how much there is.
 */
final class Heap {
    private static final double GB = 1e9;

    private Heap() {
    }

    /**
     * @param bytes what the allocation needs
     * @param what  what it is for, as the message's subject ("mean of 10,000,000 float32 values")
     * @throws IllegalArgumentException when the heap has less room left than {@code bytes}
     */
    static void require(long bytes, String what) {
        Runtime runtime = Runtime.getRuntime();
        long room = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (bytes > room) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s needs %.1f GB, more than the %.1f GB left in this JVM's heap (at most %.1f GB:"
                            + " a larger -Xmx raises it)", what, bytes / GB, room / GB, runtime.maxMemory() / GB));
        }
    }
}
