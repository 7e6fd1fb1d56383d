package fwf.friends;

import java.io.File;
import java.io.IOException;
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

    /** Maven fetches the jars ({@link MavenJars}); Debian's package when PATH has no mvn. */
    static final List<Probe.Toolchain> TOOLCHAINS = List.of(new Probe.Toolchain("mvn", List.of("maven")));

    /** The jars as {@code ./fwf friends install} fetches them, with Maven: the compiler and what it needs. */
    static final MavenJars FETCHED = new MavenJars("the Graal compiler's jars", "graal", VERSION, List.of(COMPILER),
            JARS);

    private GraalJars() {
    }


    /**
     * The Graal JIT's steps ({@link Probe.GraalJit}): its jars in the cache, and this JDK starting
     * with them (a JDK without JVMCI refuses the flags). The recipe's prefix is the extra flag, the
     * module path.
     */
    static Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
            throws Discovery.Unavailable, IOException {
        Optional<String> missing = FETCHED.missing(here.cacheRoot());
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



    /** The flag that puts the jars in place of the JDK's own modules. */
    static String upgradeModulePath(Path cacheRoot) {
        Path folder = FETCHED.folder(cacheRoot);
        return "--upgrade-module-path=" + String.join(File.pathSeparator,
                JARS.stream().map(j -> folder.resolve(j).toString()).toList());
    }


}
