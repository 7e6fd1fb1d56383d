package fwf.runner;

import fwf.run.Plan;
import fwf.run.RunRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plans, and the talk's rounds a variant brings when the user gives no counts. */
class PlanTest {
    private static RunRequest request(String workload, String variant, String system, Plan plan) {
        return RunRequest.ofNames(workload, variant, system, 0, null, plan, List.of(), null);
    }

    @Test
    void roundsAreMeasuredIterationsWithoutWarmup() {
        assertThat(Plan.rounds(5, 2)).isEqualTo(new Plan(Plan.NONE, 5, 2));
        assertThat(Plan.ADAPTIVE.adaptive()).isTrue();
        assertThat(new Plan(0, 3, 1).adaptive()).isFalse();
        assertThatThrownBy(() -> new Plan(Plan.NONE, 0, 1))
                .hasMessage("a plan without warm-up needs a count of measured iterations");
        assertThatThrownBy(() -> new Plan(-2, 3, 1))
                .hasMessage("a plan needs warmup >= 0, iterations >= 0 and forks >= 1, got -2/3/1");
    }

    @Test
    void drawMeanRunsTheTalksFiveRoundsOnEverySystemUnlessTheUserGaveCounts() {
        for (String system : List.of("jvm-c2", "cpython", "pypy")) {
            assertThat(Runner.planFor(request("mean", "draw-mean", system, Plan.ADAPTIVE)))
                    .isEqualTo(new Plan(Plan.NONE, 5, 1));
        }
        assertThat(Runner.planFor(request("mean", "draw-mean", "jvm-c2", new Plan(0, 0, 3))))
                .isEqualTo(new Plan(Plan.NONE, 5, 3));
        Plan given = new Plan(2, 10, 1);
        assertThat(Runner.planFor(request("mean", "draw-mean", "jvm-c2", given))).isSameAs(given);
        assertThat(Runner.planFor(request("mean", "draw-mean", "jvm-c2", new Plan(0, 7, 1))))
                .isEqualTo(new Plan(0, 7, 1));
        assertThat(Runner.planFor(request("mean", "loop", "jvm-c2", Plan.ADAPTIVE))).isSameAs(Plan.ADAPTIVE);
        assertThat(Runner.planFor(request("fib", "primitive", "jvm-c2", Plan.ADAPTIVE))).isSameAs(Plan.ADAPTIVE);
    }
}
