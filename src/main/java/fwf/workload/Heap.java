package fwf.workload;

import java.util.Locale;

/**
 * Refuses data this JVM's heap cannot hold before allocating it, with the numbers: an
 * OutOfMemoryError half-way through building the input says neither how much was asked nor
 * how much there is.
 */
final class Heap {
    private static final double GB = 1e9;
    private static final double MB = 1e6;

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
            throw new IllegalArgumentException(what + " needs " + size(bytes) + ", more than the " + size(room)
                    + " left in this JVM's heap (at most " + size(runtime.maxMemory()) + ": a larger -Xmx raises it)");
        }
    }

    /** "2.0 GB", or under a gigabyte "40 MB" (decimal units, as disks and -Xmx's g are not). */
    static String size(long bytes) {
        return bytes >= GB ? String.format(Locale.ROOT, "%.1f GB", bytes / GB)
                : String.format(Locale.ROOT, "%d MB", Math.round(bytes / MB));
    }
}
