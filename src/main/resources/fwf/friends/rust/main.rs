//! The Rust friend: fwf-rust WORKLOAD VARIANT SIZE WARMUP ITERATIONS [GRAPH_FILE]
//!
//! The same arguments, output and exit status as the C friend (fwf_main.c): WORKLOAD is fib,
//! triangles or mean; VARIANT one of FIB_VARIANTS, TRIANGLE_VARIANTS or MEAN_VARIANTS (below),
//! named as the JVM's catalogue names the same algorithm; SIZE 0 means the default; WARMUP and ITERATIONS 0 mean adaptive. It
//! speaks fwf.run.WorkerProtocol on stdout and exits with status 1 after a failure line.
//! Built with `rustc -O`, no crates.
//!
//! Its stdin is the parent's lifeline, as the C friend's: the caller keeps it open as a pipe it
//! never writes to, and end-of-file there means the caller is gone (killed, even with SIGKILL),
//! so the program exits at once with status 3 instead of computing on for nobody. Only a pipe
//! (or socket) is watched: stdin from /dev/null, a file or a terminal says nothing about the caller.

mod build_info;
mod kernels;

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::time::Instant;

const FIB_VARIANTS: &str = "recursive, recursive-n1-first, looped";
const TRIANGLE_VARIANTS: &str = "naive, hashset, forward, bitset, parallel";
const MEAN_VARIANTS: &str = "loop, parallel, vector";

// The adaptive plan, the same in every friend (see fwf_friend.py).
const SLOW_NS: u64 = 1_000_000_000;
const PHASE_NS: u64 = 1_000_000_000;
const MIN_WARMUP: u64 = 5;
const MIN_MEASURED: u64 = 10;
const SLOW_MEASURED: u64 = 3;
const MAX_ADAPTIVE: u64 = 1000;

/// The exit status when the parent is gone, as fwf.worker.WorkerMain's EXIT_ORPHANED.
const EXIT_ORPHANED: i32 = 3;

extern "C" {
    /// libc's _exit: ends the process without running exit handlers or flushing anything,
    /// whatever the main thread is doing (std::process::exit would take stdout's lock to flush).
    fn _exit(status: i32) -> !;
}

