"""The worker for every Python friend (CPython, PyPy, Cython, mypyc, PyO3, Numba, GraalPy).

Usage: fwf_friend.py WORKLOAD VARIANT SIZE WARMUP ITERATIONS [GRAPH_FILE]

  WORKLOAD    fib, triangles or mean
  VARIANT     a variant the kernels implement (fib: recursive, recursive-n1-first; triangles:
              naive, hashset; ...): the function WORKLOAD_VARIANT with each '-' written '_'
              (recursive-n1-first is fib_recursive_n1_first)
  SIZE        fib: n; triangles: keep the first SIZE nodes (in order of first appearance);
              mean: how many float32 values. 0 means the default (40, the whole graph, 10,000,000).
  WARMUP      warm-up iterations; 0 means adaptive
  ITERATIONS  measured iterations; 0 means adaptive
  GRAPH_FILE  the SNAP edge list, for triangles only

Environment:
  FWF_KERNELS  comma-separated modules searched in order for WORKLOAD_VARIANT functions
               (default: fwf_kernels,fwf_numpy_kernels, the plain Python sources)
  FWF_PLAN     "steady" makes the adaptive warm-up last until the times are steady (see
               STEADY_WINDOW below); the graalpy friend sets it. Unset: the plan below.

Standard input: when it is a pipe, the parent's end of it is watched; when the parent is gone
(its end closed, however it died) the program ends at once, killed by SIGIO, even mid-kernel,
so a killed runner leaves no friend behind (a parent gone before the watch began: exit status
3). The runner keeps that pipe open and never writes to it. Started with stdin from /dev/null
or a terminal, nothing is watched.

It speaks the line protocol of fwf.run.WorkerProtocol on stdout, one JSON object a line:
started, loaded, one iteration per iteration, finished; on any error a failure line and exit
status 1. Reading the file is "read", building the kernel's structure is "prepare": neither is
timed as an iteration. The iterations are timed with time.perf_counter_ns (monotonic).
"""
import fcntl
import importlib
import json
import os
import platform
import select
import signal
import stat
import sys
import time

DEFAULT_SIZES = {"fib": 40, "triangles": 0, "mean": 10_000_000}
MEAN_SEED = 42
MASK64 = (1 << 64) - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15

# The adaptive plan (WARMUP or ITERATIONS of 0), the same in every friend: one warm-up
# iteration; past SLOW_NS it is a slow kernel, so one warm-up and three measured runs are
# enough; otherwise warm up for about a second (at least 5 runs) and measure for at least a
# second and 10 runs. MAX_ADAPTIVE bounds a phase for kernels of microseconds.
SLOW_NS = 1_000_000_000
PHASE_NS = 1_000_000_000
MIN_WARMUP = 5
MIN_MEASURED = 10
SLOW_MEASURED = 3
MAX_ADAPTIVE = 1000
# The steady plan (FWF_PLAN=steady, for a JIT-compiled friend: GraalPy). Truffle compiles a
# function only after many calls and then keeps compiling, and a recompilation can make calls
# slower for a while (GraalPy's fib(27): 1.4 s, then about 0.45 s for three calls, then
# milliseconds, still falling by the fortieth), so neither one slow first call nor a second of
# warm-up says the code is compiled. Warm up until the median of the last STEADY_WINDOW calls is
# within STEADY_GAIN of the median of the STEADY_WINDOW calls before them, neither faster nor
# slower, with at least PHASE_NS of warm-up, or until STEADY_MAX_NS of warm-up after the first call
# (which runs interpreted while Truffle compiles: 43 to 74 s for fib(40) on two busy cores, then 3
# to 8 s a call) or MAX_ADAPTIVE calls; the measuring line says which. Then measure a count fixed
# from the last window's median: three calls past SLOW_NS, else about PHASE_NS and at least
# MIN_MEASURED calls.
STEADY_WINDOW = 10
STEADY_GAIN = 0.10
STEADY_MAX_NS = 120_000_000_000
# The talk's plan for the workloads it timed round by round: no warm-up, then this many
# measured rounds, when WARMUP and ITERATIONS are 0 (explicit values are honoured).
TALK_ROUNDS = {("mean", "draw-mean"): 5}
# The exit status of a friend found orphaned at start, as fwf.worker.WorkerMain's EXIT_ORPHANED.
EXIT_ORPHANED = 3


