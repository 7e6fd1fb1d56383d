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
        let offsets = &self.offsets;
        let targets = &self.targets;
        let mut triangles = 0i64;
        for u in 0..offsets.len() - 1 {
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
}

/// The mean, summed in a double in order.
pub fn mean(data: &[f32]) -> f64 {
    let mut sum = 0.0f64;
    for &value in data {
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
