package fwf.friends;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every system the program knows: the JVM's ladder first, from slowest to fastest, then the
 * friends of the talk. Which friend implements which variant is data here, so the command
 * line, the engine and the window ask this list instead of switching on names.
 */
public final class Systems {
    /**
     * The talk timed no JVM: its rows show the catalogue's typed variants of the talk's
     * algorithms (fib on primitives, the naive count on int arrays) and the talk's mean (draw
     * the numbers, then average them).
     */
    private static final Map<String, String> JVM_TALK = Map.of(
            "fib", "primitive", "triangles", "naive-primitive", "mean", "draw-mean");

    /** The system a run uses when none is named: the JVM as it starts by default. */
    public static final String DEFAULT_NAME = "jvm-c2";

    public static final SystemSpec JVM_INT = new SystemSpec("jvm-int", Family.JVM, "Java -Xint",
            "The bytecode interpreter alone: what the JVM costs before any JIT, close to CPython's model.",
            List.of("-Xint"), JVM_TALK);
    public static final SystemSpec JVM_C1 = new SystemSpec("jvm-c1", Family.JVM, "Java C1",
            "The client compiler only: quick to compile, lighter optimisation.",
            List.of("-XX:TieredStopAtLevel=1"), JVM_TALK);
    public static final SystemSpec JVM_C2 = new SystemSpec(DEFAULT_NAME, Family.JVM, "Java C2 (tiered)",
            "The default: interpreter, then C1 with profiling, then C2 on the hot methods.",
            List.of(), JVM_TALK);
    public static final SystemSpec JVM_C2_ONLY = new SystemSpec("jvm-c2-only", Family.JVM, "Java C2 only",
            "No tiers: interpreted until C2 compiles, so warm-up is slower but the peak is the same.",
            List.of("-XX:-TieredCompilation"), JVM_TALK);

    public static final SystemSpec JVM_GRAAL = new SystemSpec("jvm-graal", Family.JVM, "Java Graal JIT",
            "Graal, a JIT written in Java, in place of C2 through JVMCI: tiers 1 to 3 are still C1. Graal"
                    + " runs as Java, compiled by C1, so it warms up its own code before the kernel's: its tier-4"
                    + " compilations show in the JIT events as C2's do, later and each taking longer, and the"
                    + " warm-up waits for the kernel's first (30 s at most).",
            GraalJars.FLAGS, Launch.JVM_WORKER, Map.of(), JVM_TALK, new Probe.GraalJit());

    // What the friends implement. The names follow the Java variants where the algorithm is
    // the same (hashset, forward, loop); see VARIANTS for what each name means here.
    private static final Map<String, List<String>> PYTHON_VARIANTS = VariantTable
            .of("fib", "recursive", "recursive-n1-first").and("triangles", "naive", "hashset")
            .and("mean", "draw-mean", "loop", "numpy").done();
    private static final Map<String, List<String>> NATIVE_VARIANTS = VariantTable
            .of("fib", "recursive", "recursive-n1-first", "looped")
            .and("triangles", "naive", "hashset", "forward", "bitset", "parallel")
            .and("mean", "loop", "parallel", "vector").done();

