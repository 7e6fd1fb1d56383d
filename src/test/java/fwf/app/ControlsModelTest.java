package fwf.app;

import fwf.friends.Systems;
import fwf.results.Settings;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.workload.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The control panel's model without the panel (the generated graph needs no file read). */
class ControlsModelTest {
    @TempDir
    Path dir;

    private ControlsModel model(Settings settings) {
        ControlsModel m = new ControlsModel(settings, null, Runnable::run);
        m.setSystemChoices(SystemAvailability.allOf(Systems.all()).discover(), true);
        return m;
    }

    @Test
    void theDefaultIsTheTalksFibOnC2() {
        ControlsModel m = model(Settings.load(dir.resolve("w.properties")));
        assertThat(m.workloadProperty().get()).isSameAs(Catalogue.FIB);
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.requests()).containsExactly(
                RunRequest.ofNames("fib", "primitive", "jvm-c2", 40, null, Plan.ADAPTIVE, List.of(), null));
        assertThat(m.lessonsProperty().get()).isEqualTo(Catalogue.FIB.defaultVariant().lesson());
    }

    @Test
    void eachSystemRunsOnlyTheVariantsItHas() {
        ControlsModel m = model(Settings.load(dir.resolve("w.properties")));
        m.sizeTextProperty().set("30");
        m.variants().setAll("recursive", "primitive");
        m.systems().setAll("cpython", "jvm-c2");
        assertThat(m.requests()).extracting(RunRequest::variant, r -> r.system().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("primitive", "jvm-c2"),
                        org.assertj.core.groups.Tuple.tuple("recursive", "cpython"));
        assertThat(m.lessonsProperty().get()).startsWith("recursive: The talk's naive recursion")
                .contains("\nprimitive: ");

        // A checked system with none of the checked variants runs its own talk variant, and says so.
        m.variants().setAll("primitive");
        m.systems().setAll("cpython");
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.requests()).extracting(RunRequest::variant, r -> r.system().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("recursive", "cpython"));
        assertThat(m.substitutions()).containsExactly("CPython has no primitive: runs recursive");

        // Only a system with nothing at all for the workload leaves nothing to run.
        m.workloadProperty().set(fwf.workload.Catalogue.MEAN);
        m.sizeTextProperty().set("1000");
        m.variants().setAll("loop");
        m.systems().setAll("mojo");
        assertThat(m.problemProperty().get()).isEqualTo("none of the checked systems has the checked variants"
                + " (Java runs loop, boxed, stream, vector, parallel, draw-mean; each friend its own, see the tooltips)");
        assertThat(m.requests()).isEmpty();
    }

    @Test
    void problemsNameWhatToFix() {
        ControlsModel m = model(Settings.load(dir.resolve("w.properties")));
        m.variants().clear();
        assertThat(m.problemProperty().get()).isEqualTo("check at least one variant");
        m.variants().setAll("primitive");
        m.systems().clear();
        assertThat(m.problemProperty().get()).isEqualTo("check at least one system");
        m.systems().setAll("jvm-c2");
        m.sizeTextProperty().set("x");
        assertThat(m.problemProperty().get()).isEqualTo("n must be a whole number from 1 to 50, got 'x'");

        m.workloadProperty().set(Catalogue.TRIANGLES);
        m.variants().setAll("naive");
        m.systems().setAll("cpython");
        assertThat(m.graphSourceProperty().get()).isEqualTo(GraphSource.GENERATED);
        assertThat(m.problemProperty().get()).isNull(); // the engine writes the generated graph for friends

        m.setSystemChoices(SystemAvailability.jvmOnly().known(), false);
        assertThat(m.systems()).containsExactly("cpython"); // not forgotten while it is looked for
        assertThat(m.problemProperty().get()).isEqualTo("CPython is not available: still looking for it...");
        m.setSystemChoices(SystemAvailability.jvmOnly().discover(), true);
        assertThat(m.systems()).containsExactly("jvm-c2");
    }

    @Test
    void eachWorkloadKeepsItsSizeAndChoicesAreRemembered() {
        Settings settings = Settings.load(dir.resolve("w.properties"));
        ControlsModel m = model(settings);
        m.sizeTextProperty().set("25");
        m.workloadProperty().set(Catalogue.MEAN);
        assertThat(m.sizeTextProperty().get()).isEqualTo("10000000");
        assertThat(m.variants()).containsExactly("loop");
        m.workloadProperty().set(Catalogue.FIB);
        assertThat(m.sizeTextProperty().get()).isEqualTo("25");

        m.systems().setAll("jvm-int", "jvm-c2");
        m.remember();
        assertThat(settings.save()).isNull();
        ControlsModel again = model(Settings.load(dir.resolve("w.properties")));
        assertThat(again.sizeTextProperty().get()).isEqualTo("25");
        assertThat(again.systems()).containsExactly("jvm-int", "jvm-c2");
        assertThat(again.requests()).extracting(r -> r.system().name()).containsExactly("jvm-int", "jvm-c2");
    }

    @Test
    void sweepQueuesEachVariantAndSystemAtTheLadderOfSizes() {
        ControlsModel m = model(Settings.load(dir.resolve("w.properties")));
        m.sizeTextProperty().set("30");
        m.variants().setAll("primitive");
        m.systems().setAll("jvm-c2", "jvm-c1");
        // fib's cost is exponential: n-8 to n in steps of 2, each system's sizes back to back, smallest first.
        assertThat(m.sweepRequests()).extracting(r -> r.system().name(), RunRequest::variant, RunRequest::size)
                .containsExactly(
                        tuple("jvm-c1", "primitive", 22), tuple("jvm-c1", "primitive", 24), tuple("jvm-c1", "primitive", 26),
                        tuple("jvm-c1", "primitive", 28), tuple("jvm-c1", "primitive", 30),
                        tuple("jvm-c2", "primitive", 22), tuple("jvm-c2", "primitive", 24), tuple("jvm-c2", "primitive", 26),
                        tuple("jvm-c2", "primitive", 28), tuple("jvm-c2", "primitive", 30));
        assertThat(m.sweepRequests()).allSatisfy(r -> assertThat(r.plan()).isEqualTo(Plan.ADAPTIVE));

        // A power law halves: an empty triangles size is the whole generated graph (4,000 nodes),
        // its top rung asked as Run asks it (0, all).
        m.workloadProperty().set(Catalogue.TRIANGLES);
        m.sizeTextProperty().set("");
        m.variants().setAll("forward", "hashset");
        m.systems().setAll("jvm-c2");
        assertThat(m.sweepRequests()).extracting(RunRequest::variant, RunRequest::size, RunRequest::graph)
                .containsExactly(tuple("hashset", 250, null), tuple("hashset", 500, null), tuple("hashset", 1_000, null),
                        tuple("hashset", 2_000, null), tuple("hashset", 0, null), // the catalogue's order, as Run
                        tuple("forward", 250, null), tuple("forward", 500, null), tuple("forward", 1_000, null),
                        tuple("forward", 2_000, null), tuple("forward", 0, null));
        m.sizeTextProperty().set("1000");
        m.variants().setAll("forward");
        assertThat(m.sweepRequests()).extracting(RunRequest::size).containsExactly(62, 125, 250, 500, 1_000);

        // Sizes under the minimum are dropped; a problem queues nothing.
        m.workloadProperty().set(Catalogue.FIB);
        m.sizeTextProperty().set("5");
        assertThat(m.sweepRequests()).extracting(RunRequest::size).containsExactly(1, 3, 5);
        m.sizeTextProperty().set("x");
        assertThat(m.sweepRequests()).isEmpty();
    }
}
