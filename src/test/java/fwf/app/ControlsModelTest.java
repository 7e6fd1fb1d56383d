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
}
