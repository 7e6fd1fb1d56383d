//! The talk's kernels in Rust, shared by the Rust friend (main.rs), the FFM library (ffm.rs)
//! and the PyO3 module. Graphs are compressed rows, as in fwf_kernels.h: the neighbours of
//! node u are neighbours[offsets[u]..offsets[u + 1]], each edge both ways; the naive count
//! takes the rows in the talk's list order and the nodes in the talk's key order (talk_rows).

/// The talk's naive recursive Fibonacci, fib(0) = 0, fib(1) = 1, as it wrote it:
/// fib(n - 2) + fib(n - 1).
pub fn fib(n: i64) -> i64 {
    if n <= 1 {
        return n;
    }
    fib(n - 2) + fib(n - 1)
}

/// The same recursion with the calls swapped: fib(n - 1) + fib(n - 2).
pub fn fib_n1_first(n: i64) -> i64 {
    if n <= 1 {
        return n;
    }
    fib_n1_first(n - 1) + fib_n1_first(n - 2)
}

/// Python's `x in list`: a linear search.
fn contains(values: &[i32], value: i32) -> bool {
    values.iter().any(|&v| v == value)
}

/// The talk's naive triangle count step for step, its lists as slices searched linearly:
/// the nodes of `order` in that order, each row in the talk's list order.
pub fn triangles_naive(offsets: &[i32], neighbours: &[i32], order: &[i32]) -> i64 {
    let node_count = offsets.len() - 1;
    let row = |u: usize| &neighbours[offsets[u] as usize..offsets[u + 1] as usize];
    let max_degree = (0..node_count).map(|u| row(u).len()).max().unwrap_or(0);
    let mut visited: Vec<i32> = Vec::with_capacity(order.len());
    let mut neighbors_visited: Vec<i32> = Vec::with_capacity(max_degree);
    let mut triangles = 0i64;
    for &node in order {
        neighbors_visited.clear();
        for &neighbor in row(node as usize) {
            if !contains(&visited, neighbor) {
                for &far in row(neighbor as usize) {
                    // The talk's three tests, in its order, each stopping the next when it fails.
                    if !contains(&neighbors_visited, far) && !contains(&visited, far)
                        && contains(row(far as usize), node) {
                        triangles += 1;
                    }
                }
            }
            neighbors_visited.push(neighbor);
        }
        visited.push(node);
    }
    triangles
}

/// The forward algorithm: edges oriented towards the higher-degree end (ties by id, as Java's
/// Csr ranks them), rows sorted, each triangle found once by merging two rows.
pub struct Forward {
    offsets: Vec<i32>,
    targets: Vec<i32>,
}

impl Forward {
    pub fn prepare(offsets: &[i32], neighbours: &[i32]) -> Forward {
        let n = offsets.len() - 1;
        let degree = |u: usize| (offsets[u + 1] - offsets[u]) as usize;
        let max_degree = (0..n).map(degree).max().unwrap_or(0);
        // A stable counting sort by degree gives each node its rank.
        let mut first_rank = vec![0i32; max_degree + 2];
        for u in 0..n {
            first_rank[degree(u) + 1] += 1;
        }
        for d in 0..=max_degree {
            first_rank[d + 1] += first_rank[d];
        }
        let mut rank = vec![0i32; n];
        for u in 0..n {
            rank[u] = first_rank[degree(u)];
            first_rank[degree(u)] += 1;
        }
        let mut out_offsets = vec![0i32; n + 1];
        for u in 0..n {
            for &v in &neighbours[offsets[u] as usize..offsets[u + 1] as usize] {
                if (u as i32) < v {
                    out_offsets[rank[u].min(rank[v as usize]) as usize + 1] += 1;
                }
            }
        }
        for r in 0..n {
            out_offsets[r + 1] += out_offsets[r];
        }
        let mut targets = vec![0i32; out_offsets[n] as usize];
        let mut next: Vec<i32> = out_offsets[..n].to_vec();
        for u in 0..n {
            for &v in &neighbours[offsets[u] as usize..offsets[u + 1] as usize] {
                if (u as i32) < v {
                    let (a, b) = (rank[u], rank[v as usize]);
                    let low = a.min(b) as usize;
                    targets[next[low] as usize] = a.max(b);
                    next[low] += 1;
                }
            }
        }
        for r in 0..n {
            targets[out_offsets[r] as usize..out_offsets[r + 1] as usize].sort_unstable();
        }
        Forward { offsets: out_offsets, targets }
    }