    public static final SystemSpec CPYTHON = friend("cpython", Family.PYTHON, "CPython",
            "The reference interpreter: every operation dispatches on the runtime type of boxed objects.",
            PYTHON_VARIANTS, new Probe.Interpreter("python3", true, List.of("python3-numpy")));
    public static final SystemSpec PYPY = friend("pypy", Family.PYTHON, "PyPy",
            "The same Python source under a tracing JIT: it speculates on the types it sees, like the JVM.",
            PYTHON_VARIANTS, new Probe.Interpreter("pypy3", false, List.of("pypy3")));
    public static final SystemSpec CYTHON = friend("cython", Family.PYTHON, "Cython",
            "The Python source compiled to C: typed with C ints in pure-Python mode as the talk did;"
                    + " annotated def functions still juggle Python objects; a typed cfunc runs at C speed.",
            VariantTable.of("fib", "typed", "recursive", "cfunc").and("triangles", "typed", "naive", "hashset")
                    .and("mean", "loop").done(),
            new CythonFriend());
    public static final SystemSpec MYPYC = friend("mypyc", Family.PYTHON, "mypyc",
            "The same annotated source compiled by mypyc: the type hints become native integer operations.",
            VariantTable.of("fib", "recursive", "recursive-n1-first").and("triangles", "naive", "hashset")
                    .and("mean", "loop").done(),
            new MypycFriend());
    public static final SystemSpec PYO3 = friend("pyo3", Family.PYTHON, "PyO3 (Rust)",
            "The kernels in Rust, called from Python through PyO3: as the talk, the timed call converts"
                    + " the Python dict into a Rust HashMap and counts in the map's own key order.",
            VariantTable.of("fib", "recursive", "recursive-n1-first")
                    .and("triangles", "naive-hashmap", "naive", "forward").and("mean", "loop").done(), new Pyo3Friend());
    public static final SystemSpec NUMBA = friend("numba", Family.PYTHON, "Numba",
            "Debian's CPython with the kernels compiled by Numba's @njit to machine code through LLVM, on"
                    + " int64 and arrays; compiled once before the timed calls (the prepare time says how long).",
            VariantTable.of("fib", "recursive", "recursive-n1-first").and("triangles", "naive", "forward")
                    .and("mean", "draw-mean", "loop").done(), new NumbaFriend());
    public static final SystemSpec GRAALPY = friend("graalpy", Family.PYTHON, "GraalPy",
            "CPython's very kernel file on GraalPy, a Python written with Truffle, in a JVM whose Graal"
                    + " compiler (through JVMCI) compiles the hot Python functions: it interprets first, then"
                    + " compiles and recompiles for dozens of calls, so its plan warms up until the times are"
                    + " steady. Without JVMCI it only interprets, and its version says so.",
            VariantTable.of("fib", "recursive", "recursive-n1-first").and("triangles", "naive", "hashset")
                    .and("mean", "loop").done(), new GraalPyFriend());
    public static final SystemSpec C = friend("c", Family.NATIVE, "C (gcc -O2)",
            "The same algorithms in C, compiled ahead of time: the yardstick.",
            NATIVE_VARIANTS, new Probe.CProgram());
    public static final SystemSpec RUST = friend("rust", Family.NATIVE, "Rust (rustc -O)",
            "The same algorithms in Rust, no crates: bounds checks and all, close to C.",
            NATIVE_VARIANTS, new Probe.RustProgram());
    public static final SystemSpec C_NATIVE = friend("c-native", Family.NATIVE, "C (gcc -O3 -march=native)",
            "The same C at the frontier: gcc -O3 for this very CPU, every instruction set it has (AVX-512"
                    + " here), as the JIT compiles Java; no longer runs on any other x86-64.",
            NATIVE_VARIANTS, new Probe.CProgram(CBuild.NATIVE));
    public static final SystemSpec RUST_NATIVE = friend("rust-native", Family.NATIVE,
            "Rust (opt-level 3, target-cpu=native)",
            "The same Rust at the frontier: rustc -C opt-level=3 -C target-cpu=native, for this very CPU.",
            NATIVE_VARIANTS, new Probe.RustProgram(RustBuild.NATIVE));
    public static final SystemSpec FFM_C = new SystemSpec("ffm-c", Family.NATIVE, "Java + C via FFM",
            "Java calling the C kernels through the FFM API: native speed, plus the price of each crossing.",
            List.of(), Launch.FFM, NATIVE_VARIANTS, new Probe.ThroughFfm(C));
    public static final SystemSpec FFM_RUST = new SystemSpec("ffm-rust", Family.NATIVE, "Java + Rust via FFM",
            "Java calling the Rust kernels through the FFM API, the same binding as for C.",
            List.of(), Launch.FFM, NATIVE_VARIANTS, new Probe.ThroughFfm(RUST));
    /** Why Mojo never runs here; its row says so instead of pretending. */
    public static final String MOJO_UNAVAILABLE =
            "no Mojo toolchain can be installed on this machine (no package in Debian or Maven Central)";
    public static final SystemSpec MOJO = friend("mojo", Family.PYTHON, "Mojo",
            "The talk's last row, a Python superset compiled through MLIR; shown for completeness.",
            VariantTable.of("fib", "recursive").and("triangles", "naive").done(), new Probe.Never(MOJO_UNAVAILABLE));

