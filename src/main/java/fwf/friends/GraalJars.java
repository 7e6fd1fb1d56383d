package fwf.friends;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Graal compiler's jars that {@code jvm-graal} puts on {@code --upgrade-module-path}: not
 * part of the program's jar or image, fetched from Maven Central by {@code ./fwf friends install}
 * into the friends' cache, {@code graal/25.0.1/} under {@link BuildCache#defaultRoot}.
 */
final class GraalJars {
    static final String VERSION = "25.0.1";
    /** The compiler and what Maven resolves for it: exactly these four jars. */
    static final String COMPILER = "org.graalvm.compiler:compiler:" + VERSION;
    static final List<String> JARS = List.of("compiler-" + VERSION + ".jar", "collections-" + VERSION + ".jar",
            "word-" + VERSION + ".jar", "truffle-compiler-" + VERSION + ".jar");
    /** Graal as HotSpot's top-tier JIT in place of C2, through JVMCI. */
    static final List<String> FLAGS = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
            "-XX:+UseJVMCICompiler");

    /** Maven fetches the jars ({@link #fetch}); Debian's package when PATH has no mvn. */
    static final List<Probe.Toolchain> TOOLCHAINS = List.of(new Probe.Toolchain("mvn", List.of("maven")));

    /** The jars as {@code ./fwf friends install} fetches them, with Maven. */
    static final Probe.Fetched FETCHED = new Jars();

    private GraalJars() {
    }

    /** Maven copies the compiler and its three jars into the cache, from a pom written beside them. */
    private record Jars() implements Probe.Fetched {
        @Override
        public String what() {
            return "the Graal compiler's jars";
        }

        @Override
        public String tool() {
            return "Maven";
        }

        @Override
        public Optional<String> missing(Path cacheRoot) {
            return GraalJars.missing(cacheRoot);
        }

        @Override
        public List<String> prepare(Path cacheRoot) throws IOException {
            Path pom = folder(cacheRoot).resolveSibling("graal-jars-" + VERSION + ".pom.xml");
            try {
                Files.createDirectories(pom.getParent());
                Files.writeString(pom, pom());
            } catch (IOException e) {
                throw new IOException("cannot write " + pom + ": " + e.getMessage(), e);
            }
            return fetch(cacheRoot, pom);
        }
    }

    /**
     * The Graal JIT's steps ({@link Probe.GraalJit}): its jars in the cache, and this JDK starting
     * with them (a JDK without JVMCI refuses the flags). The recipe's prefix is the extra flag, the
     * module path.
     */
    static Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
            throws Discovery.Unavailable, IOException {
        Optional<String> missing = missing(here.cacheRoot());
        if (missing.isPresent()) {
            throw new Discovery.Unavailable(missing.get());
        }
        String modulePath = upgradeModulePath(here.cacheRoot());
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        argv.addAll(spec.jvmFlags());
        argv.addAll(List.of(modulePath, "-version"));
        Shell.Result result = here.run(argv);
        if (!result.ok()) {
            throw new Discovery.Unavailable("java does not start with the Graal JIT: " + result.head(3));
        }
        String version = "Java " + Runtime.version() + ", Graal compiler " + VERSION + " (JVMCI)";
        return new Discovery.Discovered(new Availability(spec.name(), true, version, "", "", Map.of()),
                new Recipe(List.of(modulePath), here.cacheRoot(), Map.of(), null));
    }

    static Path folder(Path cacheRoot) {
        return cacheRoot.resolve("graal").resolve(VERSION);
    }

    /** Why the jars cannot be used, or empty when all four are there. */
    static Optional<String> missing(Path cacheRoot) {
        Path folder = folder(cacheRoot);
        List<String> absent = JARS.stream().filter(j -> !Files.isRegularFile(folder.resolve(j))).toList();
        if (absent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the Graal compiler's jars (" + COMPILER + ") are not in " + folder + " (missing "
                + String.join(", ", absent) + "): run ./fwf friends install, which fetches them with Maven");
    }

    /** The flag that puts the jars in place of the JDK's own modules. */
    static String upgradeModulePath(Path cacheRoot) {
        Path folder = folder(cacheRoot);
        return "--upgrade-module-path=" + String.join(File.pathSeparator,
                JARS.stream().map(j -> folder.resolve(j).toString()).toList());
    }

    /** A pom whose only dependency is the compiler, for {@code mvn dependency:copy-dependencies}. */
    static String pom() {
        String[] gav = COMPILER.split(":");
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>fwf.friends</groupId>
                  <artifactId>graal-jars</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <dependencies>
                    <dependency>
                      <groupId>%s</groupId>
                      <artifactId>%s</artifactId>
                      <version>%s</version>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(gav[0], gav[1], gav[2]);
    }

    /** Maven's command that copies the jars {@code pom} (a {@link #pom()}) depends on into the cache. */
    static List<String> fetch(Path cacheRoot, Path pom) {
        return List.of("mvn", "-B", "-q", "-f", pom.toString(), "dependency:copy-dependencies",
                "-DincludeScope=runtime", "-DoutputDirectory=" + folder(cacheRoot));
    }
}
