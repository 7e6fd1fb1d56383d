package fwf.friends;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The installer's plan and messages, with a fake command runner: nothing is really installed here. */
class InstallerTest {
    private final List<String> calls = new ArrayList<>();

    /** Answers like a machine where uid is {@code uid}, with the packages of {@code before} then {@code after}. */
    private Installer.CommandRunner machine(String uid, List<String> before, List<String> after, int updateExit) {
        return (argv, env) -> {
            String line = String.join(" ", argv) + (env.isEmpty() ? "" : " " + env);
            calls.add(line);
            return switch (argv.getFirst()) {
                case "id" -> new Installer.Outcome(0, uid + "\n");
                case "dpkg-query" -> {
                    boolean installedYet = calls.stream().anyMatch(c -> c.startsWith("apt-get install"));
                    List<String> present = installedYet ? after : before;
                    StringBuilder out = new StringBuilder();
                    for (String p : present) {
                        out.append(p).append(" install ok installed\n");
                    }
                    yield new Installer.Outcome(present.size() == argv.size() - 3 ? 0 : 1, out.toString());
                }
                case "mvn" -> { // Maven's copy-dependencies: the pom's jars appear where it is told
                    Path folder = Path.of(argv.getLast().substring("-DoutputDirectory=".length()));
                    Files.createDirectories(folder);
                    boolean graalpy = argv.get(4).contains("graalpy-jars");
                    for (String jar : graalpy ? GraalPyFriend.JARS : GraalJars.JARS) {
                        Files.writeString(folder.resolve(jar), "jar");
                    }
                    yield new Installer.Outcome(0, "");
                }
                case "apt-get" -> argv.get(1).equals("update") && updateExit != 0
                        ? new Installer.Outcome(updateExit, "Hit:1 somewhere\nE: The repository is broken\n")
                        : new Installer.Outcome(0, "ok\n");
                default -> throw new IOException("unexpected command " + argv);
            };
        };
    }

    private static Map<String, String> pathWith(Path dir, String... commands) throws IOException {
        for (String c : commands) {
            Path p = Files.writeString(dir.resolve(c), "#!/bin/sh\n");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return Map.of("PATH", dir.toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    @Test
    void refusesWhenNotRoot(@TempDir Path bin) throws Exception {
        Installer installer = new Installer(pathWith(bin, "apt-get"), machine("1000", List.of(), List.of(), 0));
        assertThatThrownBy(() -> installer.install(step -> { }))
                .isInstanceOf(Installer.InstallException.class)
                .hasMessage("friends install needs root: run it as root or with sudo");
        assertThat(calls).containsExactly("id -u");
    }

    @Test
    void plansToolchainsOnlyWhenMissing(@TempDir Path bin) throws Exception {
        Installer withAll = new Installer(pathWith(bin, "gcc", "rustc", "cargo", "mvn"), machine("0", List.of(), List.of(), 0));
        assertThat(withAll.plan()).containsExactly("python3-numpy", "pypy3", "cython3", "python3-dev", "mypy",
                "python3-setuptools", "librust-pyo3-dev", "python3-numba");
        Files.delete(bin.resolve("rustc"));
        Files.delete(bin.resolve("gcc"));
        assertThat(withAll.plan()).containsExactly("python3-numpy", "pypy3", "cython3", "python3-dev", "mypy",
                "python3-setuptools", "librust-pyo3-dev", "python3-numba", "gcc", "libc6-dev", "rustc");
        Files.delete(bin.resolve("mvn"));
        assertThat(withAll.plan()).endsWith("rustc", "maven");
    }

    @Test
    void updatesInstallsAndSaysWhatIsNew(@TempDir Path bin) throws Exception {
        List<String> before = List.of("python3-dev", "python3-setuptools");
        List<String> after = List.of("pypy3", "cython3", "python3-dev", "mypy", "python3-setuptools", "python3-numpy",
                "python3-numba", "librust-pyo3-dev");
        Installer installer = new Installer(pathWith(bin, "apt-get", "gcc", "rustc", "cargo", "mvn"),
                machine("0", before, after, 0));
        List<String> steps = new ArrayList<>();
        Installer.Report report = installer.install(steps::add);
        String packages = "python3-numpy pypy3 cython3 python3-dev mypy python3-setuptools librust-pyo3-dev python3-numba";
        Path cache = bin.resolve("cache/faster-with-friends/graal");
        String fetch = "mvn -B -q -f " + cache.resolve("graal-jars-25.0.1.pom.xml") + " dependency:copy-dependencies"
                + " -DincludeScope=runtime -DoutputDirectory=" + cache.resolve("25.0.1");
        Path graalpyCache = bin.resolve("cache/faster-with-friends/graalpy");
        String fetchGraalPy = "mvn -B -q -f " + graalpyCache.resolve("graalpy-jars-25.0.1.pom.xml")
                + " dependency:copy-dependencies -DincludeScope=runtime -DexcludeTypes=pom -DoutputDirectory="
                + graalpyCache.resolve("25.0.1");
        assertThat(steps).containsExactly("apt-get update", "apt-get install -y " + packages, fetch, fetchGraalPy);
        assertThat(cache.resolve("graal-jars-25.0.1.pom.xml")).content().contains("<artifactId>compiler</artifactId>")
                .contains("<version>25.0.1</version>");
        assertThat(graalpyCache.resolve("graalpy-jars-25.0.1.pom.xml")).content()
                .contains("<artifactId>polyglot</artifactId>", "<artifactId>python</artifactId>", "<type>pom</type>");
        assertThat(GraalJars.FETCHED.missing(bin.resolve("cache/faster-with-friends"))).isEmpty();
        assertThat(GraalPyFriend.FETCHED.missing(bin.resolve("cache/faster-with-friends"))).isEmpty();
        assertThat(calls).containsExactly("id -u",
                "dpkg-query -W -f=${Package} ${Status}\\n " + packages,
                "apt-get update",
                "apt-get install -y " + packages + " {DEBIAN_FRONTEND=noninteractive}",
                fetch,
                fetchGraalPy,
                "dpkg-query -W -f=${Package} ${Status}\\n " + packages);
        assertThat(report.installed()).containsExactly("python3-numpy", "pypy3", "cython3", "mypy", "librust-pyo3-dev",
                "python3-numba");
        assertThat(report.alreadyInstalled()).containsExactly("python3-dev", "python3-setuptools");
        assertThat(report.toolchainsOnPath()).containsExactly("gcc", "rustc", "cargo", "mvn");
    }

    @Test
    void aFailedUpdateSaysHowItEnded(@TempDir Path bin) throws Exception {
        Installer installer = new Installer(pathWith(bin, "apt-get", "gcc", "rustc", "cargo", "mvn"),
                machine("0", List.of(), List.of(), 100));
        assertThatThrownBy(() -> installer.install(step -> { }))
                .isInstanceOf(Installer.InstallException.class)
                .hasMessage("apt-get update failed (exit 100): Hit:1 somewhere | E: The repository is broken");
        assertThat(calls).noneMatch(c -> c.startsWith("apt-get install"));
    }

    @Test
    void withoutAptGetItNamesThePackages(@TempDir Path bin) throws Exception {
        Installer installer = new Installer(pathWith(bin, "gcc", "rustc", "cargo", "mvn"), machine("0", List.of(), List.of(), 0));
        assertThatThrownBy(() -> installer.install(step -> { }))
                .hasMessage("friends install needs apt-get (Debian or Ubuntu); elsewhere install these yourself:"
                        + " python3-numpy pypy3 cython3 python3-dev mypy python3-setuptools librust-pyo3-dev python3-numba");
    }
}