    /**
     * What a friend's variant name means, per workload. Same name, same algorithm, whatever the
     * language.
     *
     * @param workload the workload's name
     * @param name     the variant's name
     * @param lesson   what it does and which Java variant it matches
     */
    public record FriendVariant(String workload, String name, String lesson) {
    }

    public static final List<FriendVariant> VARIANTS = List.of(
            new FriendVariant("fib", "recursive",
                    "The talk's naive recursion: if n <= 1 return n, else fib(n - 2) + fib(n - 1). Java's"
                            + " primitive, boxed and dynamic variants are this algorithm in three value models;"
                            + " Cython runs it as an annotated def whose ints stay Python objects."),
            new FriendVariant("fib", "recursive-n1-first",
                    "The same recursion with the calls swapped, fib(n - 1) + fib(n - 2): the same calls and"
                            + " additions, yet a tracing JIT's heuristics (PyPy's) see a different program."),
            new FriendVariant("fib", "looped",
                    "C and Rust: the talk's recursion with its second call turned into a loop, as Java's looped:"
                            + " fib(n - 2) + fib(n - 3) + ... + fib(1), a call for each term but the last."),
            new FriendVariant("fib", "typed",
                    "Cython only, as the talk: fib(n - 2) + fib(n - 1) in Cython's pure-Python mode with n a C"
                            + " int (cython.int). Cython 0.29 compiles the test and the subtractions to C, but a"
                            + " def returns a Python object (it ignores the -> cython.int), so each call boxes its"
                            + " argument, finds fib_typed in the module's globals, goes through Python's call"
                            + " protocol, and the two results are added as Python ints."),
            new FriendVariant("fib", "cfunc",
                    "Cython only: the talk's recursion as a typed C function (@cython.cfunc on C longs): no"
                            + " Python object inside; only the def that calls it once crosses into Python."),
            new FriendVariant("triangles", "naive",
                    "The talk's triangle count step for step, every 'in' a linear search of a list: Java's"
                            + " naive-boxed (Python lists) or naive-primitive (C and Rust int arrays)."),
            new FriendVariant("triangles", "typed",
                    "Cython only, as the talk: the naive count step for step in pure-Python mode, its node ids"
                            + " and counter C ints (cython.int). The dict and the lists stay Python objects holding"
                            + " Python ints: Cython 0.29 unboxes each id it reads and boxes it again for every"
                            + " dict lookup and every 'in', whose linear scan compares Python ints."),
            new FriendVariant("triangles", "naive-hashmap",
                    "PyO3 only, as the talk: the timed call converts the Python dict into a Rust HashMap of"
                            + " vectors and runs the naive count over the map's keys in the map's own order."),
            new FriendVariant("triangles", "hashset",
                    "The same loops with sets instead of lists, as Java's hashset (C: open addressing written"
                            + " for it, C having no standard set; Rust: std's HashSet, SipHash and all)."),
            new FriendVariant("triangles", "forward",
                    "Degree-oriented edges and sorted merge intersection, as Java's forward."),
            new FriendVariant("triangles", "bitset",
                    "C and Rust: forward's oriented rows as a bit matrix, AND and popcount over 64-bit words, as"
                            + " Java's bitset, with its 1 GiB limit."),
            new FriendVariant("triangles", "parallel",
                    "C and Rust: the bitset kernel (forward's past 1 GiB) over the same 64 node ranges as Java's"
                            + " parallel, on one thread per available processor, the parts' counts added in order."),
            new FriendVariant("mean", "draw-mean",
                    "The talk's NumPy example: each round draws 10,000,000 uniform random doubles, converts"
                            + " them to float32 and takes their mean, all timed; five rounds, no warm-up. The"
                            + " doubles come from SplitMix64 in NumPy's uint64 arithmetic, the stream Java's"
                            + " draw-mean draws, so every round's answer is checked."),
            new FriendVariant("mean", "loop",
                    "A plain loop into a double accumulator, as Java's loop (Python: over a list of floats)."),
            new FriendVariant("mean", "parallel",
                    "C and Rust: chunks of 65,536 floats summed in doubles on one thread per available processor,"
                            + " the partial sums added in chunk order, as Java's parallel."),
            new FriendVariant("mean", "vector",
                    "C and Rust: as Java's vector, blocks of 256 vectors summed in two float vectors of the widest"
                            + " width the compiler targets (4 floats for plain x86-64, 16 with AVX-512), each block's"
                            + " lanes added into a double."),
            new FriendVariant("mean", "numpy",
                    "NumPy's mean of a float32 array, the talk's example; only where NumPy imports."));

