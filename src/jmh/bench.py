#!/usr/bin/env python3
"""The benchmark suite behind `./fwf bench` (src/jmh/bench.sh finds the JDK, builds, then runs this).

Sections, each optional with --only:
  kernels   each Java variant's median beside its native twins' (C and Rust, -O2 and -O3 native), in the same run,
            and the physical limit of the bitset kernel on this CPU
  overhead  our `run` median against JMH's score for the same kernel: src/jmh/compare.sh, unchanged
  worker    the fixed cost of one worker: the worker alone, `fwf run` end to end, the CLI alone; JIT events on/off
  window    time from launch to the window's first frame and its resident memory, from the jlink image;
            the graph view's frames per second when a script for it exists
Everything raw lands in OUT/raw (JMH's JSON, `fwf run --format json` lines, timings); the tables go to
stdout and OUT/report.md, the figures to OUT/summary.json.
"""
import argparse
import json
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SECTIONS = ("kernels", "overhead", "worker", "window")

# Goals from the brief, in one place so the report and the summary agree.
GOAL_FIB_VS_C = 1.3          # the plain recursion (Java primitive) within 1.3x of gcc -O2's recursion
GOAL_BITSET_VS_NATIVE = 1.3  # Java bitset within 1.3x of c-native bitset
GOAL_FORWARD_VS_NATIVE = 1.2  # Java forward within 1.2x of c-native forward
GOAL_NAIVE_VS_C = 1.2        # Java naive-primitive within 1.2x of c naive (gcc -O2)
GOAL_FASTEST_VS_NATIVE = 1.2  # the fastest Java count within 1.2x of the fastest native count

# Each Java variant and its native twin (the same algorithm, named as the friends name it):
# (workload, row label, Java variant, native variant). Java variants with no twin (boxed, dynamic,
# memo, iterative, naive-boxed, stream) have no row.
PAIRS = [("fib", "fib({n})", "primitive", "recursive"),
         ("fib", "fib({n})", "looped", "looped"),
         ("triangles", "triangles", "naive-primitive", "naive"),
         ("triangles", "triangles", "hashset", "hashset"),
         ("triangles", "triangles", "forward", "forward"),
         ("triangles", "triangles", "bitset", "bitset"),
         ("triangles", "triangles", "bitset-vector", "bitset"),
         ("triangles", "triangles", "parallel", "parallel"),
         ("mean", "mean({size:,})", "loop", "loop"),
         ("mean", "mean({size:,})", "parallel", "parallel"),
         ("mean", "mean({size:,})", "vector", "vector")]
NATIVE_SYSTEMS = ("c", "rust", "c-native", "rust-native")
# The millisecond kernels get a fixed warm-up on every side: the adaptive plan stops warming up
# after one call that takes over a second, and on a busy machine the first calls of a Vector API
# kernel (interpreted, its vectors boxed) can, so C2 had not compiled it when the timing began.
WARMED = ["--warmup", "30"]
SLOW_VARIANTS = {"primitive", "looped", "recursive", "naive-primitive", "naive", "hashset"}
GOAL_HARNESS = 0.05          # our median within 5% of JMH's score
GOAL_WORKER_MS = 300         # fixed cost of one worker
GOAL_WINDOW_MS = 1500        # launch to first frame, warm
GOAL_IMAGE_MB = 80


class Settings:
    """What one run of the suite measures, for --quick or in full."""

    def __init__(self, quick, graph):
        self.quick = quick
        self.graph = graph
        if quick:
            self.jmh = ["-wi", "2", "-i", "3", "-f", "1", "-w", "1s", "-r", "1s"]
            self.fib_n = 35
            self.nodes = 1000       # triangles on the first 1,000 nodes: the naive kernels take ~0.1 s there
            self.mean_size = 10_000_000
            self.repeats = 3
            self.compare = ["-wi", "2", "-i", "3", "-f", "1"]
        else:
            self.jmh = ["-wi", "5", "-i", "5", "-f", "2", "-w", "1s", "-r", "1s"]
            self.fib_n = 40         # the talk's
            self.nodes = 0          # the whole ego-Facebook graph
            self.mean_size = 10_000_000
            self.repeats = 10
            self.compare = []       # compare.sh's own defaults (-wi 5 -i 5 -f 2)


def log(message):
    print("bench: " + message, file=sys.stderr, flush=True)