    pub fn count(&self) -> i64 {
        self.count_range(0, self.offsets.len() - 1)
    }

    /// The triangles whose lowest-ranked corner is in from..to, as ForwardTriangles.count.
    pub fn count_range(&self, from: usize, to: usize) -> i64 {
        let offsets = &self.offsets;
        let targets = &self.targets;
        let mut triangles = 0i64;
        for u in from..to {
            let u_end = offsets[u + 1] as usize;
            for i in offsets[u] as usize..u_end {
                let v = targets[i] as usize;
                // Row u is sorted and the third corner ranks above v: only the rest of row u can meet row v.
                let (mut a, mut b, b_end) = (i + 1, offsets[v] as usize, offsets[v + 1] as usize);
                while a < u_end && b < b_end {
                    let (x, y) = (targets[a], targets[b]);
                    triangles += (x == y) as i64;
                    a += (x <= y) as usize;
                    b += (y <= x) as usize;
                }
            }
        }
        triangles
    }

    fn node_count(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Node boundaries cutting the rows into `parts` ranges of about equal edge counts, as
    /// Csr.cutsByEdges: work follows edges.
    fn cuts_by_edges(&self, parts: usize) -> Vec<usize> {
        let (n, m) = (self.node_count(), *self.offsets.last().unwrap() as i64);
        let mut cuts = vec![0usize; parts + 1];
        let mut u = 0usize;
        for p in 1..parts {
            let wanted = m * p as i64 / parts as i64;
            while u < n && (self.offsets[u] as i64) < wanted {
                u += 1;
            }
            cuts[p] = u;
        }
        cuts[parts] = n;
        cuts
    }
}

/// fib(n - 2) + fib(n - 1) with the second call turned into a loop, as Java's looped:
/// fib(n) = fib(n - 2) + fib(n - 3) + ... + fib(0) + fib(1), one call per term but the last.
pub fn fib_looped(mut n: i64) -> i64 {
    let mut sum = 0i64;
    while n > 1 {
        sum += fib_looped(n - 2);
        n -= 1;
    }
    sum + n // n is now 1 (or the 0 or 1 it came in as): the last term, fib(n)
}

/// The talk's loops with sets instead of lists, as Java's hashset: the standard library's
/// HashSet (SipHash, as Rust ships it) as Java's is java.util.HashSet. prepare builds one set
/// per row (load) and keeps the rows in the talk's order for iterating.
pub struct Hashset {
    offsets: Vec<i32>,
    neighbours: Vec<i32>,
    order: Vec<i32>,
    sets: Vec<std::collections::HashSet<i32>>,
}

impl Hashset {
    pub fn prepare(offsets: &[i32], neighbours: &[i32], order: &[i32]) -> Hashset {
        let n = offsets.len() - 1;
        let sets = (0..n).map(|u| neighbours[offsets[u] as usize..offsets[u + 1] as usize].iter().copied().collect())
            .collect();
        Hashset { offsets: offsets.to_vec(), neighbours: neighbours.to_vec(), order: order.to_vec(), sets }
    }