class FriendError(Exception):
    """Bad input or an unusable setup: reported as a failure line, without a traceback."""


def emit(event, **fields):
    line = {"event": event}
    line.update(fields)
    sys.stdout.write(json.dumps(line, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def is_graalpy():
    return sys.implementation.name == "graalpy"


def interpreter_version():
    implementation = platform.python_implementation()
    if implementation == "PyPy":
        v = sys.pypy_version_info
        return "PyPy %d.%d.%d (Python %s)" % (v.major, v.minor, v.micro, platform.python_version())
    if is_graalpy():
        v = sys.implementation.version
        return "GraalPy %d.%d.%d (Python %s), %s" % (v.major, v.minor, v.micro, platform.python_version(),
                                                     graal_compilation())
    return "%s %s" % (implementation, platform.python_version())


def graal_compilation():
    """Whether Truffle compiles GraalPy's code here: sys.version's last line names the Truffle
    runtime, "[Graal, GraalVM CE, Java 25.0.3 (amd64)]" with the Graal compiler through JVMCI,
    "[Graal, Interpreted, ...]" without (no JVMCI, or no compiler jars)."""
    fields = [f.strip() for f in sys.version.rsplit("[", 1)[-1].rstrip("]").split(",")]
    runtime = fields[1] if len(fields) > 1 else ""
    if runtime == "Interpreted" or not runtime:
        return "interpreter only (no Graal JIT: JVMCI is not enabled)"
    return "compiled by the Graal JIT (%s)" % runtime


def system_version():
    """The interpreter, and the tool that built the kernels when they were compiled."""
    try:
        info = importlib.import_module("fwf_build_info")
    except ImportError:
        return interpreter_version()
    return "%s on %s" % (info.TOOL, interpreter_version())


def kernel_modules():
    names = os.environ.get("FWF_KERNELS", "fwf_kernels,fwf_numpy_kernels")
    modules = []
    for name in (n.strip() for n in names.split(",")):
        if not name:
            continue
        try:
            modules.append(importlib.import_module(name))
        except Exception as e:  # a compiled module can fail with any error while it loads
            raise FriendError("cannot import kernel module %s: %s: %s" % (name, type(e).__name__, e))
    return modules


def function_name(workload, variant):
    """Variant names use '-', Python names '_': mean/draw-mean is mean_draw_mean. A variant
    spelled with '_' is no variant (one name, one spelling)."""
    if "_" in variant:
        return None
    return "%s_%s" % (workload, variant.replace("-", "_"))


def find(modules, name):
    if name is None:
        return None
    for module in modules:
        function = getattr(module, name, None)
        if function is not None:
            return function
    return None


def variants_of(modules, workload):
    """The variants the modules implement for a workload, named as on the command line."""
    prefix = workload + "_"
    found = []
    for module in modules:
        for name in dir(module):
            variant = name[len(prefix):].replace("_", "-")
            if name.startswith(prefix) and callable(getattr(module, name)) and variant not in found:
                found.append(variant)
    return found


def parse_count(text, what):
    try:
        value = int(text)
    except ValueError:
        raise FriendError("%s must be an integer, got '%s'" % (what, text))
    if value < 0:
        raise FriendError("%s must be >= 0, got %d" % (what, value))
    return value


# ---------------------------------------------------------------- the graph


def read_graph(path):
    """The SNAP edge list as fwf.graph reads it: nodes numbered 0.. in order of first
    appearance, self-loops and duplicate edges (either direction) dropped, edges in file order.
    Blank lines and lines starting with # or % are skipped."""
    ids = {}
    edges = []
    seen = set()
    try:
        f = open(path, "rb")
    except OSError as e:
        raise FriendError("cannot read graph %s: %s" % (path, e.strerror or e))
    with f:
        for number, raw in enumerate(f, 1):
            line = raw.strip(b" \t\r\n")
            if not line or line[:1] in (b"#", b"%"):
                continue
            fields = line.split()
            if len(fields) != 2:
                raise FriendError("%s:%d: expected two node ids, found %d" % (path, number, len(fields)))
            pair = []
            for field in fields:
                if not field.isdigit():
                    raise FriendError("%s:%d: not a node id: %s" % (path, number, field.decode("utf-8", "replace")))
                label = int(field)
                node = ids.get(label)
                if node is None:
                    node = len(ids)
                    ids[label] = node
                pair.append(node)
            u, v = pair
            if u == v:
                continue
            key = (u, v) if u < v else (v, u)
            if key in seen:
                continue
            seen.add(key)
            edges.append((u, v))
    return len(ids), edges


def first_nodes(node_count, edges, size):
    if size == 0 or size == node_count:
        return node_count, edges
    if size > node_count:
        raise FriendError("size %d is more nodes than the graph has (%d)" % (size, node_count))
    return size, [(u, v) for (u, v) in edges if u < size and v < size]


def adjacency_lists(edges):
    """The talk's dict, built as the talk's loader built it, in two passes over the edges in
    file order: first every (a, b) appends b to a's list, then every (a, b) again appends a to
    b's list. A node's list holds the second ids of the lines where it stands first, then the
    first ids of the lines where it stands second; the dict's keys, the order the count visits,
    are the nodes in the order they first received a neighbour in that process."""
    graph = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
    for a, b in edges:
        graph.setdefault(b, []).append(a)
    return graph


def adjacency_sets(edges):
    """The same dict with each list made a set: the same keys in the same order."""
    return {node: set(neighbours) for node, neighbours in adjacency_lists(edges).items()}


# ---------------------------------------------------------------- the mean's data


def splitmix_floats(size, seed):
    """SplitMix64, exactly as fwf.workload.MeanData: (z >> 40) * 2^-24 is exact in float32 and
    in a Python float, so these are the very values Java averages."""
    out = [0.0] * size
    state = seed
    scale = 1.0 / 16777216.0
    for i in range(size):
        state = (state + GOLDEN_GAMMA) & MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        z ^= z >> 31
        out[i] = (z >> 40) * scale
    return out


def splitmix_array(numpy, size, seed):
    """The same values as a float32 array, computed with wrapping uint64 arithmetic."""
    from fwf_numpy_kernels import CHUNK, splitmix64
    out = numpy.empty(size, dtype=numpy.float32)
    for start in range(0, size, CHUNK):
        stop = min(size, start + CHUNK)
        z = splitmix64(numpy, start, stop, seed)
        out[start:stop] = (z >> numpy.uint64(40)).astype(numpy.float32) * numpy.float32(1.0 / 16777216.0)
    return out


def reason(e):
    """One line on why an import failed. NumPy hides the real cause at the end of a long advice
    text, after "Original error was:"."""
    lines = [l.strip() for l in str(e).splitlines() if l.strip()]
    for line in lines:
        if line.startswith("Original error was:"):
            return "%s: %s" % (type(e).__name__, line[len("Original error was:"):].strip())
    return "%s: %s" % (type(e).__name__, lines[0] if lines else "")


def import_numpy():
    try:
        import numpy
    except Exception as e:  # PyPy finds CPython's NumPy and fails with ImportError deep inside
        raise FriendError("numpy does not import under %s: %s" % (sys.executable, reason(e)))
    return numpy


def optional_numpy():
    try:
        import numpy
        return numpy
    except Exception:
        return None


# ---------------------------------------------------------------- inputs


def load(workload, variant, size, graph_path):
    """Returns (description, size, read_ns, prepare_ns, value)."""
    start = time.perf_counter_ns()
    if workload == "fib":
        n = size or DEFAULT_SIZES["fib"]
        read_ns = time.perf_counter_ns() - start
        return "n = %d" % n, n, read_ns, 0, n
    if workload == "triangles":
        if graph_path is None:
            raise FriendError("triangles needs a GRAPH_FILE argument")
        total, edges = read_graph(graph_path)
        nodes, edges = first_nodes(total, edges, size)
        read_ns = time.perf_counter_ns() - start
        name = os.path.basename(graph_path)
        if nodes < total:
            name += " [first %d nodes]" % nodes
        description = "%s, %s nodes, %s edges" % (name, format(nodes, ","), format(len(edges), ","))
        start = time.perf_counter_ns()
        value = adjacency_sets(edges) if variant == "hashset" else adjacency_lists(edges)
        return description, nodes, read_ns, time.perf_counter_ns() - start, value
    if workload == "mean":
        count = size or DEFAULT_SIZES["mean"]
        read_ns = time.perf_counter_ns() - start
        if variant == "draw-mean":  # the talk's mean: every call draws its own numbers
            import_numpy()  # here, so that a missing NumPy is one clear failure, and not timed
            description = "%s float32 values drawn in each call, seed %d" % (format(count, ","), MEAN_SEED)
            return description, count, read_ns, 0, (count, MEAN_SEED)
        start = time.perf_counter_ns()
        if variant == "numpy":
            value = splitmix_array(import_numpy(), count, MEAN_SEED)
        else:
            numpy = optional_numpy()
            if numpy is not None:  # the same values, far quicker to make
                value = splitmix_array(numpy, count, MEAN_SEED).tolist()
            else:
                value = splitmix_floats(count, MEAN_SEED)
        description = "%s float32 values, seed %d" % (format(count, ","), MEAN_SEED)
        return description, count, read_ns, time.perf_counter_ns() - start, value
    raise FriendError("unknown workload '%s' (known: fib, triangles, mean)" % workload)


# ---------------------------------------------------------------- timing


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def steady_warmup(once):
    """The steady plan's warm-up (see STEADY_WINDOW): returns the measured count it fixes."""
    times = []
    spent = 0
    while True:
        ns = once(True)
        times.append(ns)
        spent += ns
        steady = False
        if len(times) >= 2 * STEADY_WINDOW:
            last = median(times[-STEADY_WINDOW:])
            before = median(times[-2 * STEADY_WINDOW:-STEADY_WINDOW])
            steady = abs(last - before) <= STEADY_GAIN * before
        if steady and spent >= PHASE_NS:
            break
        if spent - times[0] >= STEADY_MAX_NS or len(times) >= MAX_ADAPTIVE:
            break  # a kernel of microseconds is steady long before a second's worth of calls
    last = median(times[-STEADY_WINDOW:])
    if last > SLOW_NS:
        count = SLOW_MEASURED
    else:
        count = min(MAX_ADAPTIVE, max(MIN_MEASURED, -(-PHASE_NS // max(1, int(last)))))
    if steady:
        note = "steady after %d warm-up calls: the median of the last %d within %d%% of the %d before" % (
            len(times), STEADY_WINDOW, round(STEADY_GAIN * 100), STEADY_WINDOW)
    else:
        note = "not steady after %d warm-up calls (%.1f s after the first): the median of the last %d more than" \
               " %d%% off the %d before" % (len(times), (spent - times[0]) / 1e9, STEADY_WINDOW,
                                            round(STEADY_GAIN * 100), STEADY_WINDOW)
    emit("measuring", warmup=len(times), iterations=count, steady=steady, note=note)
    return count


def run_iterations(kernel, value, warmup, iterations, rounds=0, steady=False):
    """Runs the plan: WARMUP then ITERATIONS calls, each 0 meaning adaptive and WARMUP -1 (none)
    meaning no warm-up at all. With ``rounds`` (the talk's plan for this workload) adaptive means
    no warm-up and that many rounds; with ``steady`` (FWF_PLAN=steady) an adaptive warm-up lasts
    until the times are steady (steady_warmup)."""
    index = 0
    clock = time.perf_counter_ns

    def once(warm):
        nonlocal index
        start = clock()
        answer = kernel(value)
        ns = clock() - start
        emit("iteration", index=index, warmup=warm, ns=ns, answer=answer)
        index += 1
        return ns

    if rounds:
        for _ in range(warmup):
            once(True)
        for _ in range(iterations or rounds):
            once(False)
        return
    if steady and warmup == 0:
        count = steady_warmup(once)
        for _ in range(iterations or count):
            once(False)
        return
    slow = False
    if warmup < 0:  # none: every iteration is measured, the first one included
        if iterations < 1:
            raise FriendError("WARMUP none needs ITERATIONS, got %d" % iterations)
    elif warmup > 0:
        last = 0
        for _ in range(warmup):
            last = once(True)
        slow = last > SLOW_NS
    else:
        first = once(True)
        slow = first > SLOW_NS
        if not slow:
            spent, count = first, 1
            while (spent < PHASE_NS or count < MIN_WARMUP) and count < MAX_ADAPTIVE:
                spent += once(True)
                count += 1
    if iterations > 0:
        for _ in range(iterations):
            once(False)
    elif slow:
        for _ in range(SLOW_MEASURED):
            once(False)
    else:
        spent, count = 0, 0
        while (spent < PHASE_NS or count < MIN_MEASURED) and count < MAX_ADAPTIVE:
            spent += once(False)
            count += 1


def watch_parent():
    """Dies with the parent (see "Standard input" above), even in the middle of a kernel.

    Why a signal and not a thread that reads stdin until end-of-file: such a thread needs the
    GIL to exit, and a compiled kernel (Cython, mypyc, PyO3) or PyPy's JIT-compiled loop can
    hold the GIL for a whole call, minutes for fib(50). With O_ASYNC on the pipe, Linux sends
    SIGIO to its owner when the pipe's last writer closes it; SIGIO's default action ends the
    process in the kernel, with no Python code involved. The runner never writes, so no other
    SIGIO comes.

    Under GraalPy, stdin is the JVM's System.in, not this process's file descriptor 0: the
    graalpy friend's launcher watches the pipe itself and halts the JVM."""
    if is_graalpy():
        return
    try:
        if not stat.S_ISFIFO(os.fstat(0).st_mode):
            return
        signal.signal(signal.SIGIO, signal.SIG_DFL)  # a parent may have left it ignored
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGIO])  # or blocked
        fcntl.fcntl(0, fcntl.F_SETOWN, os.getpid())
        fcntl.fcntl(0, fcntl.F_SETFL, fcntl.fcntl(0, fcntl.F_GETFL) | os.O_ASYNC)
    except (OSError, AttributeError, ValueError):  # no stdin, or not Linux: nothing to watch
        return
    # A parent that died before the watch began sent no SIGIO: its end is already closed.
    watch = select.poll()
    watch.register(0, select.POLLIN)
    if any(events & select.POLLHUP for _, events in watch.poll(0)):
        os._exit(EXIT_ORPHANED)


def main(argv):
    watch_parent()
    emit("started", pid=os.getpid(), version=system_version(), vm=platform.python_implementation(),
         input_arguments=argv)
    try:
        if len(argv) not in (5, 6):
            raise FriendError("usage: WORKLOAD VARIANT SIZE WARMUP ITERATIONS [GRAPH_FILE], got %d arguments"
                              % len(argv))
        workload, variant = argv[0], argv[1]
        size = parse_count(argv[2], "SIZE")
        # "none": no warm-up at all, the talk's rounds (measured from the first call on)
        warmup = -1 if argv[3] == "none" else parse_count(argv[3], "WARMUP")
        iterations = parse_count(argv[4], "ITERATIONS")
        graph_path = argv[5] if len(argv) == 6 else None
        if workload not in DEFAULT_SIZES:
            raise FriendError("unknown workload '%s' (known: fib, triangles, mean)" % workload)
        modules = kernel_modules()
        kernel = find(modules, function_name(workload, variant))
        if kernel is None:
            raise FriendError("%s has no variant '%s' of %s (it has: %s)"
                              % (system_version(), variant, workload,
                                 ", ".join(variants_of(modules, workload)) or "none"))
        description, effective, read_ns, prepare_ns, value = load(workload, variant, size, graph_path)
        name = function_name(workload, variant)
        hook = find(modules, "prepare_" + name)
        if hook is not None:  # a compiled friend converts the Python data once, untimed
            start = time.perf_counter_ns()
            value = hook(value)
            prepare_ns += time.perf_counter_ns() - start
        emit("loaded", input=description, size=effective, read_ns=read_ns, prepare_ns=prepare_ns)
        run_iterations(kernel, value, warmup, iterations, TALK_ROUNDS.get((workload, variant), 0),
                       os.environ.get("FWF_PLAN") == "steady")
        emit("finished")
        return 0
    except FriendError as e:
        emit("failure", message=str(e))
        return 1
    except BaseException as e:  # a bug or a crash of a compiled kernel: still one failure line
        emit("failure", message="%s: %s" % (type(e).__name__, e))
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
