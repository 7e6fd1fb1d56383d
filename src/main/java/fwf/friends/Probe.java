package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a system is found here, and what it needs: each {@link SystemSpec} carries one, and
 * {@link Discovery} runs its {@link #discover} steps with the shared tools of a
 * {@link DiscoveryContext}, never choosing them by the system's name. Two systems with the same
 * kind of probe are found the same way (CPython and PyPy are both an {@link Interpreter}); a new
 * kind of system is a new class implementing this, in a file of its own with its build (see
 * {@link CythonFriend}), declaring the Debian packages and shipped sources it needs, which
 * {@link Installer} and the tests collect from {@link Systems#all()}.
 *
 * <p>Its steps use this package's discovery types, so only this package implements it.
 */
public interface Probe {
    /**
     * Finds out whether {@code spec} can run here: its tools, its build into the cache and, for a
     * friend, a smoke run through {@link DiscoveryContext#smoke}.
     *
     * @throws Discovery.Unavailable with the concrete reason when it cannot
     */
    Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here) throws Discovery.Unavailable, IOException;

    /** The Debian packages this system needs, always asked of apt-get by {@code ./fwf friends install}. */
    default List<String> packages() {
        return List.of();
    }

    /**
     * The toolchains it needs, installed from Debian only when PATH has none (a rustup toolchain,
     * for one, is left alone), in the order they are asked for.
     */
    default List<Toolchain> toolchains() {
        return List.of();
    }

    /** What {@code ./fwf friends install} fetches into the friends' cache for it beyond Debian's packages. */
    default List<Fetched> fetched() {
        return List.of();
    }

    /** The shipped source files (resources under {@value Resources#BASE}) its builds read. */
    default List<String> sources() {
        return List.of();
    }

    /** True when its runs go to a forked JVM worker of ours (with {@link SystemSpec#jvmFlags()}). */
    default boolean jvmWorker() {
        return false;
    }

    /**
     * A command a friend needs and the Debian packages that provide it.
     *
     * @param command  looked up on PATH ({@code gcc})
     * @param packages installed when it is not there ({@code gcc libc6-dev})
     */
    record Toolchain(String command, List<String> packages) {
        public Toolchain {
            packages = List.copyOf(packages);
        }
    }

    /**
     * A part a system needs that no Debian package has, fetched into the friends' cache by a tool
     * (Maven fetches the Graal compiler's jars from Maven Central).
     */
    interface Fetched {
        /** What it is, for messages ("the Graal compiler's jars"). */
        String what();

        /** The tool that fetches it, for messages ("Maven"). */
        String tool();

        /** Why it cannot be used yet, or empty when it is in the cache. */
        Optional<String> missing(Path cacheRoot);

        /** Writes what the fetch reads (a pom) and gives its command. */
        List<String> prepare(Path cacheRoot) throws IOException;
    }

    /** A JVM tier of ours: always here, at the version of the JVM that runs the program. */
    record JvmWorker() implements Probe {
        @Override
        public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here) {
            return new Discovery.Discovered(new Availability(spec.name(), true, "Java " + Runtime.version(), "", "",
                    Map.of()), null);
        }

        @Override
        public boolean jvmWorker() {
            return true;
        }
    }

    /** A JVM worker on the Graal JIT: here when the Graal compiler's jars are in the friends' cache. */
    record GraalJit() implements Probe {
        @Override
        public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
                throws Discovery.Unavailable, IOException {
            return GraalJars.discover(spec, here);
        }

        @Override
        public List<Toolchain> toolchains() {
            return GraalJars.TOOLCHAINS;
        }

        @Override
        public List<Fetched> fetched() {
            return List.of(GraalJars.FETCHED);
        }

        @Override
        public boolean jvmWorker() {
            return true;
        }
    }

    /**
     * A Python interpreter found on PATH, running the Python kernels as they are.
     *
     * @param command  the command to look up ({@code python3}, {@code pypy3})
     * @param cpython  true when it must be CPython, false when it must not (PyPy)
     * @param packages the Debian packages that give it and its modules ({@code pypy3}; for
     *                 {@code python3}, {@code python3-numpy} for the mean's NumPy variants)
     */
    record Interpreter(String command, boolean cpython, List<String> packages) implements Probe {
        public Interpreter {
            packages = List.copyOf(packages);
        }

        /** An interpreter no package of ours provides. */
        public Interpreter(String command, boolean cpython) {
            this(command, cpython, List.of());
        }

        @Override
        public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
                throws Discovery.Unavailable, IOException {
            PythonInterpreter python = here.python(here.require(command, ""));
            if (python.isCPython() != cpython) {
                throw new Discovery.Unavailable(command + " is " + python.describe() + ", not "
                        + (cpython ? "CPython" : "PyPy"));
            }
            Map<String, String> missing = new LinkedHashMap<>();
            if (python.moduleVersion("numpy").isEmpty()) {
                String why = "numpy does not import under " + python.executable() + ": " + python.moduleProblem("numpy");
                missing.put("mean/draw-mean", why); // both take their mean with NumPy
                missing.put("mean/numpy", why);
            }
            return here.pythonFriend(spec, python, null, "fwf_kernels,fwf_numpy_kernels", missing);
        }

        @Override
        public List<String> sources() {
            return PythonSources.FILES;
        }
    }

    /**
     * The C program and library built from the shipped sources by gcc.
     *
     * @param optimisation gcc's optimisation flags: {@link CBuild#O2} for {@code c},
     *                     {@link CBuild#NATIVE} for {@code c-native}
     */
    record CProgram(List<String> optimisation) implements Probe {
        public CProgram {
            optimisation = List.copyOf(optimisation);
        }

        /** The yardstick's build, gcc -O2. */
        public CProgram() {
            this(CBuild.O2);
        }

        @Override
        public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
                throws Discovery.Unavailable, IOException {
            return CBuild.discover(spec, here, optimisation);
        }

        @Override
        public List<Toolchain> toolchains() {
            return List.of(CBuild.GCC);
        }

        @Override
        public List<String> sources() {
            return CBuild.SOURCES;
        }
    }

    /**
     * The Rust program and library built from the shipped sources by rustc.
     *
     * @param optimisation rustc's optimisation flags: {@link RustBuild#O} for {@code rust},
     *                     {@link RustBuild#NATIVE} for {@code rust-native}
     */
    record RustProgram(List<String> optimisation) implements Probe {
        public RustProgram {
            optimisation = List.copyOf(optimisation);
        }

        /** The Rust friend's build, rustc -O. */
        public RustProgram() {
            this(RustBuild.O);
        }

        @Override
        public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here)
                throws Discovery.Unavailable, IOException {
            return RustBuild.discover(spec, here, optimisation);
        }

        @Override
        public List<Toolchain> toolchains() {
            return List.of(RustBuild.RUSTC);
        }

        @Override
        public List<String> sources() {
            return RustBuild.SOURCES;
        }
    }

    /**
     * Java calling another system's native library through FFM: available exactly when that
     * system is, since it is the same build. It needs what that system needs, declared there.
     *
     * @param library the system whose build provides the library
     */
    record ThroughFfm(SystemSpec library) implements Probe {
        @Override
        public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here) throws Discovery.Unavailable {
            Discovery.Discovered base = here.discover(library);
            if (!base.availability().available()) {
                throw new Discovery.Unavailable(base.availability().reason());
            }
            Recipe recipe = base.recipe();
            return new Discovery.Discovered(new Availability(spec.name(), true,
                    base.availability().version() + ", through FFM", "", "", Map.of()),
                    new Recipe(List.of(), recipe.workingDirectory(), Map.of(), recipe.library()), base.entries());
        }
    }

    /** A system that cannot be installed here, listed all the same: its row says why. */
    record Never(String reason) implements Probe {
        @Override
        public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here) throws Discovery.Unavailable {
            throw new Discovery.Unavailable(reason);
        }
    }

    /** A system no discovery is written for yet: it is reported unavailable, saying so. */
    record Unwritten() implements Probe {
        @Override
        public Discovery.Discovered discover(SystemSpec spec, DiscoveryContext here) throws Discovery.Unavailable {
            throw new Discovery.Unavailable("no discovery is written for " + spec.name());
        }
    }
}
