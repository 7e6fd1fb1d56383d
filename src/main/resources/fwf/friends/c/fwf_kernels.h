/*
 * The talk's kernels in C: the functions the C friend times and the shared library that Java
 * calls through FFM (java.lang.foreign). Every symbol has a twin of the same name and meaning
 * in the Rust library (ffm.rs), so one Java binding serves both.
 *
 * Graphs come as compressed sparse rows: the neighbours of node u are
 * neighbours[offsets[u] .. offsets[u+1]), each edge listed in both directions; nodes are
 * numbered 0..node_count-1 in order of first appearance (fwf.workload.EdgeList's invariants).
 * The naive count takes each row in the talk's list order (fwf.workload.Adjacency.talk: the
 * edges where u stands first, in file order, then those where it stands second) and visits the
 * nodes in the order given; forward does not care about either. The library never keeps or
 * frees what it is given.
 */
#ifndef FWF_KERNELS_H
#define FWF_KERNELS_H

#include <stdint.h>

/* "gcc 12.2.0 -O2": the compiler that built the library. */
const char *fwf_version(void);

/* The talk's naive recursive Fibonacci, fib(0) = 0, fib(1) = 1, as it wrote it: fib(n - 2) + fib(n - 1). */
int64_t fwf_fib(int64_t n);

/* The same recursion with the calls swapped: fib(n - 1) + fib(n - 2). */
int64_t fwf_fib_n1_first(int64_t n);

/*
 * The talk's naive triangle count step for step, its Python lists as int arrays searched
 * linearly: the nodes order[0 .. order_count) in that order (the talk's dict keys), each
 * node's row in the talk's list order. Returns -1 when out of memory.
 */
int64_t fwf_triangles_naive(int32_t node_count, const int32_t *offsets, const int32_t *neighbours,
                            int32_t order_count, const int32_t *order);

/*
 * The forward algorithm (as fwf.workload's "forward"): orient each edge towards its
 * higher-degree end, sort the rows, count common out-neighbours by merging. prepare copies
 * what it needs and returns NULL when out of memory; count may be called any number of
 * times; free releases (NULL is allowed).
 */
void *fwf_forward_prepare(int32_t node_count, const int32_t *offsets, const int32_t *neighbours);
int64_t fwf_forward_count(const void *prepared);
void fwf_forward_free(void *prepared);

/* The mean of count float32 values, summed in a double in order. */
double fwf_mean(const float *data, int64_t count);

#endif