    pub fn count(&self) -> i64 {
        let row = |u: usize| &self.neighbours[self.offsets[u] as usize..self.offsets[u + 1] as usize];
        let mut visited = std::collections::HashSet::new();
        let mut triangles = 0i64;
        for &node in &self.order {
            let mut neighbors_visited = std::collections::HashSet::new();
            for &neighbor in row(node as usize) {
                if !visited.contains(&neighbor) {
                    for &far in row(neighbor as usize) {
                        // The talk's three tests, in its order, each stopping the next when it fails.
                        if !neighbors_visited.contains(&far) && !visited.contains(&far)
                            && self.sets[far as usize].contains(&node) {
                            triangles += 1;
                        }
                    }
                }
                neighbors_visited.insert(neighbor);
            }
            visited.insert(node);
        }
        triangles
    }
}

/// Java's limit for a bit matrix (1 GiB): bitset refuses past it and parallel falls back to forward.
pub const BITSET_MAX_BYTES: i64 = 1 << 30;

pub fn bitset_matrix_bytes(node_count: usize) -> i64 {
    node_count as i64 * ((node_count as i64 + 63) >> 6) * 8
}

/// Java's bitset: forward's oriented rows as a flat bit matrix; each oriented edge u->v counts
/// popcount(row u AND row v).
pub struct Bitset {
    rows: Forward,
    words_per_row: usize,
    bits: Vec<u64>,
    /// One past each row's last non-zero word, so the AND skips the empty tail.
    row_end: Vec<usize>,
}

impl Bitset {
    /// Over already oriented rows; callers check bitset_matrix_bytes first.
    pub fn over(rows: Forward) -> Bitset {
        let n = rows.node_count();
        let words_per_row = (n + 63) >> 6;
        let mut bits = vec![0u64; n * words_per_row];
        let mut row_end = vec![0usize; n];
        for u in 0..n {
            for &v in &rows.targets[rows.offsets[u] as usize..rows.offsets[u + 1] as usize] {
                let v = v as usize;
                bits[u * words_per_row + (v >> 6)] |= 1u64 << (v & 63);
                // Rows are sorted, so the last target sets the last word.
                row_end[u] = (v >> 6) + 1;
            }
        }
        Bitset { rows, words_per_row, bits, row_end }
    }

    pub fn count(&self) -> i64 {
        self.count_range(0, self.rows.node_count())
    }

    /// The triangles whose lowest-ranked corner is in from..to, as BitsetTriangles.count.
    pub fn count_range(&self, from: usize, to: usize) -> i64 {
        let (offsets, targets, words) = (&self.rows.offsets, &self.rows.targets, self.words_per_row);
        let mut triangles = 0i64;
        for u in from..to {
            let u_row = &self.bits[u * words..(u + 1) * words];
            let u_end = self.row_end[u];
            for &v in &targets[offsets[u] as usize..offsets[u + 1] as usize] {
                let v = v as usize;
                let v_row = &self.bits[v * words..(v + 1) * words];
                // Row v only holds nodes ranked above v, so words before v's own are zero.
                let end = u_end.min(self.row_end[v]);
                for k in (v >> 6)..end {
                    triangles += (u_row[k] & v_row[k]).count_ones() as i64;
                }
            }
        }
        triangles
    }
}

/// How many processors this process may use: Java's availableProcessors.
pub fn processors() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

/// Tasks 0..tasks on `threads` threads, the caller's among them, each taking the next task until
/// none is left (as fork/join's workers take tasks); the results in task order.
fn run_tasks<T: Send + Default + Clone, F: Fn(usize) -> T + Sync>(tasks: usize, threads: usize, work: F) -> Vec<T> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;
    let next = AtomicUsize::new(0);
    let results = Mutex::new(vec![T::default(); tasks]);
    let drain = || loop {
        let t = next.fetch_add(1, Ordering::Relaxed);
        if t >= tasks {
            break;
        }
        let value = work(t);
        results.lock().unwrap()[t] = value;
    };
    std::thread::scope(|scope| {
        for _ in 1..threads.min(tasks).max(1) {
            scope.spawn(drain);
        }
        drain();
    });
    results.into_inner().unwrap()
}

/// Java's parallel: the oriented rows cut into PARALLEL_PARTS ranges of about equal edge counts,
/// counted by the bitset kernel on `threads` threads, the parts' counts added in order; by
/// forward's merge when the matrix would pass BITSET_MAX_BYTES, or when the graph is too sparse
/// for bit rows, as Java's KernelEstimate decides (Estimate below).
pub const PARALLEL_PARTS: usize = 64;

