package fwf.runner;

import fwf.friends.Availability;
import fwf.friends.FriendRequirement;
import fwf.friends.Friends;
import fwf.graph.FacebookFile;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * jvm-graal end to end: a JVM worker with the Graal JIT from the jars that {@code friends install}
 * fetched into the cache, checked against the Java reference like any other system. Skipped with
 * the reason when the jars are absent, failed instead under {@code FWF_REQUIRE_FRIENDS=1}.
 */
class JvmGraalTest {
    private static final Plan FEW = new Plan(1, 2, 1);
    private static final Friends FRIENDS = Friends.standard();
    private final Runner runner = new Runner(new SystemLauncher(new JvmWorkerLauncher(), FRIENDS));

    @TempDir
    Path temp;

    private static void requireGraal() {
        Availability graal = FRIENDS.availability("jvm-graal");
        if (!graal.available()) {
            throw FriendRequirement.missing("jvm-graal", graal.reason());
        }
    }

    @Test
    void withoutTheJarsItSaysWhereTheyShouldBeAndWhatFetchesThem(@TempDir Path home) {
        Path cache = home.resolve("cache");
        Friends bare = new Friends(Map.of("PATH", "/usr/bin:/bin", "HOME", home.toString()), cache);
        Availability graal = bare.availability("jvm-graal");
        assertThat(graal.available()).isFalse();
        assertThat(graal.reason()).isEqualTo("the Graal compiler's jars (org.graalvm.compiler:compiler:25.0.1) are not in "
                + cache.resolve("graal/25.0.1") + " (missing compiler-25.0.1.jar, collections-25.0.1.jar,"
                + " word-25.0.1.jar, truffle-compiler-25.0.1.jar): run ./fwf friends install, which fetches them with Maven");
        Runner bareRunner = new Runner(new SystemLauncher(new JvmWorkerLauncher(), bare));
        Measurement m = bareRunner.run(RunRequest.ofNames("fib", "primitive", "jvm-graal", 20, null, FEW, List.of(), null),
                RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).contains(graal.reason());
    }

    @Test
    void fib25OnTheGraalJit() {
        requireGraal();
        List<List<String>> commands = Collections.synchronizedList(new ArrayList<>());
        Measurement m = runner.run(RunRequest.ofNames("fib", "primitive", "jvm-graal", 25, null, FEW, List.of(), null),
                new RunListener() {
                    @Override
                    public void forkStarted(int fork, int forks, List<String> command) {
                        commands.add(command);
                    }
                });
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("75025");
        assertThat(m.expected()).isEqualTo("75025");
        String modulePath = "--upgrade-module-path=" + FRIENDS.cacheRoot().resolve("graal/25.0.1/compiler-25.0.1.jar");
        assertThat(commands.getFirst()).contains("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
                "-XX:+UseJVMCICompiler").anyMatch(a -> a.startsWith(modulePath));
        assertThat(m.environment().jvmFlags()).contains("-XX:+UseJVMCICompiler").anyMatch(a -> a.startsWith(modulePath));
    }

    @ParameterizedTest
    @ValueSource(strings = {"naive-primitive", "naive-boxed"})
    void trianglesOfK4(String variant) throws IOException {
        requireGraal();
        Path k4 = Files.writeString(temp.resolve("k4.txt"), "1 2\n1 3\n1 4\n2 3\n2 4\n3 4\n");
        Measurement m = runner.run(RunRequest.ofNames("triangles", variant, "jvm-graal", 0, k4, FEW, List.of(), null),
                RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("4");
    }

    @Test
    void theNaiveCountOnTheFirst500NodesOfEgoFacebook() {
        requireGraal();
        Path facebook = FacebookFile.path();
        Measurement m = runner.run(RunRequest.ofNames("triangles", "naive-primitive", "jvm-graal", 500, facebook, FEW,
                List.of(), null), RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo(m.expected());
        assertThat(m.answer()).isEqualTo("14684");
    }
}
