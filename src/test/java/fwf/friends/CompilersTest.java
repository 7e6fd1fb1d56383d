package fwf.friends;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which compilers flags make, and the runs whose label they would falsify. */
class CompilersTest {
    @Test
    void eachTierIsWhatItsFlagsMake() {
        assertThat(Compilers.of(Systems.JVM_INT.jvmFlags())).isEqualTo(Compilers.INTERPRETER);
        assertThat(Compilers.of(Systems.JVM_C1.jvmFlags())).isEqualTo(Compilers.C1);
        assertThat(Compilers.of(Systems.JVM_C2.jvmFlags())).isEqualTo(Compilers.TIERED);
        assertThat(Compilers.of(Systems.JVM_C2_ONLY.jvmFlags())).isEqualTo(Compilers.C2_ONLY);
    }

    @Test
    void theLastFlagOfEachKindWins() {
        assertThat(Compilers.of(List.of("-Xint", "-Xmixed"))).isEqualTo(Compilers.TIERED);
        assertThat(Compilers.of(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4"))).isEqualTo(Compilers.TIERED);
        assertThat(Compilers.of(List.of("-XX:TieredStopAtLevel=0"))).isEqualTo(Compilers.INTERPRETER);
        assertThat(Compilers.of(List.of("-XX:TieredStopAtLevel=3"))).isEqualTo(Compilers.C1_PROFILING);
        assertThat(Compilers.of(List.of("-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation"))).isEqualTo(Compilers.C2_ONLY);
        assertThat(Compilers.of(List.of("-XX:-TieredCompilation", "-Xint"))).isEqualTo(Compilers.INTERPRETER);
        assertThat(Compilers.of(List.of("-XX:CompilationMode=quick-only"))).isEqualTo(Compilers.C1);
        assertThat(Compilers.of(List.of("-XX:CompilationMode=high-only"))).isEqualTo(Compilers.C2_ONLY);
        assertThat(Compilers.of(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseJVMCICompiler"))).isEqualTo(Compilers.GRAAL);
        assertThat(Compilers.of(List.of("-Xcomp"))).isEqualTo(Compilers.COMPILE_FIRST);
        assertThat(Compilers.of(List.of("-XX:TieredStopAtLevel=x"))).isEqualTo(Compilers.TIERED); // the JVM refuses it
    }

    @Test
    void aFlagThatChangesTheCompilersIsAMislabel() {
        assertThat(Compilers.mislabel(Systems.JVM_C2, List.of("-Xint")))
                .contains("-Xint makes jvm-c2 run the interpreter alone: use --system jvm-int");
        assertThat(Compilers.mislabel(Systems.JVM_INT, List.of("-Xmixed")))
                .contains("-Xmixed makes jvm-int run tiered C1 and C2: use --system jvm-c2");
        assertThat(Compilers.mislabel(Systems.JVM_C2, List.of("-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation")))
                .contains("-XX:TieredStopAtLevel=1 -XX:-TieredCompilation make jvm-c2 run C2 alone: use --system jvm-c2-only");
        assertThat(Compilers.mislabel(Systems.JVM_C2, List.of("-XX:TieredStopAtLevel=2")))
                .contains("-XX:TieredStopAtLevel=2 makes jvm-c2 run C1 with profiling (tier 2 or 3) alone,"
                        + " which no system here is named for: leave the flag out");
    }

    @Test
    void flagsThatKeepTheCompilersAndSystemsThatAreNoTierPass() {
        assertThat(Compilers.mislabel(Systems.JVM_INT, List.of("-Xint"))).isEmpty();
        assertThat(Compilers.mislabel(Systems.JVM_C2, List.of("-XX:TieredStopAtLevel=4", "-Xmx1g", "-XX:-Inline"))).isEmpty();
        assertThat(Compilers.mislabel(Systems.JVM_C2_ONLY, List.of("-XX:TieredStopAtLevel=1"))).isEmpty(); // ignored without tiers
        assertThat(Compilers.mislabel(Systems.FFM_C, List.of("-Xint"))).isEmpty();
        assertThat(Compilers.mislabel(Systems.CPYTHON, List.of("-Xint"))).isEmpty();
    }
}
