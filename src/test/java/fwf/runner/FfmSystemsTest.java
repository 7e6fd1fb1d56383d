package fwf.runner;

import fwf.friends.Friends;
import fwf.friends.Systems;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerArgs;
import fwf.run.WorkerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ffm-c and ffm-rust end to end: the real {@link Runner} and {@link SystemLauncher} start a JVM
 * worker that calls the library through FFM, and its answers are checked against the Java
 * reference like any other system's. Each run starts a JVM, so plans are a few iterations.
 */
class FfmSystemsTest {
    private static final Plan FEW = new Plan(1, 2, 1);
    private final Runner runner = new Runner(new SystemLauncher(new JvmWorkerLauncher(), FfmLibraries.FRIENDS));

    @TempDir
    Path temp;

    /** What the listener heard: the commands started and every event. */
    private static final class Heard implements RunListener {
        final List<List<String>> commands = Collections.synchronizedList(new ArrayList<>());
        final List<WorkerEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void forkStarted(int fork, int forks, List<String> command) {
            commands.add(command);
        }

        @Override
        public void event(WorkerEvent event) {
            events.add(event);
        }

        WorkerEvent.Started started() {
            return (WorkerEvent.Started) events.stream().filter(e -> e instanceof WorkerEvent.Started).findFirst()
                    .orElseThrow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void fib25InAJvmWorkerCallingTheLibrary(String system) {
        Path library = FfmLibraries.require(system);
        Heard heard = new Heard();
        Measurement m = runner.run(RunRequest.ofNames("fib", "recursive", system, 25, null, FEW, List.of(), null), heard);

        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("75025");
        assertThat(m.expected()).isEqualTo("75025");
        assertThat(m.samplesNs()).hasSize(2);
        // jvm-c2's flags, which are none, and the ones every worker of ours gets.
        assertThat(heard.started().inputArguments()).containsExactlyElementsOf(JvmWorkerLauncher.COMMON_FLAGS);
        assertThat(heard.commands.getFirst()).endsWith("--native-library", library.toAbsolutePath().toString());
        String version = FfmLibraries.FRIENDS.availability(system).version();
        assertThat(heard.started().library() + ", through FFM").isEqualTo(version);
        assertThat(m.environment().systemVersion()).isEqualTo(version);
        assertThat(m.environment().jvmVersion()).isEqualTo(System.getProperty("java.vm.name") + " " + Runtime.version());
        assertThat(m.environment().jvmFlags()).containsExactlyElementsOf(JvmWorkerLauncher.COMMON_FLAGS);
    }

    @ParameterizedTest
    @CsvSource({"ffm-c, naive", "ffm-c, forward", "ffm-rust, naive", "ffm-rust, forward"})
    void trianglesOfK4(String system, String variant) throws IOException {
        FfmLibraries.require(system);
        Path k4 = Files.writeString(temp.resolve("k4.txt"), "1 2\n1 3\n1 4\n2 3\n2 4\n3 4\n");
        Measurement m = runner.run(RunRequest.ofNames("triangles", variant, system, 0, k4, FEW, List.of(), null),
                RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("4");
        assertThat(m.expected()).isEqualTo("4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void forwardCountsEveryTriangleOfEgoFacebook(String system) {
        FfmLibraries.require(system);
        Path facebook = FfmLibraries.egoFacebook();
        Measurement m = runner.run(RunRequest.ofNames("triangles", "forward", system, 0, facebook, FEW, List.of(), null),
                RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        assertThat(m.answer()).isEqualTo("1612010");
        assertThat(m.expected()).isEqualTo("1612010");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm-c", "ffm-rust"})
    void meanOfAMillionFloats(String system) {
        FfmLibraries.require(system);
        Measurement m = runner.run(RunRequest.ofNames("mean", "loop", system, 1_000_000, null, FEW, List.of(), null),
                RunListener.NONE);
        assertThat(m.status()).as(m.message()).isEqualTo(Status.OK);
        double expected = Double.parseDouble(m.expected());
        assertThat(Double.parseDouble(m.answer())).isCloseTo(expected, within(1e-6 * expected));
    }

    @Test
    void aVariantTheSystemLacksFailsBeforeAnyWorkerStarts() {
        Heard heard = new Heard();
        Measurement m = runner.run(RunRequest.ofNames("fib", "primitive", "ffm-c", 10, null, FEW, List.of(), null), heard);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("cannot start the worker: ffm-c has no variant 'primitive' of fib"
                + " (it has: recursive, recursive-n1-first, looped)");
        assertThat(heard.commands).isEmpty();
    }

    @Test
    void theWorkerItselfRefusesAVariantTheLibraryLacks() {
        Path library = FfmLibraries.require("ffm-c");
        // Past the launcher's check, straight to a worker with the library.
        JvmWorkerLauncher jvm = new JvmWorkerLauncher().withJit(false);
        Runner direct = new Runner((request, fork) -> jvm.command(List.of(), request, fork,
                WorkerArgs.nativeLibrary(library)));
        Measurement m = direct.run(RunRequest.ofNames("triangles", "naive-boxed", "ffm-c", 0,
                writeK4(), FEW, List.of(), null), RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("unknown variant 'naive-boxed' of triangles in the native library:"
                + " choose one of naive, hashset, forward, bitset, parallel");
    }

    @Test
    void aWorkerGivenNoLibraryFailsWithThePath() {
        Path missing = temp.resolve("libfwf_nothing.so");
        JvmWorkerLauncher jvm = new JvmWorkerLauncher().withJit(false);
        Runner direct = new Runner((request, fork) -> jvm.command(List.of(), request, fork,
                WorkerArgs.nativeLibrary(missing)));
        Measurement m = direct.run(RunRequest.ofNames("fib", "recursive", "ffm-c", 10, null, FEW, List.of(), null),
                RunListener.NONE);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).startsWith("cannot load the native library " + missing + ": ");
    }

    @Test
    void aLibraryThatCannotBeBuiltFailsTheRunWithTheReason() throws IOException {
        // No compiler on an empty PATH, and an empty cache: nothing can be built.
        Path emptyBin = Files.createDirectory(temp.resolve("bin"));
        Friends bare = new Friends(Map.of("PATH", emptyBin.toString(), "HOME", temp.toString()), temp.resolve("cache"));
        String reason = bare.availability("ffm-rust").reason();
        assertThat(reason).isNotBlank();
        Runner noTools = new Runner(new SystemLauncher(new JvmWorkerLauncher(), bare));
        Heard heard = new Heard();
        Measurement m = noTools.run(RunRequest.ofNames("fib", "recursive", "ffm-rust", 10, null, FEW, List.of(), null),
                heard);
        assertThat(m.status()).isEqualTo(Status.FAILED);
        assertThat(m.message()).isEqualTo("cannot start the worker: ffm-rust is not available: " + reason);
        assertThat(heard.commands).isEmpty();
    }

    @Test
    void theFfmSystemsAreJvmWorkersWithNoFlagsOfTheirOwn() {
        assertThat(Systems.FFM_C.jvmFlags()).isEqualTo(Systems.JVM_C2.jvmFlags()).isEmpty();
        assertThat(Systems.FFM_RUST.jvmFlags()).isEqualTo(Systems.JVM_C2.jvmFlags());
        SystemLauncher launcher = new SystemLauncher(new JvmWorkerLauncher(), FfmLibraries.FRIENDS);
        RunRequest request = RunRequest.ofNames("fib", "recursive", "ffm-c", 10, null, FEW, List.of("-Xmx256m"), null);
        assertThat(launcher.intendedFlags(request)).containsExactly("--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xmx256m");
    }

    private Path writeK4() {
        try {
            return Files.writeString(temp.resolve("k4-direct.txt"), "1 2\n1 3\n1 4\n2 3\n2 4\n3 4\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
