//! The Rust kernels as a C library for Java's FFM API: the same symbols, signatures and
//! meaning as fwf_kernels.h, so one Java binding calls either library. Built with
//! `rustc -O --crate-type cdylib`.

// Each module is shared with the program, which uses parts the library does not.
#[allow(dead_code)]
mod build_info;
#[allow(dead_code)]
mod kernels;

use std::os::raw::c_char;
use std::slice;

/// The rows of a graph handed over by the caller, borrowed for the call only.
unsafe fn rows<'a>(node_count: i32, offsets: *const i32, neighbours: *const i32) -> (&'a [i32], &'a [i32]) {
    let offsets = slice::from_raw_parts(offsets, node_count as usize + 1);
    let neighbours = slice::from_raw_parts(neighbours, offsets[node_count as usize] as usize);
    (offsets, neighbours)
}

#[no_mangle]
pub extern "C" fn fwf_version() -> *const c_char {
    build_info::VERSION_C.as_ptr() as *const c_char
}

#[no_mangle]
pub extern "C" fn fwf_fib(n: i64) -> i64 {
    kernels::fib(n)
}

#[no_mangle]
pub extern "C" fn fwf_fib_n1_first(n: i64) -> i64 {
    kernels::fib_n1_first(n)
}

/// # Safety
/// offsets has node_count + 1 entries, neighbours offsets[node_count] and order order_count,
/// each a node id below node_count.
#[no_mangle]
pub unsafe extern "C" fn fwf_triangles_naive(node_count: i32, offsets: *const i32, neighbours: *const i32,
                                             order_count: i32, order: *const i32) -> i64 {
    let (offsets, neighbours) = rows(node_count, offsets, neighbours);
    // from_raw_parts wants a non-null pointer even for no elements.
    let order = if order_count == 0 { &[][..] } else { slice::from_raw_parts(order, order_count as usize) };
    kernels::triangles_naive(offsets, neighbours, order)
}

/// # Safety
/// offsets has node_count + 1 entries and neighbours offsets[node_count]; the result is freed
/// with fwf_forward_free.
#[no_mangle]
pub unsafe extern "C" fn fwf_forward_prepare(node_count: i32, offsets: *const i32, neighbours: *const i32) -> *mut kernels::Forward {
    let (offsets, neighbours) = rows(node_count, offsets, neighbours);
    Box::into_raw(Box::new(kernels::Forward::prepare(offsets, neighbours)))
}

/// # Safety
/// prepared comes from fwf_forward_prepare and was not freed.
#[no_mangle]
pub unsafe extern "C" fn fwf_forward_count(prepared: *const kernels::Forward) -> i64 {
    (*prepared).count()
}

/// # Safety
/// prepared comes from fwf_forward_prepare (or is null) and is not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn fwf_forward_free(prepared: *mut kernels::Forward) {
    if !prepared.is_null() {
        drop(Box::from_raw(prepared));
    }
}

/// # Safety
/// data has count values.
#[no_mangle]
pub unsafe extern "C" fn fwf_mean(data: *const f32, count: i64) -> f64 {
    kernels::mean(slice::from_raw_parts(data, count as usize))
}

#[no_mangle]
pub extern "C" fn fwf_fib_looped(n: i64) -> i64 {
    kernels::fib_looped(n)
}

/// # Safety
/// As fwf_triangles_naive's; the result is freed with fwf_hashset_free.
#[no_mangle]
pub unsafe extern "C" fn fwf_hashset_prepare(node_count: i32, offsets: *const i32, neighbours: *const i32,
                                             order_count: i32, order: *const i32) -> *mut kernels::Hashset {
    let (offsets, neighbours) = rows(node_count, offsets, neighbours);
    let order = if order_count == 0 { &[][..] } else { slice::from_raw_parts(order, order_count as usize) };
    Box::into_raw(Box::new(kernels::Hashset::prepare(offsets, neighbours, order)))
}

/// # Safety
/// prepared comes from fwf_hashset_prepare and was not freed.
#[no_mangle]
pub unsafe extern "C" fn fwf_hashset_count(prepared: *const kernels::Hashset) -> i64 {
    (*prepared).count()
}

