//! The PyO3 friend: the Rust kernels (kernels.rs, shared with the Rust friend) called from
//! Python. The driver hands over Python data once, untimed, through the prepare_* functions;
//! the timed calls then run entirely in Rust.

#[allow(dead_code)]
mod kernels;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The talk's dict converted to compressed rows, nodes by id.
#[pyclass]
struct Rows {
    offsets: Vec<i32>,
    neighbours: Vec<i32>,
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

/// Node ids are the dict's keys (0..n-1, nodes without edges absent); each row keeps the
/// list's order, which is file order.
fn rows_from_dict(graph: &PyDict) -> PyResult<Rows> {
    let mut lists: Vec<(usize, Vec<i32>)> = Vec::with_capacity(graph.len());
    let mut node_count = 0;
    for (key, value) in graph.iter() {
        let node: usize = key.extract()?;
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
    Ok(Rows { offsets, neighbours: flat })
}

#[pyfunction]
fn prepare_triangles_naive(graph: &PyDict) -> PyResult<Rows> {
    rows_from_dict(graph)
}

#[pyfunction]
fn triangles_naive(rows: PyRef<Rows>) -> i64 {
    kernels::triangles_naive(&rows.offsets, &rows.neighbours)
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
    m.add_function(wrap_pyfunction!(prepare_triangles_naive, m)?)?;
    m.add_function(wrap_pyfunction!(triangles_naive, m)?)?;
    m.add_function(wrap_pyfunction!(prepare_triangles_forward, m)?)?;
    m.add_function(wrap_pyfunction!(triangles_forward, m)?)?;
    m.add_function(wrap_pyfunction!(prepare_mean_loop, m)?)?;
    m.add_function(wrap_pyfunction!(mean_loop, m)?)?;
    Ok(())
}