    /** The talk's baseline: the Recap's speed-ups and the chart's relative mode start from it. */
    public static final SystemSpec BASELINE = CPYTHON;

    /**
     * The systems that interpret every call: naive fib(n) costs about 1.6 times fib(n - 1), so
     * past the talk's sizes these take minutes, and the window says so before a run.
     */
    private static final List<SystemSpec> INTERPRETING_EVERY_CALL = List.of(JVM_INT, CPYTHON);

    private static final List<SystemSpec> JVM = List.of(JVM_INT, JVM_C1, JVM_C2, JVM_C2_ONLY, JVM_GRAAL);
    private static final List<SystemSpec> FRIENDS = List.of(CPYTHON, PYPY, CYTHON, MYPYC, PYO3, NUMBA, GRAALPY, C, RUST,
            C_NATIVE, RUST_NATIVE, FFM_C, FFM_RUST, MOJO);
    private static final List<SystemSpec> ALL = Stream.concat(JVM.stream(), FRIENDS.stream()).toList();

    private Systems() {
    }

    /** The talk's table, in its order: the Recap lists these first. */
    public static List<SystemSpec> talkTable() {
        return List.of(CPYTHON, PYPY, CYTHON, MYPYC, PYO3, MOJO);
    }

    public static List<SystemSpec> interpretingEveryCall() {
        return INTERPRETING_EVERY_CALL;
    }

    public static List<SystemSpec> all() {
        return ALL;
    }

    /** Every system that is not a JVM tier: the external programs, the FFM libraries and Mojo. */
    public static List<SystemSpec> friends() {
        return FRIENDS;
    }

    /**
     * The JVM systems that need parts {@code ./fwf friends install} fetches (jvm-graal: the Graal
     * compiler's jars), so {@code friends list} shows them and why they are missing.
     */
    public static List<SystemSpec> fetched() {
        return JVM.stream().filter(s -> !s.probe().fetched().isEmpty()).toList();
    }

    public static Optional<SystemSpec> find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(SystemSpec::name).toList();
    }

    public static Optional<FriendVariant> variant(String workload, String name) {
        return VARIANTS.stream().filter(v -> v.workload().equals(workload) && v.name().equals(name)).findFirst();
    }

    private static SystemSpec friend(String name, Family family, String label, String lesson,
                                     Map<String, List<String>> variants, Probe probe) {
        return new SystemSpec(name, family, label, lesson, List.of(), Launch.PROGRAM, variants, probe);
    }

}
