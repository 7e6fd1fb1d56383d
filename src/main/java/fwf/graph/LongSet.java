package fwf.graph;

import java.util.Arrays;

/**
 * A set of non-negative {@code long}s, open addressing with linear probing: the edge
 * de-duplication set, keyed by the packed {@code (min << 32) | max} pair of dense ids.
 *
 * <p>Why not {@code HashSet<Long>}: 88k boxed keys would dominate the read time and memory.
 */
final class LongSet {
    private static final long EMPTY = -1L;

    private long[] keys;
    private int size;
    private int mask;
    private int shift;

    LongSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    int size() {
        return size;
    }

    /** Adds {@code key}; true when it was not there before. */
    boolean add(long key) {
        int i = slot(key);
        long k;
        while ((k = keys[i]) != EMPTY) {
            if (k == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    boolean contains(long key) {
        int i = slot(key);
        long k;
        while ((k = keys[i]) != EMPTY) {
            if (k == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    static long pack(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private int slot(long key) {
        // Fibonacci hashing: the top bits of the product spread consecutive ids well.
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        shift = 64 - Integer.numberOfTrailingZeros(keys.length);
        for (long key : old) {
            if (key != EMPTY) {
                int i = slot(key);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
            }
        }
    }
}
