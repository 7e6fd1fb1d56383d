package fwf.app;

import fwf.workload.Catalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SizeRulesTest {
    @Test
    void fibTakesOneToFifty() {
        assertThat(SizeRules.check(Catalogue.FIB, "25", 0, List.of("jvm-c2"))).isEqualTo(new SizeRules.Check.Ok(25, null));
        assertThat(SizeRules.check(Catalogue.FIB, " 1 ", 0, List.of("jvm-c2"))).isEqualTo(new SizeRules.Check.Ok(1, null));
        assertThat(SizeRules.check(Catalogue.FIB, "50", 0, List.of("jvm-c2"))).isEqualTo(new SizeRules.Check.Ok(50, null));
        assertThat(SizeRules.check(Catalogue.FIB, "0", 0, List.of("jvm-c2")))
                .isEqualTo(new SizeRules.Check.Bad("n must be a whole number from 1 to 50, got '0'"));
        assertThat(SizeRules.check(Catalogue.FIB, "51", 0, List.of("jvm-c2")))
                .isEqualTo(new SizeRules.Check.Bad("n must be a whole number from 1 to 50, got '51'"));
        assertThat(SizeRules.check(Catalogue.FIB, "", 0, List.of("jvm-c2")))
                .isEqualTo(new SizeRules.Check.Bad("n must be a whole number from 1 to 50, got ''"));
        assertThat(SizeRules.check(Catalogue.FIB, "-3", 0, List.of("jvm-c2")))
                .isEqualTo(new SizeRules.Check.Bad("n must be a whole number from 1 to 50, got '-3'"));
        assertThat(SizeRules.check(Catalogue.FIB, "4e1", 0, List.of("jvm-c2")))
                .isEqualTo(new SizeRules.Check.Bad("n must be a whole number from 1 to 50, got '4e1'"));
        assertThat(SizeRules.check(Catalogue.FIB, "99999999999", 0, List.of("jvm-c2")))
                .isEqualTo(new SizeRules.Check.Bad("n must be a whole number from 1 to 50, got '99999999999'"));
    }

    @Test
    void fibPastFortyWarnsOnlyOnSlowSystems() {
        assertThat(SizeRules.check(Catalogue.FIB, "41", 0, List.of("jvm-c2", "c"))).isEqualTo(new SizeRules.Check.Ok(41, null));
        assertThat(SizeRules.check(Catalogue.FIB, "40", 0, List.of("jvm-int"))).isEqualTo(new SizeRules.Check.Ok(40, null));
        assertThat(SizeRules.check(Catalogue.FIB, "45", 0, List.of("jvm-c2", "jvm-int", "cpython"))).isEqualTo(new SizeRules.Check.Ok(45,
                "fib(45) on cpython and jvm-int can take minutes (each step past 40 costs 1.6 times more): Esc cancels"));
    }

    @Test
    void trianglesTakeAllOrUpToTheGraphsNodeCount() {
        assertThat(SizeRules.check(Catalogue.TRIANGLES, "", 4039, List.of())).isEqualTo(new SizeRules.Check.Ok(0, null));
        assertThat(SizeRules.check(Catalogue.TRIANGLES, "all", 4039, List.of())).isEqualTo(new SizeRules.Check.Ok(0, null));
        assertThat(SizeRules.check(Catalogue.TRIANGLES, "0", 4039, List.of())).isEqualTo(new SizeRules.Check.Ok(0, null));
        assertThat(SizeRules.check(Catalogue.TRIANGLES, "2,000", 4039, List.of())).isEqualTo(new SizeRules.Check.Ok(2000, null));
        assertThat(SizeRules.check(Catalogue.TRIANGLES, "4039", 4039, List.of())).isEqualTo(new SizeRules.Check.Ok(4039, null));
        assertThat(SizeRules.check(Catalogue.TRIANGLES, "4040", 4039, List.of())).isEqualTo(new SizeRules.Check.Bad(
                "nodes must be empty (all) or a whole number from 1 to 4,039 (the graph's node count), got '4040'"));
        assertThat(SizeRules.check(Catalogue.TRIANGLES, "many", 0, List.of())).isEqualTo(new SizeRules.Check.Bad(
                "nodes must be empty (all) or a whole number from 1 up, got 'many'"));
    }

    @Test
    void meanTakesGroupedCountsUpToAHundredMillion() {
        assertThat(SizeRules.check(Catalogue.MEAN, "10_000_000", 0, List.of())).isEqualTo(new SizeRules.Check.Ok(10_000_000, null));
        assertThat(SizeRules.check(Catalogue.MEAN, "10 000 000", 0, List.of())).isEqualTo(new SizeRules.Check.Ok(10_000_000, null));
        assertThat(SizeRules.check(Catalogue.MEAN, "100,000,001", 0, List.of())).isEqualTo(new SizeRules.Check.Bad(
                "elements must be a whole number from 1 to 100,000,000, got '100,000,001'"));
    }

    @Test
    void labelsAndPrompts() {
        assertThat(Catalogue.FIB.sizeRule().label()).isEqualTo("n");
        assertThat(Catalogue.TRIANGLES.sizeRule().label()).isEqualTo("nodes");
        assertThat(Catalogue.MEAN.sizeRule().label()).isEqualTo("elements");
        assertThat(Catalogue.TRIANGLES.sizeRule().prompt()).isEqualTo("all");
        assertThat(Catalogue.FIB.sizeRule().prompt()).isEmpty();
    }
}
