/* The kernels of fwf_kernels.h; compiled into the C friend and into libfwf_c.so. */
#include "fwf_kernels.h"

#include <stdlib.h>
#include <string.h>

#define FWF_STR2(x) #x
#define FWF_STR(x) FWF_STR2(x)
#ifndef FWF_OPT
#define FWF_OPT -O2
#endif

const char *fwf_version(void) {
#if defined(__clang__)
    return "clang " __clang_version__ " " FWF_STR(FWF_OPT);
#elif defined(__GNUC__)
    return "gcc " __VERSION__ " " FWF_STR(FWF_OPT);
#else
    return "C " FWF_STR(FWF_OPT);
#endif
}

int64_t fwf_fib(int64_t n) {
    if (n <= 1) {
        return n;
    }
    return fwf_fib(n - 2) + fwf_fib(n - 1);
}

int64_t fwf_fib_n1_first(int64_t n) {
    if (n <= 1) {
        return n;
    }
    return fwf_fib_n1_first(n - 1) + fwf_fib_n1_first(n - 2);
}

/* Python's "x in list": a linear search of the first count values. */
static int contains(const int32_t *values, int32_t count, int32_t value) {
    for (int32_t i = 0; i < count; i++) {
        if (values[i] == value) {
            return 1;
        }
    }
    return 0;
}

int64_t fwf_triangles_naive(int32_t node_count, const int32_t *offsets, const int32_t *neighbours,
                            int32_t order_count, const int32_t *order) {
    int32_t max_degree = 0;
    for (int32_t u = 0; u < node_count; u++) {
        int32_t degree = offsets[u + 1] - offsets[u];
        if (degree > max_degree) {
            max_degree = degree;
        }
    }
    /* visited gets one entry per node visited; neighbors_visited one per neighbour of a node. */
    int32_t *visited = malloc(sizeof(int32_t) * (size_t) (order_count > 0 ? order_count : 1));
    int32_t *neighbors_visited = malloc(sizeof(int32_t) * (size_t) (max_degree > 0 ? max_degree : 1));
    if (visited == NULL || neighbors_visited == NULL) {
        free(visited);
        free(neighbors_visited);
        return -1;
    }
    int32_t visited_count = 0;
    int64_t triangles = 0;
    for (int32_t k = 0; k < order_count; k++) {
        int32_t node = order[k];
        int32_t neighbors_visited_count = 0;
        for (int32_t i = offsets[node]; i < offsets[node + 1]; i++) {
            int32_t neighbor = neighbours[i];
            if (!contains(visited, visited_count, neighbor)) {
                for (int32_t j = offsets[neighbor]; j < offsets[neighbor + 1]; j++) {
                    int32_t far = neighbours[j];
                    /* The talk's three tests, in its order, each stopping the next when it fails. */
                    if (!contains(neighbors_visited, neighbors_visited_count, far)
                            && !contains(visited, visited_count, far)
                            && contains(neighbours + offsets[far], offsets[far + 1] - offsets[far], node)) {
                        triangles++;
                    }
                }
            }
            neighbors_visited[neighbors_visited_count++] = neighbor;
        }
        visited[visited_count++] = node;
    }
    free(visited);
    free(neighbors_visited);
    return triangles;
}

typedef struct {
    int32_t node_count;
    int32_t *offsets; /* node_count + 1, in rank space */
    int32_t *targets; /* one entry per edge, ascending within a row */
} forward_graph;

static int compare_int32(const void *a, const void *b) {
    int32_t x = *(const int32_t *) a;
    int32_t y = *(const int32_t *) b;
    return (x > y) - (x < y);
}

