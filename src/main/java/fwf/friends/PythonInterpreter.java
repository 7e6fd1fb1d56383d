package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code fwf_probe.py} told about one Python interpreter.
 *
 * @param executable {@code sys.executable}: the real interpreter behind a pyenv shim, which is
 *                   what friends run, so no shim script sits in the timed process
 * @param modules    probed module to {@code "ok VERSION"} or {@code "no REASON"}, for every module
 *                   {@code fwf_probe.py} tries (numpy, cython, mypyc, setuptools, numba); one it
 *                   does not try reads as "no not probed"
 */
record PythonInterpreter(String executable, String implementation, String version, String pypyVersion,
                         String extSuffix, String pythonHeader, Map<String, String> modules) {
    /** The probe's lines about the interpreter itself, as opposed to its modules. */
    private static final Set<String> FACTS = Set.of("executable", "implementation", "version", "pypy", "ext_suffix",
            "python_h");

    /** "CPython 3.11.7" or "PyPy 7.3.11 (Python 3.9.16)", as the driver's started line says. */
    String describe() {
        return pypyVersion.isEmpty() ? implementation + " " + version
                : "PyPy " + pypyVersion + " (Python " + version + ")";
    }

    boolean isCPython() {
        return implementation.equals("CPython");
    }

    Optional<String> moduleVersion(String module) {
        String state = modules.getOrDefault(module, "no not probed");
        return state.startsWith("ok ") ? Optional.of(state.substring(3)) : Optional.empty();
    }

    /** Why a module does not import, e.g. "ModuleNotFoundError: No module named 'Cython'". */
    String moduleProblem(String module) {
        String state = modules.getOrDefault(module, "no not probed");
        return state.startsWith("no ") ? state.substring(3) : "";
    }

    /** (major, minor), for the version ranges a tool supports. */
    int[] majorMinor() {
        String[] parts = version.split("\\.");
        return new int[]{Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
    }

    /**
     * Runs the probe with {@code command}.
     *
     * @throws IOException with the reason when the command cannot run or says nothing usable
     */
    static PythonInterpreter probe(Shell shell, Path command) throws IOException {
        Shell.Result result = shell.run(List.of(command.toString(), "-c", Resources.text(Resources.PROBE)),
                null, Map.of(), Duration.ofSeconds(60));
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : result.output().lines().toList()) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        if (!result.ok() || !facts.containsKey("version") || !facts.containsKey("executable")) {
            throw new IOException(command + " did not run: " + result.head(3));
        }
        // Every other line is a module the probe tried: a friend that needs a new one adds it to
        // fwf_probe.py only.
        Map<String, String> modules = new LinkedHashMap<>(facts);
        modules.keySet().removeAll(FACTS);
        return new PythonInterpreter(facts.get("executable"), facts.getOrDefault("implementation", "?"),
                facts.get("version"), facts.getOrDefault("pypy", ""), facts.getOrDefault("ext_suffix", ""),
                facts.getOrDefault("python_h", ""), Map.copyOf(modules));
    }
}