/// Java's KernelEstimate: the words bit rows would AND (rows end at their last non-zero word)
/// and forward's merge steps at most; the rows pay from 7 steps per 20 words.
#[derive(Clone, Copy, Default)]
pub struct Estimate {
    pub words: i64,
    pub merge_steps: i64,
}

impl Estimate {
    pub fn of(rows: &Forward) -> Estimate {
        let (offsets, targets) = (&rows.offsets, &rows.targets);
        let n = rows.node_count();
        let row_end: Vec<i64> = (0..n)
            .map(|u| if offsets[u + 1] > offsets[u] { (targets[offsets[u + 1] as usize - 1] as i64 >> 6) + 1 } else { 0 })
            .collect();
        let (mut words, mut merge_steps) = (0i64, 0i64);
        for u in 0..n {
            let u_end = offsets[u + 1] as usize;
            for i in offsets[u] as usize..u_end {
                let v = targets[i] as usize;
                words += (row_end[u].min(row_end[v]) - (v as i64 >> 6)).max(0);
                merge_steps += (u_end - i - 1) as i64 + (offsets[v + 1] - offsets[v]) as i64;
            }
        }
        Estimate { words, merge_steps }
    }

    pub fn bit_rows_pay(&self) -> bool {
        self.merge_steps * 20 >= self.words * 7
    }
}

pub enum ParallelKernel {
    Bitset(Bitset),
    Forward(Forward),
}

pub struct Parallel {
    pub kernel: ParallelKernel,
    /// The estimate it chose by; none past the matrix limit.
    pub estimate: Estimate,
    cuts: Vec<usize>,
    threads: usize,
}

impl Parallel {
    pub fn prepare(offsets: &[i32], neighbours: &[i32], threads: usize) -> Parallel {
        let n = offsets.len() - 1;
        let rows = Forward::prepare(offsets, neighbours);
        let cuts = rows.cuts_by_edges(PARALLEL_PARTS);
        let estimate = if bitset_matrix_bytes(n) <= BITSET_MAX_BYTES { Estimate::of(&rows) } else { Estimate::default() };
        let kernel = if bitset_matrix_bytes(n) <= BITSET_MAX_BYTES && estimate.bit_rows_pay() {
            ParallelKernel::Bitset(Bitset::over(rows))
        } else {
            ParallelKernel::Forward(rows)
        };
        Parallel { kernel, estimate, cuts, threads: threads.max(1) }
    }

    pub fn kernel_name(&self) -> &'static str {
        match self.kernel {
            ParallelKernel::Bitset(_) => "bitset",
            ParallelKernel::Forward(_) => "forward",
        }
    }

    pub fn count(&self) -> i64 {
        let parts = run_tasks(PARALLEL_PARTS, self.threads, |p| {
            let (from, to) = (self.cuts[p], self.cuts[p + 1]);
            match &self.kernel {
                ParallelKernel::Bitset(b) => b.count_range(from, to),
                ParallelKernel::Forward(f) => f.count_range(from, to),
            }
        });
        parts.iter().sum()
    }
}

/// The mean, summed in a double in order.
pub fn mean(data: &[f32]) -> f64 {
    let mut sum = 0.0f64;
    for &value in data {
        sum += value as f64;
    }
    sum / data.len() as f64
}

/// Java's mean parallel: chunks of MEAN_CHUNK values summed in doubles on `threads` threads,
/// the partial sums added in chunk order, so the answer does not depend on the scheduling.
pub const MEAN_CHUNK: usize = 1 << 16;

pub fn mean_parallel(data: &[f32], threads: usize) -> f64 {
    let chunks = (data.len() + MEAN_CHUNK - 1) / MEAN_CHUNK;
    let partial = run_tasks(chunks, threads, |c| {
        let mut sum = 0.0f64;
        for &value in &data[c * MEAN_CHUNK..((c + 1) * MEAN_CHUNK).min(data.len())] {
            sum += value as f64;
        }
        sum
    });
    partial.iter().fold(0.0f64, |sum, &p| sum + p) / data.len() as f64
}

