package fwf.cli;

import fwf.friends.Installer;
import fwf.json.Json;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fwf friends}, run on its own (Main registers it). Only {@code list} runs here:
 * {@code install} would really call apt-get (its logic is tested in fwf.friends.InstallerTest).
 */
class FriendsCommandTest {
    private static CliTest.Result friends(String... args) {
        CommandLine cl = new CommandLine(new FriendsCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliTest.Result(exit, out.toString(), err.toString());
    }

    @Test
    void withoutASubcommandShowsBoth() {
        CliTest.Result r = friends();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: friends").contains("list").contains("install");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsEveryFriendWithItsVariantsAndMojosReason() {
        CliTest.Result r = friends("list", "--format", "json");
        assertThat(r.exit()).isZero();
        Map<String, Object> json = Json.parseObject(r.out().strip());
        List<Map<String, Object>> friends = (List<Map<String, Object>>) json.get("friends");
        assertThat(friends).extracting(f -> f.get("name")).containsExactly("cpython", "pypy", "cython", "mypyc",
                "pyo3", "numba", "graalpy", "c", "rust", "c-native", "rust-native", "ffm-c", "ffm-rust", "mojo",
                "jvm-graal");
        Map<String, Object> mojo = friends.get(13);
        assertThat(mojo.get("available")).isEqualTo(false);
        assertThat(mojo.get("reason")).isEqualTo(
                "no Mojo toolchain can be installed on this machine (no package in Debian or Maven Central)");
        Map<String, Object> cython = friends.get(2);
        assertThat(cython.get("variants")).isEqualTo(Map.of("fib", List.of("typed", "recursive", "cfunc"),
                "triangles", List.of("typed", "naive", "hashset"), "mean", List.of("loop")));
        assertThat(friends).allSatisfy(f -> assertThat(f.get("available").equals(true)
                ? !((String) f.get("version")).isEmpty() : !((String) f.get("reason")).isEmpty()).isTrue());
    }

    @Test
    void installDryRunPrintsThePackagesTheFriendsDeclareAndInstallsNothing() {
        Installer installer = new Installer(System.getenv());
        List<String> fetch = installer.toFetch();
        CliTest.Result r = friends("install", "--dry-run");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("Debian packages the friends need here: " + String.join(" ", installer.plan())
                + "\n" + (fetch.isEmpty() ? "" : "to fetch into " + installer.cacheRoot() + ": "
                + String.join(", ", fetch) + "\n"));
        assertThat(installer.plan()).startsWith(Installer.PACKAGES.toArray(String[]::new));
    }

    @Test
    void installHelpNamesNoPackageByHand() {
        CliTest.Result r = friends("install", "--help");
        assertThat(r.exit()).isZero();
        // Picocli wraps the description at its own width: read it as one line.
        assertThat(r.out().replaceAll("\\s+", " ")).contains("the Debian packages the friends need")
                .contains("--dry-run");
        for (String p : Installer.PACKAGES) {
            assertThat(r.out()).as(p).doesNotContainPattern("(?<![\\w-])" + java.util.regex.Pattern.quote(p)
                    + "(?![\\w-])");
        }
    }

    @Test
    void textListMarksMojoMissing() {
        CliTest.Result r = friends("list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("(?m)^mojo +missing +no Mojo toolchain can be installed on this machine")
                .contains("Builds are cached in ");
    }
}