/// Blocks on stdin until end-of-file (or an error), then ends the process.
fn start_watchdog() {
    use std::os::unix::fs::FileTypeExt;
    // stat follows /proc's link to what fd 0 is: a pipe shows as a FIFO.
    match std::fs::metadata("/proc/self/fd/0") {
        Ok(m) if m.file_type().is_fifo() || m.file_type().is_socket() => {}
        _ => return,
    }
    let started = std::thread::Builder::new().name("parent-watch".to_string()).spawn(|| {
        let mut buffer = [0u8; 256];
        let mut stdin = std::io::stdin();
        loop {
            match stdin.read(&mut buffer) {
                Ok(0) => unsafe { _exit(EXIT_ORPHANED) },
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => unsafe { _exit(EXIT_ORPHANED) },
            }
        }
    });
    if started.is_err() {
        fail("cannot start the thread that watches stdin for the parent's end");
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn emit(line: &str) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // A closed stdout leaves nobody to tell: stop quietly.
    if writeln!(out, "{}", line).and_then(|_| out.flush()).is_err() {
        std::process::exit(1);
    }
}

fn fail(message: &str) -> ! {
    emit(&format!("{{\"event\":\"failure\",\"message\":{}}}", json_string(message)));
    std::process::exit(1);
}

fn parse_count(text: &str, what: &str) -> u64 {
    match text.parse::<i64>() {
        Ok(v) if v >= 0 => v as u64,
        Ok(v) => fail(&format!("{} must be >= 0, got {}", what, v)),
        Err(_) => fail(&format!("{} must be an integer, got '{}'", what, text)),
    }
}

fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

struct EdgeList {
    node_count: usize,
    from: Vec<i32>,
    to: Vec<i32>,
}

fn parse_label(token: &str, path: &str, line: usize) -> u32 {
    if token.is_empty() || !token.bytes().all(|b| b.is_ascii_digit()) {
        fail(&format!("{}:{}: not a node id: {}", path, line, token));
    }
    match token.parse::<u32>() {
        Ok(v) if v <= i32::MAX as u32 => v,
        _ => fail(&format!("{}:{}: node id out of range: {}", path, line, token)),
    }
}

/// The SNAP edge list as fwf.graph reads it: ids in order of first appearance, self-loops and
/// duplicate edges (either direction) dropped, blank and #/% comment lines skipped.
fn read_graph(path: &str) -> EdgeList {
    let file = File::open(path).unwrap_or_else(|e| fail(&format!("cannot read graph {}: {}", path, io_reason(&e))));
    let mut ids: HashMap<u32, i32> = HashMap::new();
    let mut seen: HashSet<u64> = HashSet::new();
    let (mut from, mut to) = (Vec::new(), Vec::new());
    for (index, line) in BufReader::new(file).split(b'\n').enumerate() {
        let number = index + 1;
        let bytes = line.unwrap_or_else(|e| fail(&format!("cannot read graph {}: {}", path, io_reason(&e))));
        let text = String::from_utf8_lossy(&bytes);
        let tokens: Vec<&str> = text.split(|c| c == ' ' || c == '\t' || c == '\r').filter(|t| !t.is_empty()).collect();
        if tokens.is_empty() || tokens[0].starts_with('#') || tokens[0].starts_with('%') {
            continue;
        }
        if tokens.len() != 2 {
            fail(&format!("{}:{}: expected two node ids, found {}", path, number, tokens.len()));
        }
        let mut pair = [0i32; 2];
        for (k, token) in tokens.iter().enumerate() {
            let label = parse_label(token, path, number);
            let next = ids.len() as i32;
            pair[k] = *ids.entry(label).or_insert(next);
        }
        let (u, v) = (pair[0], pair[1]);
        if u == v {
            continue;
        }
        let key = ((u.min(v) as u64) << 32) | v.max(u) as u64;
        if !seen.insert(key) {
            continue;
        }
        from.push(u);
        to.push(v);
    }
    EdgeList { node_count: ids.len(), from, to }
}

/// "No such file or directory", without Rust's " (os error 2)".
fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn first_nodes(g: EdgeList, size: u64) -> EdgeList {
    if size == 0 || size as usize == g.node_count {
        return g;
    }
    if size as usize > g.node_count {
        fail(&format!("size {} is more nodes than the graph has ({})", size, g.node_count));
    }
    let n = size as i32;
    let (mut from, mut to) = (Vec::new(), Vec::new());
    for e in 0..g.from.len() {
        if g.from[e] < n && g.to[e] < n {
            from.push(g.from[e]);
            to.push(g.to[e]);
        }
    }
    EdgeList { node_count: size as usize, from, to }
}

enum Prepared {
    Fib(i64),
    FibN1First(i64),
    FibLooped(i64),
    Naive(Vec<i32>, Vec<i32>, Vec<i32>),
    Hashset(kernels::Hashset),
    Forward(kernels::Forward),
    Bitset(kernels::Bitset),
    Parallel(kernels::Parallel),
    Mean(Vec<f32>),
    MeanParallel(Vec<f32>, usize),
    MeanVector(Vec<f32>),
}

struct Runner {
    prepared: Prepared,
    index: u64,
}

impl Runner {
    /// One timed call; the input goes through a volatile read so nothing is folded or hoisted.
    fn once(&mut self, warmup: bool) -> u64 {
        let prepared: &Prepared = unsafe { std::ptr::read_volatile(&&self.prepared) };
        let start = Instant::now();
        let answer = match prepared {
            Prepared::Fib(n) => kernels::fib(unsafe { std::ptr::read_volatile(n) }).to_string(),
            Prepared::FibN1First(n) => kernels::fib_n1_first(unsafe { std::ptr::read_volatile(n) }).to_string(),
            Prepared::Naive(offsets, neighbours, order) => {
                kernels::triangles_naive(offsets, neighbours, order).to_string()
            }
            Prepared::FibLooped(n) => kernels::fib_looped(unsafe { std::ptr::read_volatile(n) }).to_string(),
            Prepared::Hashset(hashset) => hashset.count().to_string(),
            Prepared::Forward(forward) => forward.count().to_string(),
            Prepared::Bitset(bitset) => bitset.count().to_string(),
            Prepared::Parallel(parallel) => parallel.count().to_string(),
            Prepared::Mean(data) => format!("{:?}", kernels::mean(data)),
            Prepared::MeanParallel(data, threads) => format!("{:?}", kernels::mean_parallel(data, *threads)),
            Prepared::MeanVector(data) => format!("{:?}", kernels::mean_vector(data)),
        };
        let ns = start.elapsed().as_nanos() as u64;
        emit(&format!("{{\"event\":\"iteration\",\"index\":{},\"warmup\":{},\"ns\":{},\"answer\":{}}}",
                      self.index, warmup, ns, answer));
        self.index += 1;
        ns
    }

    fn run(&mut self, warmup: u64, iterations: u64) {
        let slow;
        if warmup > 0 {
            let mut last = 0;
            for _ in 0..warmup {
                last = self.once(true);
            }
            slow = last > SLOW_NS;
        } else {
            let mut spent = self.once(true);
            let mut count = 1;
            slow = spent > SLOW_NS;
            while !slow && (spent < PHASE_NS || count < MIN_WARMUP) && count < MAX_ADAPTIVE {
                spent += self.once(true);
                count += 1;
            }
        }
        if iterations > 0 {
            for _ in 0..iterations {
                self.once(false);
            }
        } else if slow {
            for _ in 0..SLOW_MEASURED {
                self.once(false);
            }
        } else {
            let (mut spent, mut count) = (0, 0);
            while (spent < PHASE_NS || count < MIN_MEASURED) && count < MAX_ADAPTIVE {
                spent += self.once(false);
                count += 1;
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quoted: Vec<String> = args.iter().map(|a| json_string(a)).collect();
    emit(&format!("{{\"event\":\"started\",\"pid\":{},\"version\":{},\"vm\":\"Rust\",\"input_arguments\":[{}]}}",
                  std::process::id(), json_string(build_info::VERSION), quoted.join(",")));
    start_watchdog();
    if args.len() != 5 && args.len() != 6 {
        fail(&format!("usage: WORKLOAD VARIANT SIZE WARMUP ITERATIONS [GRAPH_FILE], got {} arguments", args.len()));
    }
    let (workload, variant) = (args[0].as_str(), args[1].as_str());
    let size = parse_count(&args[2], "SIZE");
    let warmup = parse_count(&args[3], "WARMUP");
    let iterations = parse_count(&args[4], "ITERATIONS");
    let graph = args.get(5);

    let start = Instant::now();
    let mut note = String::new();
    let (prepared, description, effective, read_ns, prepare_ns) = match workload {
        "fib" => {
            if !FIB_VARIANTS.split(", ").any(|v| v == variant) {
                fail(&format!("Rust has no variant '{}' of fib (it has: {})", variant, FIB_VARIANTS));
            }
            let n = if size == 0 { 40 } else { size };
            if n > 92 {
                fail(&format!("fib({}) does not fit in 64 bits: n must be <= 92", n));
            }
            let prepared = match variant {
                "recursive" => Prepared::Fib(n as i64),
                "recursive-n1-first" => Prepared::FibN1First(n as i64),
                _ => Prepared::FibLooped(n as i64),
            };
            (prepared, format!("n = {}", n), n, start.elapsed().as_nanos(), 0)
        }
        "triangles" => {
            if !TRIANGLE_VARIANTS.split(", ").any(|v| v == variant) {
                fail(&format!("Rust has no variant '{}' of triangles (it has: {})", variant, TRIANGLE_VARIANTS));
            }
            let path = graph.unwrap_or_else(|| fail("triangles needs a GRAPH_FILE argument"));
            let full = read_graph(path);
            let total = full.node_count;
            let g = first_nodes(full, size);
            let read_ns = start.elapsed().as_nanos();
            // Java's words for a matrix past its limit: bitset refuses, parallel falls back to forward.
            let mib = (kernels::bitset_matrix_bytes(g.node_count) + (1 << 20) - 1) >> 20;
            if variant == "bitset" && kernels::bitset_matrix_bytes(g.node_count) > kernels::BITSET_MAX_BYTES {
                fail(&format!("bitset refuses {} nodes: its bit matrix would need {} MiB, over the 1 GiB limit; \
                               use forward for a graph this large", grouped(g.node_count as u64), grouped(mib as u64)));
            }
            let prepare = Instant::now();
            let (offsets, neighbours, order) = kernels::talk_rows(g.node_count, &g.from, &g.to);
            let prepared = match variant {
                "naive" => Prepared::Naive(offsets, neighbours, order),
                "hashset" => Prepared::Hashset(kernels::Hashset::prepare(&offsets, &neighbours, &order)),
                "forward" => Prepared::Forward(kernels::Forward::prepare(&offsets, &neighbours)),
                "bitset" => Prepared::Bitset(kernels::Bitset::over(kernels::Forward::prepare(&offsets, &neighbours))),
                _ => {
                    let parallel = kernels::Parallel::prepare(&offsets, &neighbours, kernels::processors());
                    if parallel.kernel_name() == "forward" && kernels::bitset_matrix_bytes(g.node_count) > kernels::BITSET_MAX_BYTES {
                        note = format!("parallel ran the forward kernel on {} node ranges: a bit matrix for {} nodes \
                                        would need {} MiB, over the 1 GiB limit", kernels::PARALLEL_PARTS,
                                       grouped(g.node_count as u64), grouped(mib as u64));
                    } else if parallel.kernel_name() == "forward" {
                        // KernelEstimate.forwardNote, word for word
                        note = format!("parallel ran the forward kernel on {} node ranges: this graph is too sparse \
                                        for bit rows (forward's merge takes at most {} steps, the rows {} words; rows \
                                        pay from 0.35 steps a word)", kernels::PARALLEL_PARTS,
                                       grouped(parallel.estimate.merge_steps as u64), grouped(parallel.estimate.words as u64));
                    }
                    Prepared::Parallel(parallel)
                }
            };
            let prepare_ns = prepare.elapsed().as_nanos();
            let mut name = path.rsplit('/').next().unwrap_or(path).to_string();
            if g.node_count < total {
                name.push_str(&format!(" [first {} nodes]", g.node_count));
            }
            let description = format!("{}, {} nodes, {} edges", name, grouped(g.node_count as u64), grouped(g.from.len() as u64));
            (prepared, description, g.node_count as u64, read_ns, prepare_ns)
        }
        "mean" => {
            if !MEAN_VARIANTS.split(", ").any(|v| v == variant) {
                fail(&format!("Rust has no variant '{}' of mean (it has: {})", variant, MEAN_VARIANTS));
            }
            let count = if size == 0 { 10_000_000 } else { size };
            let read_ns = start.elapsed().as_nanos();
            let prepare = Instant::now();
            let data = kernels::splitmix_floats(count as usize, 42);
            let description = format!("{} float32 values, seed 42", grouped(count));
            let prepared = match variant {
                "loop" => Prepared::Mean(data),
                "parallel" => Prepared::MeanParallel(data, kernels::processors()),
                _ => Prepared::MeanVector(data),
            };
            (prepared, description, count, read_ns, prepare.elapsed().as_nanos())
        }
        other => fail(&format!("unknown workload '{}' (known: fib, triangles, mean)", other)),
    };
    let note = if note.is_empty() { String::new() } else { format!(",\"note\":{}", json_string(&note)) };
    emit(&format!("{{\"event\":\"loaded\",\"input\":{},\"size\":{},\"read_ns\":{},\"prepare_ns\":{}{}}}",
                  json_string(&description), effective, read_ns, prepare_ns, note));
    let mut runner = Runner { prepared, index: 0 };
    runner.run(warmup, iterations);
    emit("{\"event\":\"finished\"}");
}
