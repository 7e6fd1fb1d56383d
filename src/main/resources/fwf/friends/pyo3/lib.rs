//! The PyO3 friend: the Rust kernels (kernels.rs, shared with the Rust friend) called from
//! Python. Two ways to hand over the talk's dict. As the talk did (`naive-hashmap`): the timed
//! call itself converts the dict into a Rust HashMap of vectors and counts over it. Or once,
//! untimed, through a prepare_* function the driver calls before timing (`naive`, `forward`,
//! the mean), so the timed calls run entirely in Rust.

#[allow(dead_code)]
mod kernels;

use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::collections::HashMap;

/// The talk's dict converted to compressed rows, nodes by id, and its key order.
#[pyclass]
struct Rows {
    offsets: Vec<i32>,
    neighbours: Vec<i32>,
    order: Vec<i32>,
}

#[pyclass]
struct ForwardGraph {
    forward: kernels::Forward,
}

#[pyclass]
struct Floats {
    data: Vec<f32>,
}

#[pyfunction]
fn fib_recursive(n: i64) -> i64 {
    kernels::fib(n)
}

#[pyfunction]
fn fib_recursive_n1_first(n: i64) -> i64 {
    kernels::fib_n1_first(n)
}

/// Node ids are the dict's keys (0..n-1, nodes without edges absent); each row keeps the
/// list's order, and the nodes are visited in the dict's key order, both as the driver built
/// them (the talk's loading order).
fn rows_from_dict(graph: &PyDict) -> PyResult<Rows> {
    let mut lists: Vec<(usize, Vec<i32>)> = Vec::with_capacity(graph.len());
    let mut order: Vec<i32> = Vec::with_capacity(graph.len());
    let mut node_count = 0;
    for (key, value) in graph.iter() {
        let node: i32 = key.extract()?;
        if node < 0 {
            return Err(PyValueError::new_err(format!("negative node id {}", node)));
        }
        order.push(node);
        let node = node as usize;
        let neighbours: Vec<i32> = value.extract()?;
        node_count = node_count.max(node + 1);
        for &v in &neighbours {
            if v < 0 {
                return Err(PyValueError::new_err(format!("negative node id {}", v)));
            }
            node_count = node_count.max(v as usize + 1);
        }
        lists.push((node, neighbours));
    }
    let mut offsets = vec![0i32; node_count + 1];
    for (node, neighbours) in &lists {
        offsets[node + 1] = neighbours.len() as i32;
    }
    for u in 0..node_count {
        offsets[u + 1] += offsets[u];
    }
    let mut flat = vec![0i32; offsets[node_count] as usize];
    for (node, neighbours) in &lists {
        let start = offsets[*node] as usize;
        flat[start..start + neighbours.len()].copy_from_slice(neighbours);
    }
    Ok(Rows { offsets, neighbours: flat, order })
}

#[pyfunction]
fn prepare_triangles_naive(graph: &PyDict) -> PyResult<Rows> {
    rows_from_dict(graph)
}

#[pyfunction]
fn triangles_naive(rows: PyRef<Rows>) -> i64 {
    kernels::triangles_naive(&rows.offsets, &rows.neighbours, &rows.order)
}

/// The talk's PyO3 kernel: no prepare hook, so the timed call gets the Python dict itself,
/// converts it into a HashMap of vectors (std's, with its default randomly seeded hasher) and
/// runs the naive count over the map's keys in the map's own iteration order, which differs
/// from the dict's and from run to run. The answer does not: each triangle is counted once,
/// from whichever of its corners is visited first.
#[pyfunction]
fn triangles_naive_hashmap(graph: &PyDict) -> PyResult<i64> {
    let graph: HashMap<i64, Vec<i64>> = graph.extract()?;
    // Every neighbour must be a key, as Python's graph[neighbor] would insist; checked once here
    // so the count can index the map without a failure path in its loops.
    for neighbours in graph.values() {
        if let Some(missing) = neighbours.iter().find(|&&n| !graph.contains_key(&n)) {
            return Err(PyKeyError::new_err(*missing));
        }
    }
    Ok(naive_over_map(&graph))
}

/// The talk's naive count step for step over a map, every `in` a linear search of a vector.
fn naive_over_map(graph: &HashMap<i64, Vec<i64>>) -> i64 {
    let mut visited: Vec<i64> = Vec::new();
    let mut triangles = 0i64;
    for node in graph.keys() {
        let mut neighbors_visited: Vec<i64> = Vec::new();
        for neighbor in &graph[node] {
            if !visited.contains(neighbor) {
                for far in &graph[neighbor] {
                    // The talk's three tests, in its order, each stopping the next when it fails.
                    if !neighbors_visited.contains(far) && !visited.contains(far) && graph[far].contains(node) {
                        triangles += 1;
                    }
                }
            }
            neighbors_visited.push(*neighbor);
        }
        visited.push(*node);
    }
    triangles
}

#[pyfunction]
fn prepare_triangles_forward(graph: &PyDict) -> PyResult<ForwardGraph> {
    let rows = rows_from_dict(graph)?;
    Ok(ForwardGraph { forward: kernels::Forward::prepare(&rows.offsets, &rows.neighbours) })
}

#[pyfunction]
fn triangles_forward(graph: PyRef<ForwardGraph>) -> i64 {
    graph.forward.count()
}

#[pyfunction]
fn prepare_mean_loop(data: Vec<f32>) -> Floats {
    Floats { data }
}

#[pyfunction]
fn mean_loop(floats: PyRef<Floats>) -> f64 {
    kernels::mean(&floats.data)
}

#[pymodule]
fn fwf_pyo3(_py: Python, m: &PyModule) -> PyResult<()> {
    m.add_class::<Rows>()?;
    m.add_class::<ForwardGraph>()?;
    m.add_class::<Floats>()?;
    m.add_function(wrap_pyfunction!(fib_recursive, m)?)?;
    m.add_function(wrap_pyfunction!(fib_recursive_n1_first, m)?)?;
    m.add_function(wrap_pyfunction!(prepare_triangles_naive, m)?)?;
    m.add_function(wrap_pyfunction!(triangles_naive, m)?)?;
    m.add_function(wrap_pyfunction!(triangles_naive_hashmap, m)?)?;
    m.add_function(wrap_pyfunction!(prepare_triangles_forward, m)?)?;
    m.add_function(wrap_pyfunction!(triangles_forward, m)?)?;
    m.add_function(wrap_pyfunction!(prepare_mean_loop, m)?)?;
    m.add_function(wrap_pyfunction!(mean_loop, m)?)?;
    Ok(())
}
