package fwf.app;

import fwf.friends.Launch;
import fwf.friends.Systems;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static fwf.app.WindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start builds the compiled friends for about a minute: the status bar says what it is
 * doing meanwhile, never a bare "Ready" while friends are still greyed out (issue 14).
 */
@ExtendWith(ApplicationExtension.class)
class FriendsProgressTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final CountDownLatch building = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SystemAvailability slow = new SystemAvailability() {
            @Override
            public List<SystemChoice> discover() {
                return discover(step -> {
                });
            }

            @Override
            public List<SystemChoice> discover(Consumer<String> progress) {
                progress.accept("Looking for the friends: Cython (3 of 10; a first start builds the compiled ones,"
                        + " about a minute)...");
                building.countDown();
                try {
                    finish.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Systems.all().stream().map(s -> new SystemChoice(s,
                        s.launch() == Launch.JVM_WORKER || s != Systems.MOJO ? null : Systems.MOJO_UNAVAILABLE)).toList();
            }
        };
        window = WindowFixture.open(stage, new AppConfig(dir.resolve("results.jsonl"), dir.resolve("window.properties"),
                null, Results.instant(r -> Results.ok(r, 1_000)), slow));
    }

    /** Closes the window now, while the folder is there (see WindowFixture#closeNow). */
    @org.testfx.framework.junit5.Stop
    void stop() {
        WindowFixture.closeNow(stage);
    }

    @AfterEach
    void release() {
        finish.countDown();
    }

    @Test
    void theStatusBarFollowsDiscoveryAndThenSaysWhatItFound(FxRobot robot) throws Exception {
        assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
        waitFor(10, () -> window.status().text().startsWith("Looking for the friends: Cython (3 of 10"));
        finish.countDown();
        waitFor(10, () -> window.status().text().startsWith("Ready"));
        assertThat(window.status().text()).isEqualTo("Ready: pick a workload and systems, then Run (Space)."
                + " Friends: 13 of 14 ready (not here: Mojo; their tooltips say why)");
    }

    @Test
    void theSummaryCountsOnlyFriends() {
        List<SystemChoice> choices = Systems.all().stream().map(s -> new SystemChoice(s,
                s == Systems.PYPY || s == Systems.MOJO ? "not installed" : null)).toList();
        assertThat(SystemAvailability.summary(choices))
                .isEqualTo("Friends: 12 of 14 ready (not here: PyPy, Mojo; their tooltips say why)");
    }
}
