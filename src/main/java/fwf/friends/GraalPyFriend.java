package fwf.friends;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The GraalPy friend: the Python friends' driver and plain kernels, the very files CPython runs,
 * on GraalPy inside a JVM, with Truffle's code compiled by the Graal compiler through JVMCI. Its
 * jars (GraalPy's and the compiler's) are not part of the program's jar or image: {@code ./fwf
 * friends install} fetches them with Maven into the friends' cache ({@link #fetched()}). A small
 * launcher, {@code graalpy/FwfGraalPy.java}, is compiled against them into the cache on first use.
 *
 * <p>Where this JDK does not start with JVMCI, it runs interpreter only, and its version (the
 * driver's started line) says "interpreter only" so no result passes as compiled.
 */
record GraalPyFriend() implements Probe {
    static final String VERSION = GraalJars.VERSION;
    /** What Maven resolves for these two: GraalPy, Truffle and their libraries (about 160 MB). */
    static final List<String> ARTIFACTS = List.of("org.graalvm.polyglot:polyglot:" + VERSION,
            "org.graalvm.polyglot:python:" + VERSION + ":pom");
    /** The jars it cannot start without, checked in the cache (Maven brings a dozen more beside them). */
    static final List<String> JARS = List.of("polyglot-" + VERSION + ".jar", "truffle-api-" + VERSION + ".jar",
            "truffle-runtime-" + VERSION + ".jar", "python-language-" + VERSION + ".jar",
            "python-resources-" + VERSION + ".jar");
    static final String LAUNCHER = "FwfGraalPy";
    static final List<String> SOURCES = List.of("graalpy/" + LAUNCHER + ".java");
    /** Only the plain kernels: NumPy does not import on GraalPy, so the mean runs its loop. */
    static final String KERNELS = "fwf_kernels";
    /** Truffle's compilation through JVMCI; the compiler's jars go on the upgrade module path. */
    static final List<String> JVMCI = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI");
    /** Truffle loads a native library and uses sun.misc.Unsafe: allowed, so the JDK prints no warning. */
    static final List<String> ACCESS = List.of("--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow");

    /** GraalPy's jars as {@code ./fwf friends install} fetches them, with Maven. */
    static final MavenJars FETCHED = new MavenJars("GraalPy's jars", "graalpy", VERSION, ARTIFACTS, JARS);

    @Override
    public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
            throws Discovery.Unavailable, IOException {
        Path root = here.cacheRoot();
        Optional<String> missing = FETCHED.missing(root).or(() -> GraalJars.FETCHED.missing(root));
        if (missing.isPresent()) {
            throw new Discovery.Unavailable(missing.get());
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path entry = here.build(new Launcher(here.shell(), javac(here), classPath(root, false)));
        Path sources = here.build(new PythonSources());
        // A JDK without JVMCI refuses the flags: then GraalPy interprets, and says so itself.
        List<String> probe = new ArrayList<>(List.of(java.toString()));
        probe.addAll(JVMCI);
        probe.addAll(List.of(GraalJars.upgradeModulePath(root), "-version"));
        boolean compiled = here.run(probe).ok();
        Recipe recipe = new Recipe(command(java, root, entry, sources, compiled), entry,
                Map.of("FWF_KERNELS", KERNELS, "FWF_PLAN", "steady"), null);
        return here.smoke(spec, recipe, null, Map.of());
    }

    /**
     * The friend's command up to the protocol's arguments: this JDK's java, with the Graal
     * compiler when {@code compiled}, running the launcher on the driver.
     */
    static List<String> command(Path java, Path cacheRoot, Path launcher, Path sources, boolean compiled) {
        List<String> argv = new ArrayList<>(List.of(java.toString()));
        if (compiled) {
            argv.addAll(JVMCI);
            argv.add(GraalJars.upgradeModulePath(cacheRoot));
        }
        argv.addAll(ACCESS);
        argv.addAll(List.of("-cp", launcher + File.pathSeparator + classPath(cacheRoot, compiled), LAUNCHER,
                sources.resolve("fwf_friend.py").toString()));
        return argv;
    }

    /**
     * GraalPy's jars; with the compiler, without those the upgrade module path holds already
     * (Truffle's compiler interface and the two libraries it shares with the compiler).
     */
    static String classPath(Path cacheRoot, boolean compiled) {
        List<String> upgraded = compiled ? GraalJars.JARS : List.of();
        try (Stream<Path> files = Files.list(FETCHED.folder(cacheRoot))) {
            return String.join(File.pathSeparator, files
                    .filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .filter(f -> !upgraded.contains(f.getFileName().toString()))
                    .map(Path::toString).sorted().toList());
        } catch (IOException e) {
            return "";
        }
    }

    /** The JDK's javac beside the java that runs us, else one on PATH (the image has none of its own). */
    private static Path javac(DiscoveryContext here) throws Discovery.Unavailable {
        Path own = Path.of(System.getProperty("java.home"), "bin", "javac");
        if (Files.isExecutable(own)) {
            return own;
        }
        return here.require("javac", " (the graalpy friend compiles its launcher with it)");
    }



    /**
     * Maven, for the jars. Not javac: the JDK that runs the program has its own, and only the
     * image (which has none) needs one on PATH, where discovery says so rather than the installer
     * bringing a second JDK.
     */
    @Override
    public List<Toolchain> toolchains() {
        return GraalJars.TOOLCHAINS;
    }

    /** GraalPy's jars, and the compiler's that jvm-graal fetches too (fetched once). */
    @Override
    public List<Fetched> fetched() {
        return List.of(GraalJars.FETCHED, FETCHED);
    }

    @Override
    public List<String> sources() {
        return Stream.concat(SOURCES.stream(), PythonSources.FILES.stream()).toList();
    }



    /**
     * The launcher, compiled by javac against GraalPy's polyglot API in the cache. The key holds
     * the launcher's source, javac's path and GraalPy's version.
     */
    record Launcher(Shell shell, Path javac, String classPath) implements Build {
        @Override
        public String unit() {
            return "graalpy";
        }

        @Override
        public String key() {
            return Resources.key(SOURCES, List.of(javac.toString(), VERSION));
        }

        @Override
        public void build(Path work, Path out) throws BuildException, IOException {
            Path source = work.resolve(LAUNCHER + ".java");
            Resources.copy(SOURCES.getFirst(), source);
            new BuildSteps(shell, unit(), work, out).run(List.of(javac.toString(), "--release", "21", "-cp",
                    classPath, "-d", out.toString(), source.toString()));
        }
    }
}
