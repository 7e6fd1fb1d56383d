package fwf.friends;

import fwf.json.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds out, per system, whether it can run here: looks up its tools, probes interpreters,
 * builds it into the cache on first use and starts it once on a tiny input (fib(1)), so a
 * friend reported available really speaks the protocol, and its version is the one its own
 * {@code started} line gives. Every "no" carries the concrete reason.
 *
 * <p>Results are remembered for the life of this object (one process): tools do not appear
 * or vanish while we run, and a probe costs a process start. Only a discovery whose build cache
 * entry is found damaged when it is asked for again (see {@link BuildCache#damage}) is redone,
 * which rebuilds the entry.
 */
final class Discovery {
    /**
     * @param entries the build cache entries the recipe runs from; checked again before the
     *                discovery is reused, so a product damaged while this process runs is rebuilt
     */
    record Discovered(Availability availability, Recipe recipe, List<Path> entries) {
        Discovered(Availability availability, Recipe recipe) {
            this(availability, recipe, List.of());
        }

        Discovered {
            entries = List.copyOf(entries);
        }
    }

    /** A reason a system cannot run; thrown by the steps and turned into an {@link Availability}. */
    private static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);
    private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");
    private static final Path DEBIAN_REGISTRY = Path.of("/usr/share/cargo/registry");
    private static final Pattern PYO3_FOLDER = Pattern.compile("pyo3-(0\\.17\\.\\d+)");

    private final Shell shell;
    private final BuildCache cache;
    /** Debian's interpreter, tried after PATH's (a test points it elsewhere to hide it). */
    private final Path debianPython;
    private final Map<String, Discovered> found = new HashMap<>();
    private final Map<Path, PythonInterpreter> interpreters = new HashMap<>();
    private final Map<Path, String> interpreterProblems = new HashMap<>();
    private final Map<String, Shell.Result> toolOutputs = new HashMap<>();
    /** The entries {@link #build} returned while the current system was being discovered. */
    private List<Path> used = new ArrayList<>();

    Discovery(Shell shell, BuildCache cache) {
        this(shell, cache, DEBIAN_PYTHON);
    }

    Discovery(Shell shell, BuildCache cache, Path debianPython) {
        this.shell = shell;
        this.cache = cache;
        this.debianPython = debianPython;
    }

    /** Synchronized: builds must not race within one process (across processes the cache copes). */
    synchronized Discovered discover(SystemSpec spec) {
        Discovered d = found.get(spec.name());
        if (d == null || !intact(d)) {
            d = compute(spec);
            found.put(spec.name(), d);
        }
        return d;
    }

    /** Whether every cache entry the discovery runs from still holds what was built there. */
    private static boolean intact(Discovered d) {
        for (Path entry : d.entries()) {
            try {
                if (!Files.isDirectory(entry) || BuildCache.damage(entry).isPresent()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The steps are chosen by the kind of the system's {@link Probe}, never by its name. */
    private Discovered compute(SystemSpec spec) {
        List<Path> outer = used;
        used = new ArrayList<>();
        try {
            Discovered d = steps(spec);
            List<Path> entries = new ArrayList<>(used);
            entries.addAll(d.entries());
            return new Discovered(d.availability(), d.recipe(), entries);
        } finally {
            used = outer;
        }
    }

    private Discovered steps(SystemSpec spec) {
        try {
            return switch (spec.probe()) {
                case Probe.JvmWorker _ -> new Discovered(new Availability(spec.name(), true,
                        "Java " + Runtime.version(), "", "", Map.of()), null);
                case Probe.Interpreter(String command, boolean cpython) -> plainPython(spec, command, cpython);
                case Probe.CythonModules _ -> cython(spec);
                case Probe.MypycModule _ -> mypyc(spec);
                case Probe.Pyo3Module _ -> pyo3(spec);
                case Probe.NumbaKernels _ -> numba(spec);
                case Probe.GraalJit _ -> jvmGraal(spec);
                case Probe.CProgram _ -> program(spec, cBuild(), CBuild.PROGRAM, CBuild.LIBRARY);
                case Probe.RustProgram _ -> program(spec, rustBuild(), RustBuild.PROGRAM, RustBuild.LIBRARY);
                case Probe.ThroughFfm(SystemSpec library) -> ffm(spec, library);
                case Probe.Never(String reason) -> throw new Unavailable(reason);
                case Probe.Unwritten _ -> throw new Unavailable("no discovery is written for " + spec.name());
            };
        } catch (Unavailable u) {
            return new Discovered(Availability.unavailable(spec.name(), u.getMessage()), null);
        } catch (IOException e) {
            return new Discovered(Availability.unavailable(spec.name(), "discovery failed: " + e.getMessage()), null);
        }
    }

    // ------------------------------------------------------------------ the systems

    private Discovered plainPython(SystemSpec spec, String command, boolean wantCPython)
            throws Unavailable, IOException {
        PythonInterpreter python = probe(require(command, ""));
        if (python.isCPython() != wantCPython) {
            throw new Unavailable(command + " is " + python.describe() + ", not " + (wantCPython ? "CPython" : "PyPy"));
        }
        Path sources = build(new PythonSources());
        Map<String, String> missing = new LinkedHashMap<>();
        if (python.moduleVersion("numpy").isEmpty()) {
            String why = "numpy does not import under " + python.executable() + ": " + python.moduleProblem("numpy");
            missing.put("mean/draw-mean", why); // both take their mean with NumPy
            missing.put("mean/numpy", why);
        }
        return smoke(spec, pythonRecipe(python, sources, sources, "fwf_kernels,fwf_numpy_kernels"), python, missing);
    }

    private Discovered cython(SystemSpec spec) throws Unavailable, IOException {
        Path gcc = require("gcc", " (Cython's C needs a compiler)");
        PythonInterpreter python = pick(p -> p.moduleVersion("cython").isPresent() && !p.pythonHeader().isEmpty(),
                p -> p.moduleVersion("cython").isEmpty() ? "Cython does not import (" + p.moduleProblem("cython") + ")"
                        : "no Python.h (python3-dev)", "Cython");
        Path entry = build(new CythonBuild(shell, python, python.moduleVersion("cython").orElseThrow(), gcc,
                firstLine(tool(gcc.toString(), "--version"))));
        Path sources = build(new PythonSources());
        return smoke(spec, pythonRecipe(python, sources, entry,
                CythonBuild.DEF_MODULE + "," + CythonBuild.CFUNC_MODULE), python, Map.of());
    }

    private Discovered mypyc(SystemSpec spec) throws Unavailable, IOException {
        Path gcc = require("gcc", " (mypyc's C needs a compiler)");
        PythonInterpreter python = pick(p -> p.moduleVersion("mypyc").isPresent()
                        && p.moduleVersion("setuptools").isPresent() && !p.pythonHeader().isEmpty(),
                p -> p.moduleVersion("mypyc").isEmpty() ? "mypyc does not import (" + p.moduleProblem("mypyc") + ")"
                        : p.moduleVersion("setuptools").isEmpty() ? "setuptools does not import ("
                        + p.moduleProblem("setuptools") + ")" : "no Python.h (python3-dev)", "mypyc");
        Path entry = build(new MypycBuild(shell, python, python.moduleVersion("mypyc").orElseThrow(),
                firstLine(tool(gcc.toString(), "--version"))));
        Path sources = build(new PythonSources());
        return smoke(spec, pythonRecipe(python, sources, entry, MypycBuild.MODULE), python, Map.of());
    }

    /**
     * The Graal JIT: its jars fetched into the cache, and this JDK starting with them (a JDK
     * without JVMCI refuses the flags). The recipe's prefix is the extra flag, the module path.
     */
    private Discovered jvmGraal(SystemSpec spec) throws Unavailable, IOException {
        Optional<String> missing = GraalJars.missing(cache.root());
        if (missing.isPresent()) {
            throw new Unavailable(missing.get());
        }
        String modulePath = GraalJars.upgradeModulePath(cache.root());
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        argv.addAll(spec.jvmFlags());
        argv.addAll(List.of(modulePath, "-version"));
        Shell.Result result = shell.run(argv, null, Map.of(), PROBE_TIMEOUT);
        if (!result.ok()) {
            throw new Unavailable("java does not start with the Graal JIT: " + result.head(3));
        }
        String version = "Java " + Runtime.version() + ", Graal compiler " + GraalJars.VERSION + " (JVMCI)";
        return new Discovered(new Availability(spec.name(), true, version, "", "", Map.of()),
                new Recipe(List.of(modulePath), cache.root(), Map.of(), null));
    }

    private Discovered numba(SystemSpec spec) throws Unavailable, IOException {
        PythonInterpreter python = pick(p -> p.moduleVersion("numba").isPresent(),
                p -> numbaMissing(p.moduleProblem("numba")), "Numba");
        Path entry = build(new NumbaBuild(python, python.moduleVersion("numba").orElseThrow()));
        Path sources = build(new PythonSources());
        return smoke(spec, pythonRecipe(python, sources, entry, NumbaBuild.MODULE), python, Map.of());
    }

    /** Why an interpreter cannot host Numba, and the package that fixes it on Debian. */
    static String numbaMissing(String importProblem) {
        return "numba does not import (" + importProblem + "): python3-numba is not installed";
    }

    private Discovered pyo3(SystemSpec spec) throws Unavailable, IOException {
        Path cargo = require("cargo", "");
        Path rustc = require("rustc", "");
        Path pyo3 = findPyo3().orElseThrow(() -> new Unavailable(
                "PyO3 0.17 sources not found: install librust-pyo3-dev (it fills " + DEBIAN_REGISTRY + ")"));
        Matcher m = PYO3_FOLDER.matcher(pyo3.getFileName().toString());
        String pyo3Version = m.matches() ? m.group(1) : pyo3.getFileName().toString();
        // PyO3 0.17 builds for CPython 3.7 to 3.11 only.
        PythonInterpreter python = pick(p -> {
            int[] v = p.majorMinor();
            return v[0] == 3 && v[1] >= 7 && v[1] <= 11;
        }, p -> "CPython " + p.version() + " is outside PyO3 0.17's range, 3.7 to 3.11", "PyO3 0.17");
        String versions = tool(cargo.toString(), "-V").output() + tool(rustc.toString(), "-vV").output();
        Path entry = build(new Pyo3Build(shell, python, cargo, pyo3.getParent(), pyo3Version, versions,
                rustcLabel(rustc)));
        Path sources = build(new PythonSources());
        return smoke(spec, pythonRecipe(python, sources, entry, Pyo3Build.MODULE), python, Map.of());
    }

    private Build cBuild() throws Unavailable, IOException {
        Path gcc = require("gcc", "");
        return new CBuild(shell, gcc, firstLine(tool(gcc.toString(), "--version")));
    }

    private Build rustBuild() throws Unavailable, IOException {
        Path rustc = require("rustc", "");
        return new RustBuild(shell, rustc, tool(rustc.toString(), "-vV").output(), rustcLabel(rustc));
    }

    private Discovered program(SystemSpec spec, Build build, String program, String library)
            throws Unavailable, IOException {
        Path entry = build(build);
        return smoke(spec, new Recipe(List.of(entry.resolve(program).toString()), entry, Map.of(),
                entry.resolve(library)), null, Map.of());
    }

    /** FFM systems share the native build: available exactly when the program is. */
    private Discovered ffm(SystemSpec spec, SystemSpec native_) throws Unavailable {
        Discovered base = discover(native_);
        if (!base.availability().available()) {
            throw new Unavailable(base.availability().reason());
        }
        Recipe recipe = base.recipe();
        return new Discovered(new Availability(spec.name(), true, base.availability().version() + ", through FFM", "",
                "", Map.of()), new Recipe(List.of(), recipe.workingDirectory(), Map.of(), recipe.library()),
                base.entries());
    }

    // ------------------------------------------------------------------ helpers

    private Path require(String command, String why) throws Unavailable {
        return shell.which(command).orElseThrow(() -> new Unavailable(command + ": command not found" + why));
    }

    private PythonInterpreter probe(Path command) throws Unavailable {
        PythonInterpreter known = interpreters.get(command);
        if (known != null) {
            return known;
        }
        String problem = interpreterProblems.get(command);
        if (problem == null) {
            try {
                PythonInterpreter python = PythonInterpreter.probe(shell, command);
                interpreters.put(command, python);
                return python;
            } catch (IOException e) {
                problem = e.getMessage();
                interpreterProblems.put(command, problem);
            }
        }
        throw new Unavailable(problem);
    }

    /**
     * The first CPython that can host an extension friend: each {@code python3} along PATH, then
     * Debian's {@code /usr/bin/python3} (where Debian's cython3, mypy and numpy install). Each
     * real interpreter is tried once, however many shims lead to it.
     */
    private PythonInterpreter pick(Predicate<PythonInterpreter> fits, Function<PythonInterpreter, String> why,
                                   String what) throws Unavailable {
        List<Path> commands = new ArrayList<>(shell.whichAll("python3"));
        if (Files.isExecutable(debianPython) && !commands.contains(debianPython)) {
            commands.add(debianPython);
        }
        if (commands.isEmpty()) {
            throw new Unavailable("python3: command not found");
        }
        List<String> reasons = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Path command : commands) {
            PythonInterpreter python;
            try {
                python = probe(command);
            } catch (Unavailable u) {
                reasons.add(u.getMessage());
                continue;
            }
            if (seen.contains(python.executable())) {
                continue;
            }
            seen.add(python.executable());
            if (!python.isCPython()) {
                reasons.add(python.executable() + ": " + python.describe() + " is not CPython");
            } else if (fits.test(python)) {
                return python;
            } else {
                reasons.add(python.executable() + ": " + why.apply(python));
            }
        }
        throw new Unavailable("no python3 here can host " + what + ": " + String.join("; ", reasons));
    }

    private Path build(Build build) throws Unavailable, IOException {
        try {
            Path entry = cache.ensure(build);
            used.add(entry);
            return entry;
        } catch (BuildException e) {
            throw new Unavailable(e.getMessage());
        }
    }

    private Shell.Result tool(String... argv) throws Unavailable, IOException {
        String key = String.join(" ", argv);
        Shell.Result result = toolOutputs.get(key);
        if (result == null) {
            result = shell.run(List.of(argv), null, Map.of(), PROBE_TIMEOUT);
            toolOutputs.put(key, result);
        }
        if (!result.ok()) {
            throw new Unavailable(key + " failed: " + result.head(3));
        }
        return result;
    }

    private static String firstLine(Shell.Result result) {
        return result.output().lines().findFirst().orElse("").strip();
    }

    /** "rustc 1.95.0" from "rustc 1.95.0 (59807616e 2026-04-14)". */
    private String rustcLabel(Path rustc) throws Unavailable, IOException {
        String[] words = firstLine(tool(rustc.toString(), "--version")).split(" ");
        return words.length >= 2 ? words[0] + " " + words[1] : String.join(" ", words);
    }

    /** The pyo3-0.17.x folder of the local registry, as {@code dpkg -L librust-pyo3-dev} lists it. */
    private Optional<Path> findPyo3() throws IOException {
        if (shell.which("dpkg").isPresent()) {
            Shell.Result listed = shell.run(List.of("dpkg", "-L", "librust-pyo3-dev"), null, Map.of(), PROBE_TIMEOUT);
            if (listed.ok()) {
                Optional<Path> fromPackage = listed.output().lines().map(String::strip).map(Path::of)
                        .filter(p -> p.getFileName() != null && PYO3_FOLDER.matcher(p.getFileName().toString()).matches())
                        .filter(Files::isDirectory).findFirst();
                if (fromPackage.isPresent()) {
                    return fromPackage;
                }
            }
        }
        if (!Files.isDirectory(DEBIAN_REGISTRY)) {
            return Optional.empty();
        }
        try (var folders = Files.list(DEBIAN_REGISTRY)) {
            return folders.filter(p -> PYO3_FOLDER.matcher(p.getFileName().toString()).matches()).sorted().findFirst();
        }
    }

    private static Recipe pythonRecipe(PythonInterpreter python, Path sources, Path modules, String kernels) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FWF_KERNELS", kernels);
        // Our folder only: a user's PYTHONPATH must not shadow the modules we built.
        env.put("PYTHONPATH", modules.toString());
        // Keep the cache as built: no __pycache__ folders appear in it.
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        return new Recipe(List.of(python.executable(), sources.resolve("fwf_friend.py").toString()), modules, env,
                null);
    }

    /**
     * Starts the friend on fib(1) with one warm-up and one measured iteration: it must exit 0
     * after a finished line. Its started line gives the version.
     */
    private Discovered smoke(SystemSpec spec, Recipe recipe, PythonInterpreter python, Map<String, String> missing)
            throws Unavailable, IOException {
        List<String> argv = new ArrayList<>(recipe.prefix());
        argv.addAll(List.of("fib", "recursive", "1", "1", "1"));
        Shell.Result result = shell.run(argv, recipe.workingDirectory(), recipe.environment(), PROBE_TIMEOUT);
        List<String> lines = result.output().lines().filter(l -> !l.isBlank()).toList();
        List<Map<String, Object>> events = lines.stream().map(Discovery::event).toList();
        String version = events.stream().filter(e -> "started".equals(e.get("event"))).findFirst()
                .map(e -> text(e, "version")).orElse("");
        boolean finished = !events.isEmpty() && "finished".equals(events.getLast().get("event"));
        if (!result.ok() || !finished || version.isEmpty()) {
            String failure = events.stream().filter(e -> "failure".equals(e.get("event"))).findFirst()
                    .map(e -> text(e, "message")).orElse(result.head(3));
            if (failure.isBlank()) {
                // Never an empty reason: say what the probe saw.
                failure = argv.getFirst() + " exited with " + result.exitCode()
                        + (events.isEmpty() ? " and no output" : " without a finished line");
            }
            throw new Unavailable(spec.name() + " does not run: " + failure);
        }
        return new Discovered(new Availability(spec.name(), true, version, "",
                python == null ? "" : python.executable(), missing), recipe);
    }

    /**
     * A protocol line as a JSON object; anything else a friend printed (a stray line, a half
     * line) as an empty one, which is no event.
     */
    private static Map<String, Object> event(String line) {
        try {
            return Json.parseObject(line);
        } catch (Json.ParseException e) {
            return Map.of();
        }
    }

    /** A string field of an event, or empty when it is absent or not a string. */
    private static String text(Map<String, Object> event, String field) {
        return event.get(field) instanceof String s ? s : "";
    }
}