/// The floats in one SIMD register of the widest width the compiler targets: 4 for plain
/// x86-64 (SSE), 8 with AVX, 16 with AVX-512.
pub const VECTOR_LANES: usize = if cfg!(target_feature = "avx512f") { 16 } else if cfg!(target_feature = "avx") { 8 } else { 4 };
const VECTOR_BLOCK: usize = VECTOR_LANES * 256;

/// Lane-wise adds of arrays of VECTOR_LANES floats, which LLVM compiles to one vector add each
/// (no reassociation needed: each lane keeps its own order).
fn add_into(acc: &mut [f32; VECTOR_LANES], values: &[f32]) {
    for l in 0..VECTOR_LANES {
        acc[l] += values[l];
    }
}

fn add_lanes(v: &[f32; VECTOR_LANES]) -> f32 {
    v.iter().fold(0.0f32, |sum, &x| sum + x)
}

/// Java's mean vector: blocks of VECTOR_LANES * 256 floats, each summed in two float vectors
/// whose lanes are then added into a double; the tail in whole vectors, then one at a time.
pub fn mean_vector(data: &[f32]) -> f64 {
    let mut sum = 0.0f64;
    let mut i = 0;
    let blocked_end = data.len() - data.len() % VECTOR_BLOCK;
    while i < blocked_end {
        // Two accumulators, so one add need not wait for the previous one's result.
        let (mut even, mut odd) = ([0.0f32; VECTOR_LANES], [0.0f32; VECTOR_LANES]);
        for pair in data[i..i + VECTOR_BLOCK].chunks_exact(2 * VECTOR_LANES) {
            add_into(&mut even, &pair[..VECTOR_LANES]);
            add_into(&mut odd, &pair[VECTOR_LANES..]);
        }
        add_into(&mut even, &odd);
        sum += add_lanes(&even) as f64;
        i += VECTOR_BLOCK;
    }
    let vector_end = data.len() - data.len() % VECTOR_LANES;
    if i < vector_end {
        let mut rest = [0.0f32; VECTOR_LANES];
        for v in data[i..vector_end].chunks_exact(VECTOR_LANES) {
            add_into(&mut rest, v);
        }
        sum += add_lanes(&rest) as f64;
        i = vector_end;
    }
    for &value in &data[i..] {
        sum += value as f64;
    }
    sum / data.len() as f64
}

/// SplitMix64 exactly as fwf.workload.MeanData; (z >> 40) * 2^-24 is exact in an f32.
pub fn splitmix_floats(count: usize, seed: u64) -> Vec<f32> {
    let mut values = Vec::with_capacity(count);
    let mut state = seed;
    for _ in 0..count {
        state = state.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^= z >> 31;
        values.push((z >> 40) as f32 * (1.0f32 / 16777216.0));
    }
    values
}

/// The talk's dict as compressed rows, built as its loader built it, in two passes over the
/// edges in file order: first b is appended to a's list for every edge (a, b), then a to b's.
/// Returns (offsets, neighbours, order): order holds the nodes in the order they first received
/// a neighbour (the dict's keys); nodes with no edge are not in it, as they are not in the dict.
pub fn talk_rows(node_count: usize, from: &[i32], to: &[i32]) -> (Vec<i32>, Vec<i32>, Vec<i32>) {
    let mut offsets = vec![0i32; node_count + 1];
    for e in 0..from.len() {
        offsets[from[e] as usize + 1] += 1;
        offsets[to[e] as usize + 1] += 1;
    }
    for u in 0..node_count {
        offsets[u + 1] += offsets[u];
    }
    let mut neighbours = vec![0i32; from.len() * 2];
    let mut next: Vec<i32> = offsets[..node_count].to_vec();
    let mut order = Vec::with_capacity(node_count);
    // A row still at its start has received nothing yet: this neighbour is its first.
    for (&a, &b) in from.iter().zip(to).chain(to.iter().zip(from)) {
        let a = a as usize;
        if next[a] == offsets[a] {
            order.push(a as i32);
        }
        neighbours[next[a] as usize] = b;
        next[a] += 1;
    }
    (offsets, neighbours, order)
}