void *fwf_forward_prepare(int32_t node_count, const int32_t *offsets, const int32_t *neighbours) {
    int32_t n = node_count;
    int32_t edge_ends = offsets[n];
    forward_graph *g = calloc(1, sizeof(forward_graph));
    int32_t *rank = malloc(sizeof(int32_t) * (size_t) (n + 1));
    int32_t max_degree = 0;
    for (int32_t u = 0; u < n; u++) {
        int32_t d = offsets[u + 1] - offsets[u];
        if (d > max_degree) {
            max_degree = d;
        }
    }
    int32_t *first_rank = calloc((size_t) max_degree + 2, sizeof(int32_t));
    if (g == NULL || rank == NULL || first_rank == NULL) {
        free(g);
        free(rank);
        free(first_rank);
        return NULL;
    }
    g->node_count = n;
    g->offsets = calloc((size_t) n + 1, sizeof(int32_t));
    g->targets = malloc(sizeof(int32_t) * (size_t) (edge_ends / 2 + 1));
    int32_t *next = malloc(sizeof(int32_t) * (size_t) (n + 1));
    if (g->offsets == NULL || g->targets == NULL || next == NULL) {
        free(next);
        free(rank);
        free(first_rank);
        fwf_forward_free(g);
        return NULL;
    }
    /* Rank by degree with a stable counting sort, so ties keep id order, as Java's Csr does. */
    for (int32_t u = 0; u < n; u++) {
        first_rank[offsets[u + 1] - offsets[u] + 1]++;
    }
    for (int32_t d = 0; d <= max_degree; d++) {
        first_rank[d + 1] += first_rank[d];
    }
    for (int32_t u = 0; u < n; u++) {
        rank[u] = first_rank[offsets[u + 1] - offsets[u]]++;
    }
    /* Each edge once (seen from its lower-id end), pointing from lower rank to higher rank. */
    for (int32_t u = 0; u < n; u++) {
        for (int32_t i = offsets[u]; i < offsets[u + 1]; i++) {
            int32_t v = neighbours[i];
            if (u < v) {
                int32_t a = rank[u], b = rank[v];
                g->offsets[(a < b ? a : b) + 1]++;
            }
        }
    }
    for (int32_t r = 0; r < n; r++) {
        g->offsets[r + 1] += g->offsets[r];
    }
    memcpy(next, g->offsets, sizeof(int32_t) * (size_t) n);
    for (int32_t u = 0; u < n; u++) {
        for (int32_t i = offsets[u]; i < offsets[u + 1]; i++) {
            int32_t v = neighbours[i];
            if (u < v) {
                int32_t a = rank[u], b = rank[v];
                g->targets[next[a < b ? a : b]++] = a < b ? b : a;
            }
        }
    }
    for (int32_t r = 0; r < n; r++) {
        qsort(g->targets + g->offsets[r], (size_t) (g->offsets[r + 1] - g->offsets[r]), sizeof(int32_t),
              compare_int32);
    }
    free(next);
    free(rank);
    free(first_rank);
    return g;
}

int64_t fwf_forward_count(const void *prepared) {
    const forward_graph *g = prepared;
    const int32_t *offsets = g->offsets;
    const int32_t *targets = g->targets;
    int64_t triangles = 0;
    for (int32_t u = 0; u < g->node_count; u++) {
        int32_t u_end = offsets[u + 1];
        for (int32_t i = offsets[u]; i < u_end; i++) {
            int32_t v = targets[i];
            /* Row u is sorted and the third corner ranks above v: only the rest of row u can meet row v. */
            int32_t a = i + 1, b = offsets[v], b_end = offsets[v + 1];
            while (a < u_end && b < b_end) {
                int32_t x = targets[a], y = targets[b];
                triangles += x == y;
                a += x <= y;
                b += y <= x;
            }
        }
    }
    return triangles;
}

void fwf_forward_free(void *prepared) {
    forward_graph *g = prepared;
    if (g != NULL) {
        free(g->offsets);
        free(g->targets);
        free(g);
    }
}

double fwf_mean(const float *data, int64_t count) {
    double sum = 0;
    for (int64_t i = 0; i < count; i++) {
        sum += data[i];
    }
    return sum / (double) count;
}