/// # Safety
/// prepared comes from fwf_hashset_prepare (or is null) and is not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn fwf_hashset_free(prepared: *mut kernels::Hashset) {
    if !prepared.is_null() {
        drop(Box::from_raw(prepared));
    }
}

#[no_mangle]
pub extern "C" fn fwf_bitset_matrix_bytes(node_count: i32) -> i64 {
    kernels::bitset_matrix_bytes(node_count as usize)
}

/// # Safety
/// As fwf_forward_prepare's; null past the 1 GiB limit; the result is freed with fwf_bitset_free.
#[no_mangle]
pub unsafe extern "C" fn fwf_bitset_prepare(node_count: i32, offsets: *const i32, neighbours: *const i32) -> *mut kernels::Bitset {
    if kernels::bitset_matrix_bytes(node_count as usize) > kernels::BITSET_MAX_BYTES {
        return std::ptr::null_mut();
    }
    let (offsets, neighbours) = rows(node_count, offsets, neighbours);
    Box::into_raw(Box::new(kernels::Bitset::over(kernels::Forward::prepare(offsets, neighbours))))
}

/// # Safety
/// prepared comes from fwf_bitset_prepare and was not freed.
#[no_mangle]
pub unsafe extern "C" fn fwf_bitset_count(prepared: *const kernels::Bitset) -> i64 {
    (*prepared).count()
}

/// # Safety
/// prepared comes from fwf_bitset_prepare (or is null) and is not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn fwf_bitset_free(prepared: *mut kernels::Bitset) {
    if !prepared.is_null() {
        drop(Box::from_raw(prepared));
    }
}

/// # Safety
/// As fwf_forward_prepare's; the result is freed with fwf_parallel_free.
#[no_mangle]
pub unsafe extern "C" fn fwf_parallel_prepare(node_count: i32, offsets: *const i32, neighbours: *const i32,
                                              threads: i32) -> *mut kernels::Parallel {
    let (offsets, neighbours) = rows(node_count, offsets, neighbours);
    Box::into_raw(Box::new(kernels::Parallel::prepare(offsets, neighbours, threads.max(1) as usize)))
}

/// # Safety
/// prepared comes from fwf_parallel_prepare and was not freed.
#[no_mangle]
pub unsafe extern "C" fn fwf_parallel_count(prepared: *const kernels::Parallel) -> i64 {
    (*prepared).count()
}

/// # Safety
/// prepared comes from fwf_parallel_prepare and was not freed.
#[no_mangle]
pub unsafe extern "C" fn fwf_parallel_kernel(prepared: *const kernels::Parallel) -> *const c_char {
    let name: &'static [u8] = if (*prepared).kernel_name() == "bitset" { b"bitset\0" } else { b"forward\0" };
    name.as_ptr() as *const c_char
}

/// The estimate it chose its kernel by (0 and 0 past the matrix limit), as fwf_kernels.h's.
///
/// # Safety
/// prepared comes from fwf_parallel_prepare and was not freed; words and merge_steps are writable.
#[no_mangle]
pub unsafe extern "C" fn fwf_parallel_estimate(prepared: *const kernels::Parallel, words: *mut i64,
                                               merge_steps: *mut i64) {
    *words = (*prepared).estimate.words;
    *merge_steps = (*prepared).estimate.merge_steps;
}

/// # Safety
/// prepared comes from fwf_parallel_prepare (or is null) and is not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn fwf_parallel_free(prepared: *mut kernels::Parallel) {
    if !prepared.is_null() {
        drop(Box::from_raw(prepared));
    }
}

#[no_mangle]
pub extern "C" fn fwf_processors() -> i32 {
    kernels::processors() as i32
}

/// # Safety
/// data has count values.
#[no_mangle]
pub unsafe extern "C" fn fwf_mean_parallel(data: *const f32, count: i64, threads: i32) -> f64 {
    kernels::mean_parallel(slice::from_raw_parts(data, count as usize), threads.max(1) as usize)
}

#[no_mangle]
pub extern "C" fn fwf_vector_lanes() -> i32 {
    kernels::VECTOR_LANES as i32
}

/// # Safety
/// data has count values.
#[no_mangle]
pub unsafe extern "C" fn fwf_mean_vector(data: *const f32, count: i64) -> f64 {
    kernels::mean_vector(slice::from_raw_parts(data, count as usize))
}