def human(ns):
    if ns is None:
        return "-"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("us", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.4g} {unit}"
    return f"{ns:.4g} ns"


def ratio_text(r):
    return "-" if r is None else f"{r:.2f}x"


def verdict(value, goal):
    if value is None:
        return "-"
    return "yes" if value <= goal else "NO"


def table(head, rows):
    """A Markdown table (pipes), readable as plain text too."""
    cells = [list(head)] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"
    out = [line(cells[0]), "| " + " | ".join("-" * w for w in widths) + " |"]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)


class Suite:
    def __init__(self, args, settings):
        self.args = args
        self.s = settings
        self.out = os.path.abspath(args.out)
        self.raw = os.path.join(self.out, "raw")
        self.jdk = args.jdk
        self.fwf = os.path.join(ROOT, "fwf")
        self.image = os.path.join(ROOT, "target", "image")
        self.journal = os.path.join(self.raw, "results.jsonl")
        self.summary = {"quick": settings.quick, "graph": settings.graph, "sections": {}}
        self.report = []

    # ----- helpers

    def run_jmh(self, name, benchmark, params):
        """JMH's scores for one benchmark class, by variant: {variant: (score_ns, error_ns)}."""
        out = os.path.join(self.raw, f"jmh-{name}.json")
        cmd = [os.path.join(self.jdk, "bin", "java"), "-jar", os.path.join(ROOT, "target", "benchmarks.jar"),
               rf"^fwf\.jmh\.{benchmark}\.run$"]
        for key, values in params.items():
            cmd += ["-p", f"{key}={','.join(str(v) for v in values)}"]
        cmd += self.s.jmh + ["-rf", "json", "-rff", out]
        log(f"JMH {benchmark} {params.get('variant')}...")
        with open(os.path.join(self.raw, f"jmh-{name}.log"), "w") as logf:
            code = subprocess.run(cmd, cwd=ROOT, stdout=logf, stderr=subprocess.STDOUT).returncode
        if code != 0:
            log(f"JMH {benchmark} exited with {code}: see raw/jmh-{name}.log")
        scores = {}
        try:
            with open(out) as f:
                for run in json.load(f):
                    metric = run["primaryMetric"]
                    scale = {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}[metric["scoreUnit"]]
                    error = metric.get("scoreError")
                    error = error * scale if isinstance(error, (int, float)) and math.isfinite(error) else None
                    scores[run["params"]["variant"]] = (metric["score"] * scale, error)
        except (OSError, ValueError, KeyError) as e:
            log(f"no JMH result for {benchmark}: {e}")
        return scores

    def fwf_run(self, name, args):
        """`fwf run ARGS --format json` into raw/NAME.json: the result object, or None with the reason logged."""
        cmd = [self.fwf, "run"] + args + ["--format", "json", "--results", self.journal]
        log("fwf run " + " ".join(args) + "...")
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        with open(os.path.join(self.raw, f"{name}.json"), "w") as f:
            f.write(proc.stdout)
        lines = [l for l in proc.stdout.splitlines() if l.strip().startswith("{")]
        if not lines:
            log(f"fwf run {' '.join(args)} failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
            return None
        result = json.loads(lines[-1])
        if result.get("status") != "ok" or result.get("verified") is False:
            log(f"fwf run {' '.join(args)}: status {result.get('status')}, {result.get('message')}")
            return None
        return result

    def timed(self, cmd, env=None):
        """Wall time of one command in ms, from spawn to exit; None when it fails. `cmd` may be a
        function giving the command, for one that must be made afresh each time."""
        cmd = cmd() if callable(cmd) else cmd
        start = time.perf_counter_ns()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = (time.perf_counter_ns() - start) / 1e6
        if proc.returncode != 0:
            log(f"{' '.join(cmd[:3])}... exited with {proc.returncode}: {proc.stderr.strip()[-300:]}")
            return None
        if "no JIT events" in proc.stderr:
            log(f"{' '.join(cmd[:3])}... ran without its JIT events: {proc.stderr.strip()[-300:]}")
            return None
        return elapsed

    def repeat(self, cmd, env=None, warm=1):
        """Medians over settings.repeats runs after `warm` untimed ones (page cache, JavaFX's native cache)."""
        for _ in range(warm):
            self.timed(cmd, env)
        samples = [t for t in (self.timed(cmd, env) for _ in range(self.s.repeats)) if t is not None]
        return samples

    def image_cache(self):
        """A cache folder of the suite's own, with the image's class-data archive dumped into it
        (`bin/fwf cds`, which first waits for a dump a start began), as a user's has after the
        first start: (env for bin/fwf, the archive or None, seconds `bin/fwf cds` took)."""
        cache = os.path.join(self.raw, "cache")
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        t0 = time.monotonic()
        dump = subprocess.run([os.path.join(self.image, "bin", "fwf"), "cds"], env=env, capture_output=True, text=True)
        took = time.monotonic() - t0
        if dump.returncode != 0:
            log(f"bin/fwf cds failed: {dump.stderr.strip()[-300:]}")
        archives = [os.path.join(d, f) for d, _, fs in os.walk(cache) for f in fs if f.endswith(".jsa")]
        return env, (archives[0] if dump.returncode == 0 and archives else None), took

    def emit(self, title, text):
        block = f"## {title}\n\n{text}\n"
        print(block, flush=True)
        self.report.append(block)

    # ----- sections

    def kernels(self):
        """Each Java variant beside its native twins, every side our own worker and its median."""
        s = self.s
        graph_args = ["--graph", s.graph] + (["--size", str(s.nodes)] if s.nodes else [])
        input_text = "whole ego-Facebook graph" if not s.nodes else f"first {s.nodes:,} nodes of ego-Facebook"
        inputs = {"fib": ["--size", str(s.fib_n)], "triangles": graph_args, "mean": ["--size", str(s.mean_size)]}
        medians = {}  # (workload, variant, system) -> median ns, None when it did not run
        rows, figures = [], []
        for workload, label, java, twin in PAIRS:
            label = label.format(n=s.fib_n, size=s.mean_size)
            cell = {}
            # Back to back, so each pair meets the same load on this noisy machine; a twin that two
            # Java variants share (bitset) runs once, so every ratio below uses the same figure.
            for system in ("jvm-c2",) + NATIVE_SYSTEMS:
                variant = java if system == "jvm-c2" else twin
                if (workload, variant, system) not in medians:
                    warmup = [] if variant in SLOW_VARIANTS else WARMED
                    result = self.fwf_run(f"{system}-{workload}-{variant}", [workload, "--variant", variant]
                                          + inputs[workload] + warmup + ["--system", system])
                    medians[(workload, variant, system)] = result["median_ns"] if result else None
                cell[system] = medians[(workload, variant, system)]
            j = cell["jvm-c2"]
            o2 = [cell[x] for x in ("c", "rust") if cell[x]]
            native = [cell[x] for x in ("c-native", "rust-native") if cell[x]]
            over_c = j / cell["c"] if j and cell["c"] else None
            over_native = j / min(native) if j and native else None
            rows.append((label, java, human(j), twin, human(cell["c"]), human(cell["rust"]), ratio_text(over_c),
                         human(cell["c-native"]), human(cell["rust-native"]), ratio_text(over_native)))
            figures.append({"workload": workload, "label": label, "java_variant": java, "native_variant": twin,
                            "medians_ns": cell, "java_over_c": over_c, "java_over_fastest_native": over_native})

        def m(workload, variant, system):
            return medians.get((workload, variant, system))

        def ratio(a, b):
            return a / b if a and b else None

        tri_java = {v: m("triangles", v, "jvm-c2") for v in ("naive-primitive", "hashset", "forward", "bitset",
                                                                "bitset-vector", "parallel")}
        tri_native = {(v, x): m("triangles", v, x) for v in ("naive", "hashset", "forward", "bitset", "parallel")
                      for x in NATIVE_SYSTEMS}
        fastest_java = min(((t, v) for v, t in tri_java.items() if t), default=(None, None))
        fastest_native = min(((t, f"{x} {v}") for (v, x), t in tri_native.items() if t), default=(None, None))
        fib_headline = ratio(m("fib", "primitive", "jvm-c2"), m("fib", "recursive", "c"))
        goals = [
            (f"fib({s.fib_n}): the plain recursion, Java primitive / gcc -O2 recursive (the headline)",
             ratio_text(fib_headline), f"<= {GOAL_FIB_VS_C}x", verdict(fib_headline, GOAL_FIB_VS_C)),
            ("Java bitset / c-native bitset", *self.goal(ratio(tri_java["bitset"], tri_native[("bitset", "c-native")]),
                                                        GOAL_BITSET_VS_NATIVE)),
            ("Java bitset-vector / c-native bitset",
             *self.goal(ratio(tri_java["bitset-vector"], tri_native[("bitset", "c-native")]), GOAL_BITSET_VS_NATIVE)),
            ("Java forward / c-native forward",
             *self.goal(ratio(tri_java["forward"], tri_native[("forward", "c-native")]), GOAL_FORWARD_VS_NATIVE)),
            ("Java naive-primitive / c naive (gcc -O2)",
             *self.goal(ratio(tri_java["naive-primitive"], tri_native[("naive", "c")]), GOAL_NAIVE_VS_C)),
            (f"fastest Java count ({fastest_java[1]}) / fastest native ({fastest_native[1]})",
             *self.goal(ratio(fastest_java[0], fastest_native[0]), GOAL_FASTEST_VS_NATIVE))]
        limit_text, limit = self.bitset_limit(medians)
        text = (f"Every figure is the median of one `fwf run` (our worker, adaptive plan: about 1 s of warm-up, "
                f"30 calls for the kernels under 100 ms, then about 1 s measured; the native friends time each call "
                f"with their own monotonic clock), "
                f"each Java variant run on jvm-c2 and then its native twins back to back (a twin two Java variants share, "
                f"bitset, runs once). Flag classes: Java C2 "
                f"beside `c` (gcc -O2) and `rust` (rustc -O), built for any x86-64; and, since C2 always compiles "
                f"for the CPU it runs on, the same Java median beside `c-native` (gcc -O3 -march=native) and "
                f"`rust-native` (rustc -C opt-level=3 -C target-cpu=native). Java / native: Java's median over the "
                f"twin's. Triangles on the {input_text}; mean over {s.mean_size:,} floats.\n\n"
                + table(("workload", "Java (C2)", "median", "twin", "c -O2", "rust -O", "Java / c",
                         "c-native", "rust-native", "Java / fastest native"), rows)
                + "\n\n" + table(("goal", "ratio", "target", "met"), goals)
                + "\n\n" + limit_text)
        self.emit("Kernels: each Java variant beside its native twins", text)
        self.summary["sections"]["kernels"] = {"rows": figures, "fib_recursive_over_c": fib_headline,
                                               "fastest_java_triangles": fastest_java[1],
                                               "fastest_native_triangles": fastest_native[1],
                                               "bitset_limit": limit}

    @staticmethod
    def goal(r, target):
        return ratio_text(r), f"<= {target}x", verdict(r, target)

    def bitset_limit(self, medians):
        """The bitset kernel's floor on this CPU: the 64-bit words its ANDs combine, at one AND and
        popcount of the widest vector per cycle at the CPU's clock; and the fraction each reaches."""
        # `fwf trace` counts them with the kernel's own loops (fwf.workload.Operations).
        trace = subprocess.run([self.fwf, "trace", "triangles", "--variant", "bitset", "--graph", self.s.graph]
                               + (["--size", str(self.s.nodes)] if self.s.nodes else []) + ["--format", "json"],
                               cwd=ROOT, capture_output=True, text=True)
        try:
            words = json.loads(trace.stdout.strip().splitlines()[-1])["words"]
        except (ValueError, KeyError, IndexError):
            return f"Physical limit: `fwf trace` gave no word count ({trace.stderr.strip()[-300:]}).", None
        vector_bits, why = widest_popcount_vector()
        mhz = cpu_mhz()
        cores = os.cpu_count() or 1
        if not mhz:
            return "Physical limit: no `cpu MHz` in /proc/cpuinfo.", None
        floor_ns = words / (vector_bits // 64) / (mhz * 1e6) * 1e9
        rows = []
        for system in ("jvm-c2",) + NATIVE_SYSTEMS:
            for variant in ("bitset", "bitset-vector", "parallel") if system == "jvm-c2" else ("bitset", "parallel"):
                t = medians.get(("triangles", variant, system))
                # parallel may use every core: its floor is the one-core floor over the cores.
                floor = floor_ns / cores if variant == "parallel" else floor_ns
                rows.append((system, variant, human(t), f"{floor / t:.1%}" if t else "-"))
        text = (f"Physical limit of `bitset`: its AND loops combine {words:,} pairs of 64-bit words; at one "
                f"{vector_bits}-bit AND and popcount per cycle ({why}) at {mhz:,.0f} MHz (`cpu MHz` in "
                f"/proc/cpuinfo), one core would take {human(floor_ns)}, all {cores} cores "
                f"{human(floor_ns / cores)}. The fraction of that floor each kernel reaches (parallel against "
                f"all cores):\n\n" + table(("system", "kernel", "median", "of the limit"), rows))
        return text, {"words": words, "vector_bits": vector_bits, "mhz": mhz, "one_core_ns": floor_ns,
                      "cores": cores, "rows": [dict(zip(("system", "kernel", "median", "fraction"), r)) for r in rows]}

    def overhead(self):
        cmd = [os.path.join(ROOT, "src", "jmh", "compare.sh")] + self.s.compare + ["--graph", self.s.graph]
        log("src/jmh/compare.sh " + " ".join(self.s.compare) + "...")
        env = dict(os.environ, FWF_JDK=self.jdk)
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        with open(os.path.join(self.raw, "compare.txt"), "w") as f:
            f.write(proc.stdout + "\n--- stderr ---\n" + proc.stderr)
        rows = []
        for line in proc.stdout.splitlines()[2:]:
            cols = re.split(r"\s{2,}", line.strip())
            if len(cols) == 5:
                rows.append(cols)
        if proc.returncode != 0 or not rows:
            self.emit("Harness overhead: our run against JMH", f"compare.sh failed ({proc.returncode}): see raw/compare.txt")
            return
        figures = []
        for kernel, jmh, ours, r, ok in rows:
            figures.append({"kernel": kernel, "jmh": jmh, "ours": ours,
                            "ours_over_jmh": float(r) if re.fullmatch(r"[0-9.]+", r) else None})
        text = ("`src/jmh/compare.sh` " + " ".join(self.s.compare) + ": our `fwf run` median (adaptive plan, one "
                f"worker) over JMH's score for the same kernel and input; goal within {GOAL_HARNESS:.0%}.\n\n"
                + table(("kernel", "JMH", "our median", "ours / JMH", f"within {GOAL_HARNESS:.0%}"), rows))
        self.emit("Harness overhead: our run against JMH", text)
        self.summary["sections"]["overhead"] = {"rows": figures}

    def launcher(self):
        """The image's bin/fwf when built, else ./fwf: the worker section measures what is shipped."""
        image_fwf = os.path.join(self.image, "bin", "fwf")
        return (image_fwf, "target/image") if os.access(image_fwf, os.X_OK) else (self.fwf, "./fwf (JDK)")

    def worker(self):
        fwf, where = self.launcher()
        env, archive, _ = self.image_cache() if fwf != self.fwf else (None, None, None)

        def worker(java, jar, archive=None, jit=True):
            """The command JvmWorkerLauncher gives a jvm-c2 worker, made afresh for each run: with
            JIT events on, the worker deletes its log's folder once it has the file open."""
            def command():
                flags = ["-Xlog:disable", "-Xlog:all=warning:stderr"]   # HarnessFlags.OUTPUT_FLAGS
                tail = ["--no-jit"]
                if jit:
                    log_file = os.path.join(tempfile.mkdtemp(prefix="fwf-jit-"), "jit.log")
                    # HarnessFlags.jitLogOption: a change there shows here as a worker that fails or has no JIT events.
                    flags.append("-Xlog:jit+compilation=info,nmethod+install=info,deoptimization=debug:"
                                 f'file="{log_file}":tn,ti,tg:filecount=0')
                    tail = ["--jit-log", log_file]
                if archive:
                    flags.append("-XX:SharedArchiveFile=" + archive)
                return ([java] + flags + ["--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                        "-cp", jar, "fwf.worker.WorkerMain", "--workload", "fib", "--variant", "primitive",
                        "--size", "1", "--warmup", "1", "--iterations", "1", "--fork", "0"] + tail)
            return command
        jdk_java, jdk_jar = os.path.join(self.jdk, "bin", "java"), os.path.join(ROOT, "target", "fwf.jar")
        image_java, image_jar = os.path.join(self.image, "bin", "java"), os.path.join(self.image, "app", "fwf.jar")
        if fwf == self.fwf:
            image_java, image_jar = jdk_java, jdk_jar
        run = [fwf, "run", "fib", "--size", "1", "--warmup", "1", "--iterations", "1", "--results", self.journal]
        cases = [("worker alone, JIT events on", worker(image_java, image_jar, archive)),
                 ("worker alone, --no-jit", worker(image_java, image_jar, archive, jit=False)),
                 ("`fwf run fib --size 1`, JIT events on", run),
                 ("`fwf run fib --size 1 --no-jit-events`", run + ["--no-jit-events"]),
                 ("`fwf --version` (the caller's own JVM)", [fwf, "--version"])]
        if fwf != self.fwf:
            # The same worker from the JDK (./fwf's way): its default class-data archive has no program classes.
            cases += [("worker alone from the JDK, JIT events on", worker(jdk_java, jdk_jar)),
                      ("worker alone from the JDK, --no-jit", worker(jdk_java, jdk_jar, jit=False))]
        rows, figures = [], {}
        for label, cmd in cases:
            log(f"timing {label} x{self.s.repeats}...")
            samples = self.repeat(cmd, env)
            median = statistics.median(samples) if samples else None
            figures[label] = {"median_ms": median, "min_ms": min(samples) if samples else None, "samples_ms": samples}
            goal = label.startswith("worker alone,")
            rows.append((label, f"{median:.0f} ms" if median else "-", f"{min(samples):.0f} ms" if samples else "-",
                         (f"< {GOAL_WORKER_MS} ms: " + verdict(median, GOAL_WORKER_MS)) if goal else ""))
        with open(os.path.join(self.raw, "worker-times.json"), "w") as f:
            json.dump(figures, f, indent=1)
        text = (f"Wall time from spawn to exit, median and minimum of {self.s.repeats} runs after a warm one, "
                f"from {where}{' with its class-data archive in the cache (bin/fwf cds)' if archive else ''}. "
                f"The worker alone is the fixed cost every fork pays (JVM start, class loading, reading its JIT "
                f"log when JIT events are on; fib(1) itself takes microseconds), started as JvmWorkerLauncher "
                f"starts it; `fwf run` adds the caller's JVM and picocli.\n\n"
                + table(("what", "median", "min", "goal"), rows))
        self.emit("Fixed cost of one worker", text)
        self.summary["sections"]["worker"] = {"from": where, "cases": figures}

    def window(self):
        rows, figures = [], {}
        image_fwf = os.path.join(self.image, "bin", "fwf")
        size_mb = du_mb(self.image) if os.path.isdir(self.image) else None
        figures["image_mib"] = size_mb
        # du counts KiB; the goal is held in decimal megabytes, the stricter reading of "80 MB".
        size_dec = size_mb * 1.048576 if size_mb else None
        figures["image_mb"] = size_dec
        rows.append(("image size (du)", f"{size_dec:.1f} MB ({size_mb:.1f} MiB)" if size_mb else "no image",
                     f"< {GOAL_IMAGE_MB} MB: {verdict(size_dec, GOAL_IMAGE_MB)}"))
        display = self.args.display
        if not os.access(image_fwf, os.X_OK):
            rows.append(("window start-up", "no image (./fwf package)", ""))
        elif not display:
            rows.append(("window start-up", "no display (install xvfb)", ""))
        else:
            # A journal, settings and cache of its own: the figures should not depend on the user's
            # history, and the first start must really find no class-data archive.
            shutil.rmtree(os.path.join(self.raw, "cache"), ignore_errors=True)
            opts = {"FWF_JAVA_OPTS": "-Dfwf.exitAfterShown=1500 "
                    f"-Dfwf.results={self.raw}/window-results.jsonl -Dfwf.settings={self.raw}/window-settings.json",
                    "DISPLAY": display, "XDG_CACHE_HOME": os.path.join(self.raw, "cache")}
            # The first start: no archive yet (it starts dumping one in the background).
            first = self.first_frame(image_fwf, dict(os.environ, **opts))
            if first:
                figures["first_start_ms"] = first["launch_to_frame_ms"]
                rows.append(("launch to first frame, first start (no class-data archive yet)",
                             f"{first['launch_to_frame_ms']:.0f} ms", ""))
            env, archive, dump_s = self.image_cache()
            env.update(opts)
            if archive:
                archive_mb = os.path.getsize(archive) / 1e6
                figures.update(archive_mb=archive_mb, cds_dump_s=dump_s)
                rows.append(("class-data archive in the user's cache (bin/fwf cds)",
                             f"{archive_mb:.0f} MB, dumped in {dump_s:.1f} s", ""))
            else:
                rows.append(("class-data archive", "bin/fwf cds failed (see the log above)", ""))
            self.first_frame(image_fwf, env)  # warm: files in the page cache
            starts = [r for r in (self.first_frame(image_fwf, env) for _ in range(self.s.repeats)) if r]
            with open(os.path.join(self.raw, "window-startup.json"), "w") as f:
                json.dump({"first": first, "warm": starts}, f, indent=1)
            if starts:
                launch = statistics.median(r["launch_to_frame_ms"] for r in starts)
                rss = statistics.median(r["rss_kb"] for r in starts if r["rss_kb"]) / 1024
                figures.update(launch_to_frame_ms=launch, rss_mb=rss, runs=starts)
                rows.append(("launch to first frame, warm (median)", f"{launch:.0f} ms",
                             f"< {GOAL_WINDOW_MS} ms: {verdict(launch, GOAL_WINDOW_MS)}"))
                rows.append(("resident memory 1 s after the first frame", f"{rss:.0f} MB", ""))
            else:
                rows.append(("window start-up", "no fwf-startup line (see raw/window-*.err)", ""))
        fps = self.graph_fps()
        figures["graph_fps"] = fps
        rows.append(("graph view, frames per second", fps, ""))
        text = (f"From the jlink image target/image, under DISPLAY={display or '-'}, with a cache folder of its own: "
                f"the first start finds no class-data archive; then `bin/fwf cds` dumps it, and the warm figure is "
                f"the median of {self.s.repeats} starts after a warm one. The window reports its first frame "
                f"(`-Dfwf.exitAfterShown`, fwf.app.StartupProbe); launch is when this script spawned bin/fwf.\n\n"
                + table(("what", "figure", "goal"), rows))
        self.emit("Window and image", text)
        self.summary["sections"]["window"] = figures

    def first_frame(self, image_fwf, env):
        """One launch of the image's window: launch-to-frame, JVM uptime, RSS while shown."""
        err_path = os.path.join(self.raw, "window-last.err")
        with open(err_path, "w") as err:
            t0 = time.time_ns()
            proc = subprocess.Popen([image_fwf], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
            line, deadline = None, time.monotonic() + 60
            while line is None and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.02)
                with open(err_path) as f:
                    line = next((l for l in f if l.startswith("fwf-startup ")), None)
            rss = None
            if line is not None:
                time.sleep(1.0)  # let the window settle; the probe keeps it open 1.5 s
                ps = subprocess.run(["ps", "-o", "rss=", "-p", str(proc.pid)], capture_output=True, text=True)
                rss = int(ps.stdout.strip()) if ps.stdout.strip().isdigit() else None
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if line is None:
            shutil.copy(err_path, os.path.join(self.raw, "window-failed.err"))
            log("the window printed no fwf-startup line: see raw/window-failed.err")
            return None
        fields = dict(kv.split("=", 1) for kv in line.split()[1:])
        return {"launch_to_frame_ms": (int(fields["first_frame_epoch_ns"]) - t0) / 1e6,
                "jvm_uptime_ms": int(fields["jvm_uptime_ms"]), "rss_kb": rss}

    def graph_fps(self):
        """bench/graph-fps.sh (the graph view's own benchmark, under its own Xvfb): its fps line."""
        script = os.path.join(ROOT, "bench", "graph-fps.sh")
        if not os.access(script, os.X_OK):
            return "not available yet"
        # Its arguments: graph, search, steps per second, seconds measured (after its 6 s warm-up).
        args = ["ego:0", "NAIVE", "10000", "5" if self.s.quick else "15"]
        log("bench/graph-fps.sh " + " ".join(args) + "...")
        proc = subprocess.run([script] + args, cwd=ROOT, env=dict(os.environ, JAVA_HOME=self.jdk),
                              capture_output=True, text=True)
        with open(os.path.join(self.raw, "graph-fps.txt"), "w") as f:
            f.write(proc.stdout + "\n--- stderr ---\n" + proc.stderr)
        fps = re.search(r"frames with a new step: [0-9,]+ = ([0-9.]+) fps", proc.stdout)
        if proc.returncode != 0 or not fps:
            return f"bench/graph-fps.sh failed ({proc.returncode}): see raw/graph-fps.txt"
        gap = re.search(r"pulse gap ms: median ([0-9.]+), p95 ([0-9.]+)", proc.stdout)
        detail = f"; pulse gap median {gap.group(1)} ms, p95 {gap.group(2)} ms" if gap else ""
        return f"{fps.group(1)} fps (ego:0, naive, 10,000 steps/s{detail}; bench/graph-fps.sh, raw/graph-fps.txt)"

    # ----- the whole

    def environment(self):
        def first(cmd):
            try:
                return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
            except (OSError, IndexError):
                return "?"
        cpu = "?"
        try:
            with open("/proc/cpuinfo") as f:
                cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
        except OSError:
            pass
        return {"date": time.strftime("%Y-%m-%d %H:%M:%S %z"), "cpu": cpu, "cores": os.cpu_count(),
                "load_before": os.getloadavg()[0],
                "jdk": first(["sh", "-c", f"'{self.jdk}/bin/java' -version 2>&1 | sed -n 2p"]),
                "gcc": first(["gcc", "--version"])}

    def run(self):
        os.makedirs(self.raw, exist_ok=True)
        env = self.environment()
        self.summary["environment"] = env
        started = time.monotonic()
        head = (f"# Faster with Friends: benchmark report\n\n{env['date']}, {env['cpu']}, {env['cores']} cores, "
                f"load {env['load_before']:.2f} at the start; {env['jdk']}; {env['gcc']}. "
                f"{'Quick run (--quick): fewer iterations, smaller inputs.' if self.s.quick else 'Full run.'}\n")
        print(head, flush=True)
        self.report.append(head)
        for section in SECTIONS:
            if section in self.args.only:
                getattr(self, section)()
        took = time.monotonic() - started
        tail = (f"Took {took / 60:.1f} min; load {os.getloadavg()[0]:.2f} at the end. Raw results in "
                f"{os.path.relpath(self.raw, ROOT)}/.\n")
        print(tail)
        self.report.append(tail)
        self.summary["seconds"] = round(took, 1)
        with open(os.path.join(self.out, "report.md"), "w") as f:
            f.write("\n".join(self.report))
        with open(os.path.join(self.out, "summary.json"), "w") as f:
            json.dump(self.summary, f, indent=1)
        log(f"wrote {os.path.relpath(self.out, ROOT)}/report.md and summary.json")


def cpu_flags():
    try:
        with open("/proc/cpuinfo") as f:
            return set(next((l.split(":", 1)[1].split() for l in f if l.startswith("flags")), []))
    except OSError:
        return set()


def widest_popcount_vector():
    """Bits of the widest vector this CPU can AND and popcount in one instruction each, and why."""
    flags = cpu_flags()
    if "avx512_vpopcntdq" in flags:
        return 512, "AVX-512 with VPOPCNTQ: 8 words at once"
    if "avx2" in flags:
        return 256, "AVX2, popcount by nibble lookup: 4 words at once"
    return 64, "scalar POPCNT: 1 word at once"


def cpu_mhz():
    try:
        with open("/proc/cpuinfo") as f:
            return next((float(l.split(":", 1)[1]) for l in f if l.startswith("cpu MHz")), None)
    except (OSError, ValueError):
        return None


def du_mb(path):
    out = subprocess.run(["du", "-sk", path], capture_output=True, text=True).stdout.split()
    return int(out[0]) / 1024 if out else None


def main():
    p = argparse.ArgumentParser(prog="./fwf bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="fewer iterations and forks, fib(35), 1,000 graph nodes")
    p.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections: " + ", ".join(SECTIONS))
    p.add_argument("--out", default=os.path.join(ROOT, "target", "bench"), help="where report.md and raw/ go")
    p.add_argument("--graph", default=os.path.join(ROOT, "..", "shared", "data", "facebook_combined.txt"),
                   help="the ego-Facebook edge list")
    p.add_argument("--jdk", required=True, help="the JDK (bench.sh passes ./fwf's)")
    p.add_argument("--display", default=os.environ.get("DISPLAY"), help="X display for the window section")
    args = p.parse_args()
    args.only = [x.strip() for x in args.only.split(",") if x.strip()]
    unknown = [x for x in args.only if x not in SECTIONS]
    if unknown:
        p.error(f"unknown section {', '.join(unknown)}: choose from {', '.join(SECTIONS)}")
    needs_graph = any(x in args.only for x in ("kernels", "overhead"))
    if needs_graph and not os.path.isfile(args.graph):
        p.error(f"graph file {args.graph} is missing (data/download-snap.sh fetches it; --graph FILE)")
    args.graph = os.path.abspath(args.graph)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    Suite(args, Settings(args.quick, args.graph)).run()


if __name__ == "__main__":
    main()
