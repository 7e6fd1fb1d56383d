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

/*
 * fib(n - 2) + fib(n - 1) with the second call turned into a loop, as Java's "looped":
 * fib(n) = fib(n - 2) + fib(n - 3) + ... + fib(0) + fib(1), one call per term but the last.
 */
int64_t fwf_fib_looped(int64_t n);

/*
 * The talk's loops with hash sets instead of lists, as Java's "hashset": prepare builds one
 * open-addressing set per row (load) and keeps the rows' talk order for iterating; each count
 * makes its visited and neighbors_visited sets afresh. NULL when out of memory.
 */
void *fwf_hashset_prepare(int32_t node_count, const int32_t *offsets, const int32_t *neighbours,
                          int32_t order_count, const int32_t *order);
int64_t fwf_hashset_count(const void *prepared);
void fwf_hashset_free(void *prepared);

/*
 * Java's "bitset": forward's oriented rows as a flat bit matrix, each oriented edge u->v counted
 * by AND and popcount of rows u and v. FWF_BITSET_MAX_BYTES is Java's limit (1 GiB): prepare
 * returns NULL past it, as when out of memory; fwf_bitset_matrix_bytes says which it was.
 */
#define FWF_BITSET_MAX_BYTES (1LL << 30)
int64_t fwf_bitset_matrix_bytes(int32_t node_count);
void *fwf_bitset_prepare(int32_t node_count, const int32_t *offsets, const int32_t *neighbours);
int64_t fwf_bitset_count(const void *prepared);
void fwf_bitset_free(void *prepared);

/*
 * Java's "parallel": the oriented rows cut into FWF_PARALLEL_PARTS node ranges of about equal
 * edge counts, counted by the bitset kernel on threads threads (the caller's included), the
 * parts' counts added in order; by forward's merge when the matrix would pass
 * FWF_BITSET_MAX_BYTES, or when the graph is too sparse for bit rows, as Java's KernelEstimate
 * decides: the words the rows would AND and forward's merge steps at most, the rows chosen from
 * 7 steps per 20 words. fwf_parallel_kernel says which kernel it prepared: "bitset" or "forward";
 * fwf_parallel_estimate gives the two numbers (0 and 0 past the matrix limit, where no estimate
 * is made).
 */
#define FWF_PARALLEL_PARTS 64
#define FWF_STEPS_PER_WORD_NUMERATOR 7
#define FWF_STEPS_PER_WORD_DENOMINATOR 20
void *fwf_parallel_prepare(int32_t node_count, const int32_t *offsets, const int32_t *neighbours, int32_t threads);
int64_t fwf_parallel_count(const void *prepared);
const char *fwf_parallel_kernel(const void *prepared);
void fwf_parallel_estimate(const void *prepared, int64_t *words, int64_t *merge_steps);
void fwf_parallel_free(void *prepared);

/* How many processors this process may run on (its affinity mask): Java's availableProcessors. */
int32_t fwf_processors(void);

/* The mean of count float32 values, summed in a double in order. */
double fwf_mean(const float *data, int64_t count);

/*
 * Java's mean "parallel": chunks of FWF_MEAN_CHUNK values summed in doubles on threads threads
 * (the caller's included), the partial sums added in chunk order, so the answer has the same
 * bits as the loop over each chunk whatever the scheduling.
 */
#define FWF_MEAN_CHUNK (1 << 16)
double fwf_mean_parallel(const float *data, int64_t count, int32_t threads);

/*
 * Java's mean "vector": blocks of FWF_VECTOR_LANES * 256 floats, each summed in two float
 * vectors of the widest width the compiler targets (FWF_VECTOR_LANES floats: 4 for plain
 * x86-64, 8 with AVX, 16 with AVX-512) whose lanes are then added into a double; the tail in
 * whole vectors, then one value at a time.
 */
int32_t fwf_vector_lanes(void);
double fwf_mean_vector(const float *data, int64_t count);

#endif
