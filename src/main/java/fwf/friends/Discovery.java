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
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds out, per system, whether it can run here, by the steps of the system's {@link Probe}:
 * this class only offers them the shared tools ({@link DiscoveryContext}: look up a tool, probe
 * an interpreter, build into the cache on first use, start a friend once on a tiny input,
 * fib(1), so a friend reported available really speaks the protocol, and its version is the one
 * its own {@code started} line gives), remembers the results and turns every "no" the steps
 * throw into an {@link Availability} with the concrete reason.
 *
 * <p>Results are remembered for the life of this object (one process): tools do not appear
 * or vanish while we run, and a probe costs a process start. Only a discovery whose build cache
 * entry is found damaged when it is asked for again (see {@link BuildCache#damage}) is redone,
 * which rebuilds the entry.
 */
final class Discovery implements DiscoveryContext {
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

    /** A reason a system cannot run; thrown by a probe's steps and turned into an {@link Availability}. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);
    private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

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
    @Override
    public synchronized Discovered discover(SystemSpec spec) {
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

    /** The steps are the system's {@link Probe}'s own, never chosen by its name. */
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

    /** The probe's own steps; a "no" they throw or an I/O failure becomes an unavailable system. */
    private Discovered steps(SystemSpec spec) {
        try {
            return spec.probe().discover(spec, this);
        } catch (Unavailable u) {
            return new Discovered(Availability.unavailable(spec.name(), u.getMessage()), null);
        } catch (IOException e) {
            return new Discovered(Availability.unavailable(spec.name(), "discovery failed: " + e.getMessage()), null);
        }
    }

    // ------------------------------------------------------------------ the tools probes use

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public Path cacheRoot() {
        return cache.root();
    }

    @Override
    public Path require(String command, String why) throws Unavailable {
        return shell.which(command).orElseThrow(() -> new Unavailable(command + ": command not found" + why));
    }

    @Override
    public PythonInterpreter python(Path command) throws Unavailable {
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
    @Override
    public PythonInterpreter pickCPython(Predicate<PythonInterpreter> fits, Function<PythonInterpreter, String> why,
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
                python = python(command);
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

    @Override
    public Path build(Build build) throws Unavailable, IOException {
        try {
            Path entry = cache.ensure(build);
            used.add(entry);
            return entry;
        } catch (BuildException e) {
            throw new Unavailable(e.getMessage());
        }
    }

    @Override
    public Shell.Result tool(String... argv) throws Unavailable, IOException {
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

    @Override
    public Shell.Result run(List<String> argv) throws IOException {
        return shell.run(argv, null, Map.of(), PROBE_TIMEOUT);
    }

    @Override
    public Discovered pythonFriend(SystemSpec spec, PythonInterpreter python, Path modules, String kernels,
                                   Map<String, String> missing) throws Unavailable, IOException {
        Path sources = build(new PythonSources());
        return smoke(spec, pythonRecipe(python, sources, modules == null ? sources : modules, kernels), python,
                missing);
    }

    @Override
    public Discovered program(SystemSpec spec, Build build, String program, String library)
            throws Unavailable, IOException {
        Path entry = build(build);
        return smoke(spec, new Recipe(List.of(entry.resolve(program).toString()), entry, Map.of(),
                entry.resolve(library)), null, Map.of());
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
    @Override
    public Discovered smoke(SystemSpec spec, Recipe recipe, PythonInterpreter python, Map<String, String> missing)
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
