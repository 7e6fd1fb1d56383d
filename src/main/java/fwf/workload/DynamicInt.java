package fwf.workload;

import java.math.BigInteger;

/**
 * A small model of Python's {@code int} protocol, so the JVM can be made to pay what CPython
 * pays on every {@code +}, {@code -} and {@code <=}: the operands are plain {@code Object}s,
 * and each operation first asks what they are before it can do any arithmetic.
 *
 * <p>Values are {@code Long} while they fit and {@code BigInteger} once they do not, like
 * CPython's small and long int objects; results are always normalised (a {@code BigInteger}
 * that fits in a {@code long} is turned back into a {@code Long}), so one number has one
 * representation and answers are exact for any size. {@code Long.valueOf} caches -128..127,
 * much as CPython caches its small ints, so small values do not allocate.
 */
final class DynamicInt {
    private DynamicInt() {
    }

    /** {@code a + b}, promoting to {@code BigInteger} when the sum leaves the {@code long} range. */
    static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            try {
                // addExact is a JIT intrinsic (an add and a jump on the overflow flag); the
                // exception is only thrown on the rare overflow, which then takes the slow path.
                return Math.addExact(x, y);
            } catch (ArithmeticException overflow) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
        }
        return normalise(big(a).add(big(b)));
    }

    /** {@code a - b}, promoting to {@code BigInteger} when the difference leaves the {@code long} range. */
    static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            try {
                return Math.subtractExact(x, y);
            } catch (ArithmeticException overflow) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
        }
        return normalise(big(a).subtract(big(b)));
    }

    /**
     * {@code a <= b} as Python computes it: the comparison yields a bool <em>object</em>, which
     * {@link #isTrue} then has to inspect before the {@code if} can branch.
     */
    static Object lessOrEqual(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x <= y;
        }
        return big(a).compareTo(big(b)) <= 0;
    }

    /** Python's truth test, which dispatches on the type too. */
    static boolean isTrue(Object value) {
        return switch (value) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case null, default -> throw typeError(value);
        };
    }

    private static BigInteger big(Object value) {
        return switch (value) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case null, default -> throw typeError(value);
        };
    }

    private static Object normalise(BigInteger value) {
        // bitLength excludes the sign bit, so 63 bits or fewer is exactly the long range.
        if (value.bitLength() < Long.SIZE) {
            return value.longValue();
        }
        return value;
    }

    private static IllegalArgumentException typeError(Object value) {
        return new IllegalArgumentException("not an int: " + (value == null ? "null" : value.getClass().getName()));
    }
}
