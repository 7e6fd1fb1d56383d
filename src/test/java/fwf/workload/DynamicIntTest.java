package fwf.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DynamicIntTest {
    private static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);

    @Test
    void addPromotesToBigIntegerOnOverflow() {
        assertThat(DynamicInt.add(Long.MAX_VALUE, 1L)).isEqualTo(TWO_TO_63);
        assertThat(DynamicInt.add(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(new BigInteger("18446744073709551614"));
        assertThat(DynamicInt.add(Long.MIN_VALUE, -1L)).isEqualTo(new BigInteger("-9223372036854775809"));
        assertThat(DynamicInt.add(Long.MAX_VALUE - 1, 1L)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void resultsThatFitAreLongAgain() {
        assertThat(DynamicInt.add(TWO_TO_63, -1L)).isEqualTo(Long.MAX_VALUE);
        assertThat(DynamicInt.sub(TWO_TO_63, 1L)).isEqualTo(Long.MAX_VALUE);
        assertThat(DynamicInt.add(TWO_TO_63, TWO_TO_63.negate())).isEqualTo(0L);
        assertThat(DynamicInt.sub(TWO_TO_63.negate(), BigInteger.ZERO)).isEqualTo(Long.MIN_VALUE);
        assertThat(DynamicInt.add(TWO_TO_63, TWO_TO_63)).isEqualTo(BigInteger.ONE.shiftLeft(64));
    }

    @Test
    void subPromotesToBigIntegerOnOverflow() {
        assertThat(DynamicInt.sub(Long.MIN_VALUE, 1L)).isEqualTo(new BigInteger("-9223372036854775809"));
        assertThat(DynamicInt.sub(Long.MAX_VALUE, -1L)).isEqualTo(TWO_TO_63);
        assertThat(DynamicInt.sub(5L, 7L)).isEqualTo(-2L);
    }

    @Test
    void compareAcrossRepresentations() {
        assertThat(DynamicInt.lessOrEqual(Long.MAX_VALUE, TWO_TO_63)).isEqualTo(true);
        assertThat(DynamicInt.lessOrEqual(TWO_TO_63, Long.MAX_VALUE)).isEqualTo(false);
        assertThat(DynamicInt.lessOrEqual(1L, 1L)).isEqualTo(true);
        assertThat(DynamicInt.lessOrEqual(2L, 1L)).isEqualTo(false);
    }

    @Test
    void truthIsPythons() {
        assertThat(DynamicInt.isTrue(true)).isTrue();
        assertThat(DynamicInt.isTrue(false)).isFalse();
        assertThat(DynamicInt.isTrue(0L)).isFalse();
        assertThat(DynamicInt.isTrue(-3L)).isTrue();
        assertThat(DynamicInt.isTrue(BigInteger.ZERO)).isFalse();
        assertThat(DynamicInt.isTrue(TWO_TO_63)).isTrue();
    }

    @Test
    void otherTypesAreRefused() {
        assertThatThrownBy(() -> DynamicInt.add(1L, "2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an int: java.lang.String");
        assertThatThrownBy(() -> DynamicInt.lessOrEqual(null, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an int: null");
    }

    @Test
    void fib93IsTheFirstSumThatPromotes() {
        Object sum = DynamicInt.add(Fib.reference(92).longValueExact(), Fib.reference(91).longValueExact());
        assertThat(sum).isInstanceOf(BigInteger.class).isEqualTo(Fib.reference(93));
    }

    @Test
    void dynamicFibTakesEitherRepresentation() {
        assertThat(Fib.dynamic(20L)).isEqualTo(6765L);
        assertThat(Fib.dynamic(BigInteger.valueOf(20))).isEqualTo(6765L);
    }

    @Property
    void addAndSubAreExactAndNormalised(@ForAll long a, @ForAll long b) {
        BigInteger bigA = BigInteger.valueOf(a);
        BigInteger bigB = BigInteger.valueOf(b);
        assertExactAndNormalised(DynamicInt.add(a, b), bigA.add(bigB));
        assertExactAndNormalised(DynamicInt.sub(a, b), bigA.subtract(bigB));
        // The same with a BigInteger operand, which must come back to Long when it fits.
        assertExactAndNormalised(DynamicInt.add(bigA.add(TWO_TO_63), b), bigA.add(TWO_TO_63).add(bigB));
        assertExactAndNormalised(DynamicInt.sub(bigA.add(TWO_TO_63), TWO_TO_63), bigA);
        assertThat(DynamicInt.lessOrEqual(a, b)).isEqualTo(a <= b);
    }

    private static void assertExactAndNormalised(Object actual, BigInteger expected) {
        if (expected.bitLength() < 64) {
            assertThat(actual).isEqualTo(expected.longValueExact());
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }
}
