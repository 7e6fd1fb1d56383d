package fwf.graphview;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphTriangleScaleTest {
    @Test
    void nodeZerosEgoNetworkGetsFiveLogarithmicBuckets() {
        GraphTriangleScale scale = GraphTriangleScale.upTo(2_519);
        assertThat(scale.upperBounds()).containsExactly(5, 23, 110, 526, 2_519);
        assertThat(scale.buckets()).isEqualTo(6);
        assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(scale::label))
                .containsExactly("0", "1\u20135", "6\u201323", "24\u2013110", "111\u2013526", "527\u20132,519");
        assertThat(scale.bucket(0)).isZero();
        assertThat(scale.bucket(5)).isEqualTo(1);
        assertThat(scale.bucket(6)).isEqualTo(2);
        assertThat(scale.bucket(2_519)).isEqualTo(5);
        assertThat(scale.bucket(9_999)).as("above the top").isEqualTo(5);
    }

    @Test
    void smallMaximaDropEmptyBuckets() {
        assertThat(GraphTriangleScale.upTo(0).upperBounds()).isEmpty();
        assertThat(GraphTriangleScale.upTo(0).bucket(3)).isZero();
        assertThat(GraphTriangleScale.upTo(1).upperBounds()).containsExactly(1);
        GraphTriangleScale three = GraphTriangleScale.upTo(3);
        assertThat(three.upperBounds()).containsExactly(2, 3);
        assertThat(three.label(1)).isEqualTo("1\u20132");
        assertThat(three.label(2)).isEqualTo("3");
    }

    @Test
    void boundsMustIncrease() {
        assertThatThrownBy(() -> new GraphTriangleScale(new int[] {3, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bucket bounds must be increasing and positive: [3, 3]");
        assertThat(GraphTriangleScale.upTo(5).upperBounds()).containsExactly(2, 3, 4, 5);
        assertThatThrownBy(() -> GraphTriangleScale.upTo(5).label(7))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("bucket 7 of 5");
    }
}
