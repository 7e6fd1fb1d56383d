package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The shared tools a {@link Probe}'s discovery steps use, offered by {@link Discovery}: each
 * remembers what it found for the life of the discovery (a tool's output, an interpreter), so
 * two friends that ask the same question cost one process start. A step that finds a friend
 * missing throws {@link Discovery.Unavailable} with the concrete reason.
 */
interface DiscoveryContext {
    /** The shell tools are looked up in (PATH) and run with, for steps and builds. */
    Shell shell();

    /** The root of the friends' cache, where fetched parts live beside the builds. */
    Path cacheRoot();

    /** {@code command} on PATH, or unavailable: "{@code command}: command not found{@code why}". */
    Path require(String command, String why) throws Discovery.Unavailable;

    /** What {@code command} is as a Python interpreter, probed once per command. */
    PythonInterpreter python(Path command) throws Discovery.Unavailable;

    /**
     * The first CPython that can host an extension friend ({@code fits}): each {@code python3}
     * along PATH, then Debian's; otherwise unavailable, saying for each why not ({@code why}).
     *
     * @param what the friend, for the reason ("no python3 here can host {@code what}: ...")
     */
    PythonInterpreter pickCPython(Predicate<PythonInterpreter> fits, Function<PythonInterpreter, String> why,
                                  String what) throws Discovery.Unavailable;

    /** The build's cache entry, built first when no process has; a failed build makes the friend unavailable. */
    Path build(Build build) throws Discovery.Unavailable, IOException;

    /** A tool's output, run once per argv; a failing tool makes the friend unavailable. */
    Shell.Result tool(String... argv) throws Discovery.Unavailable, IOException;

    /** Runs a command once, with the probe's time limit, whatever its exit status. */
    Shell.Result run(List<String> argv) throws IOException;

    /** Another system's discovery, as remembered (an FFM binding asks for its library's). */
    Discovery.Discovered discover(SystemSpec other);

    /**
     * Starts the friend by its recipe on fib(1) through the worker protocol: available with the
     * version its started line gives, or unavailable with the reason it gave.
     *
     * @param python  the interpreter it runs under, or null for a program of its own
     * @param missing "workload/variant" to why that variant cannot run here although the friend can
     */
    Discovery.Discovered smoke(SystemSpec spec, Recipe recipe, PythonInterpreter python, Map<String, String> missing)
            throws Discovery.Unavailable, IOException;

    /**
     * A Python friend: the shipped driver and plain kernels unpacked into the cache, run by
     * {@code python} with {@code modules} on its path and the kernel modules {@code kernels}
     * (comma-separated), then smoke-run.
     *
     * @param modules the folder of the friend's built kernel modules, or null for the plain
     *                kernels beside the driver
     */
    Discovery.Discovered pythonFriend(SystemSpec spec, PythonInterpreter python, Path modules, String kernels,
                                      Map<String, String> missing) throws Discovery.Unavailable, IOException;

    /** A native program built by {@code build}: its entry holds {@code program} and the FFM {@code library}. */
    Discovery.Discovered program(SystemSpec spec, Build build, String program, String library)
            throws Discovery.Unavailable, IOException;

    /** The first line of a tool's output, stripped ("gcc (Debian 12.2.0-14) 12.2.0"). */
    static String firstLine(Shell.Result result) {
        return result.output().lines().findFirst().orElse("").strip();
    }
}
