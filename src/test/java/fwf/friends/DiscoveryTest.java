package fwf.friends;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Discovery goes by a system's {@link Probe}, never by its name, and reads the smoke run's
 * protocol lines as JSON. The systems here have names no switch could know; their probes are
 * the ones the real systems carry.
 */
class DiscoveryTest {
    private static final Map<String, List<String>> FIB = Map.of("fib", List.of("recursive"));

    @TempDir
    Path home;

    private Discovery discovery(Path bin) {
        return new Discovery(new Shell(Map.of("PATH", bin.toString(), "HOME", home.toString())),
                new BuildCache(home.resolve("cache")));
    }

    private static SystemSpec program(String name, Probe probe) {
        return new SystemSpec(name, Family.PYTHON, name, "a test system", List.of(), Launch.PROGRAM, FIB, probe);
    }

    @Test
    void theProbeDecidesNotTheName() {
        Discovery d = discovery(home.resolve("bin"));
        assertThat(d.discover(program("zeta", new Probe.Never("zeta is a thought experiment"))).availability().reason())
                .isEqualTo("zeta is a thought experiment");
        assertThat(d.discover(program("omega", new Probe.Unwritten())).availability().reason())
                .isEqualTo("no discovery is written for omega");
        assertThat(d.discover(program("snake", new Probe.Interpreter("snake3", true))).availability().reason())
                .isEqualTo("snake3: command not found");
        assertThat(d.discover(program("cee", new Probe.CProgram())).availability().reason())
                .isEqualTo("gcc: command not found");
        SystemSpec rusty = program("rusty", new Probe.RustProgram());
        SystemSpec bridge = new SystemSpec("bridge", Family.NATIVE, "bridge", "through FFM", List.of(), Launch.FFM,
                FIB, new Probe.ThroughFfm(rusty));
        assertThat(d.discover(bridge).availability().reason()).isEqualTo("rustc: command not found");
        SystemSpec jvm = new SystemSpec("jvm-any", Family.JVM, "any", "a JVM tier", List.of("-Xint"));
        assertThat(jvm.probe()).isEqualTo(new Probe.JvmWorker());
        assertThat(d.discover(jvm).availability().version()).isEqualTo("Java " + Runtime.version());
    }

    @Test
    void everySystemOfTheProgramHasItsProbe() {
        assertThat(Systems.all()).allSatisfy(s -> assertThat(s.probe()).isNotInstanceOf(Probe.Unwritten.class));
        assertThat(Systems.all()).allSatisfy(s ->
                assertThat(s.probe() instanceof Probe.JvmWorker || s.probe() instanceof Probe.GraalJit)
                        .isEqualTo(s.launch() == Launch.JVM_WORKER));
        assertThat(Systems.JVM_GRAAL.probe()).isEqualTo(new Probe.GraalJit());
        assertThat(Systems.FFM_C.probe()).isEqualTo(new Probe.ThroughFfm(Systems.C));
        assertThat(Systems.MOJO.probe()).isEqualTo(new Probe.Never(Systems.MOJO_UNAVAILABLE));
    }

    @Test
    void theVersionComesFromTheStartedLineAsJson() throws IOException {
        // A stray line, then protocol lines whose strings carry escapes: the version is the
        // started line's string, unescaped, and the last line is the finished event.
        Path bin = fakeInterpreter("""
                printf '%s\\n' 'warming up the snake'
                printf '%s\\n' '{"event":"started","fork":0,"pid":1,"version":"Snake \\"3\\" \\u00e9dition","vm":""}'
                printf '%s\\n' '{"event":"finished","fork":0}'
                """, 0);
        Availability a = discovery(bin).discover(program("snake", new Probe.Interpreter("snake3", true))).availability();
        assertThat(a.reason()).isEmpty();
        assertThat(a.version()).isEqualTo("Snake \"3\" \u00e9dition");
        assertThat(a.interpreter()).isEqualTo(bin.resolve("snake3").toString());
    }

    @Test
    void aFailureLineGivesTheReasonUnescaped() throws IOException {
        Path bin = fakeInterpreter("""
                printf '%s\\n' '{"event":"started","fork":0,"pid":1,"version":"Snake 3","vm":""}'
                printf '%s\\n' '{"event":"failure","fork":0,"message":"no \\"fib\\" here\\tat all"}'
                """, 1);
        Availability a = discovery(bin).discover(program("snake", new Probe.Interpreter("snake3", true))).availability();
        assertThat(a.available()).isFalse();
        assertThat(a.reason()).isEqualTo("snake does not run: no \"fib\" here\tat all");
    }

    /**
     * A {@code snake3} on its own PATH that answers the interpreter probe as a CPython would,
     * and runs any program by printing {@code friendOutput} and exiting with {@code exit}.
     */
    private Path fakeInterpreter(String friendOutput, int exit) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path snake = bin.resolve("snake3");
        Files.writeString(snake, "#!/bin/sh\n"
                + "if [ \"$1\" = \"-c\" ]; then\n"
                + "  echo \"executable=$0\"\n"
                + "  echo implementation=CPython\n"
                + "  echo version=3.11.2\n"
                + "  exit 0\n"
                + "fi\n"
                + friendOutput
                + "exit " + exit + "\n");
        Files.setPosixFilePermissions(snake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }
}
