package fwf.graph;

import java.util.Arrays;

/**
 * A map from non-negative {@code int} keys to {@code int} values, open addressing with linear
 * probing.
 *
 * <p>Why not {@code HashMap<Integer,Integer>}: reading ego-Facebook looks up two labels per
 * line, and boxing every one of them costs more than the parsing itself.
 */
final class IntIntMap {
    private static final int EMPTY = -1;

    private int[] keys;
    private int[] values;
    private int size;
    private int mask;
    private int shift;

    IntIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or {@code missing} when there is none. */
    int get(int key, int missing) {
        int i = find(key);
        return keys[i] == EMPTY ? missing : values[i];
    }

    /**
     * The value of {@code key} if present, otherwise stores {@code value} and returns
     * {@code -1 - value}, so one probe both looks up and inserts (values must be non-negative).
     */
    int putIfAbsent(int key, int value) {
        int i = find(key);
        if (keys[i] != EMPTY) {
            return values[i];
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1 - value;
    }

    /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
    private int find(int key) {
        int i = slot(key);
        int k;
        while ((k = keys[i]) != EMPTY && k != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private int slot(int key) {
        // Fibonacci hashing: the top bits of the product spread consecutive ids well.
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        shift = 64 - Integer.numberOfTrailingZeros(keys.length);
        for (int j = 0; j < oldKeys.length; j++) {
            int key = oldKeys[j];
            if (key != EMPTY) {
                int i = slot(key);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                values[i] = oldValues[j];
            }
        }
    }
}
