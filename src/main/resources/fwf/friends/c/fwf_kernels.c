/* The kernels of fwf_kernels.h; compiled into the C friend and into libfwf_c.so. */
#define _GNU_SOURCE /* sched_getaffinity and CPU_COUNT */
#include "fwf_kernels.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* The degree-oriented rows of fwf.workload.Csr: ranks by degree, each edge once from lower rank
 * to higher, rows ascending. NULL when out of memory. */
static forward_graph *orient(int32_t node_count, const int32_t *offsets, const int32_t *neighbours) {
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

void *fwf_forward_prepare(int32_t node_count, const int32_t *offsets, const int32_t *neighbours) {
    return orient(node_count, offsets, neighbours);
}

/* The triangles whose lowest-ranked corner is in [from, to): forward's merge, as ForwardTriangles.count. */
static int64_t forward_range(const forward_graph *g, int32_t from, int32_t to) {
    const int32_t *offsets = g->offsets;
    const int32_t *targets = g->targets;
    int64_t triangles = 0;
    for (int32_t u = from; u < to; u++) {
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

int64_t fwf_forward_count(const void *prepared) {
    const forward_graph *g = prepared;
    return forward_range(g, 0, g->node_count);
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

/* ------------------------------------------------------------------ fib looped */

int64_t fwf_fib_looped(int64_t n) {
    int64_t sum = 0;
    while (n > 1) {
        sum += fwf_fib_looped(n - 2);
        n -= 1;
    }
    return sum + n; /* n is now 1 (or the 0 or 1 it came in as): the last term, fib(n) */
}

/* ------------------------------------------------------------------ hashset */

/*
 * A set of node ids by open addressing with linear probing, at most half full: slots hold ids,
 * -1 when empty. C has no standard set; this is the plainest one, standing in for Java's HashSet.
 */
typedef struct {
    int32_t *slots;
    uint32_t mask; /* capacity - 1, the capacity a power of two */
} int_set;

/* The smallest power of two at least twice count (and at least 2). */
static uint32_t set_capacity(int64_t count) {
    uint32_t capacity = 2;
    while ((int64_t) capacity < 2 * count) {
        capacity <<= 1;
    }
    return capacity;
}

static uint32_t slot_of(int32_t value, uint32_t mask) {
    uint32_t h = (uint32_t) value * 0x9E3779B1u; /* Fibonacci hashing: consecutive ids spread out */
    return (h ^ (h >> 16)) & mask;
}

static int set_contains(const int_set *s, int32_t value) {
    for (uint32_t i = slot_of(value, s->mask);; i = (i + 1) & s->mask) {
        int32_t slot = s->slots[i];
        if (slot == value) {
            return 1;
        }
        if (slot == -1) {
            return 0;
        }
    }
}

static void set_add(int_set *s, int32_t value) {
    uint32_t i = slot_of(value, s->mask);
    while (s->slots[i] != -1) {
        if (s->slots[i] == value) {
            return;
        }
        i = (i + 1) & s->mask;
    }
    s->slots[i] = value;
}

typedef struct {
    int32_t node_count, order_count, max_degree;
    int32_t *offsets, *neighbours, *order; /* copies: the rows in talk order, the dict's keys */
    int64_t *set_start;                    /* node u's set is slots[set_start[u] .. set_start[u + 1]) */
    int32_t *slots;
} hashset_graph;

void fwf_hashset_free(void *prepared) {
    hashset_graph *g = prepared;
    if (g != NULL) {
        free(g->offsets);
        free(g->neighbours);
        free(g->order);
        free(g->set_start);
        free(g->slots);
        free(g);
    }
}

void *fwf_hashset_prepare(int32_t node_count, const int32_t *offsets, const int32_t *neighbours,
                          int32_t order_count, const int32_t *order) {
    int32_t n = node_count;
    hashset_graph *g = calloc(1, sizeof(hashset_graph));
    if (g == NULL) {
        return NULL;
    }
    g->node_count = n;
    g->order_count = order_count;
    g->offsets = malloc(sizeof(int32_t) * ((size_t) n + 1));
    g->neighbours = malloc(sizeof(int32_t) * ((size_t) offsets[n] + 1));
    g->order = malloc(sizeof(int32_t) * ((size_t) order_count + 1));
    g->set_start = malloc(sizeof(int64_t) * ((size_t) n + 1));
    if (g->offsets == NULL || g->neighbours == NULL || g->order == NULL || g->set_start == NULL) {
        fwf_hashset_free(g);
        return NULL;
    }
    memcpy(g->offsets, offsets, sizeof(int32_t) * ((size_t) n + 1));
    memcpy(g->neighbours, neighbours, sizeof(int32_t) * (size_t) offsets[n]);
    memcpy(g->order, order, sizeof(int32_t) * (size_t) order_count);
    g->set_start[0] = 0;
    for (int32_t u = 0; u < n; u++) {
        int32_t degree = offsets[u + 1] - offsets[u];
        if (degree > g->max_degree) {
            g->max_degree = degree;
        }
        g->set_start[u + 1] = g->set_start[u] + set_capacity(degree);
    }
    g->slots = malloc(sizeof(int32_t) * (size_t) g->set_start[n]);
    if (g->slots == NULL) {
        fwf_hashset_free(g);
        return NULL;
    }
    memset(g->slots, 0xff, sizeof(int32_t) * (size_t) g->set_start[n]);
    for (int32_t u = 0; u < n; u++) {
        int_set row = {g->slots + g->set_start[u], (uint32_t) (g->set_start[u + 1] - g->set_start[u] - 1)};
        for (int32_t i = offsets[u]; i < offsets[u + 1]; i++) {
            set_add(&row, neighbours[i]);
        }
    }
    return g;
}

int64_t fwf_hashset_count(const void *prepared) {
    const hashset_graph *g = prepared;
    /* visited ends with every key; neighbors_visited is made afresh for each node, sized for its row. */
    uint32_t visited_capacity = set_capacity(g->order_count);
    uint32_t neighbours_capacity = set_capacity(g->max_degree);
    int_set visited = {malloc(sizeof(int32_t) * visited_capacity), visited_capacity - 1};
    int32_t *neighbours_slots = malloc(sizeof(int32_t) * neighbours_capacity);
    if (visited.slots == NULL || neighbours_slots == NULL) {
        free(visited.slots);
        free(neighbours_slots);
        return -1;
    }
    memset(visited.slots, 0xff, sizeof(int32_t) * visited_capacity);
    const int32_t *offsets = g->offsets, *neighbours = g->neighbours;
    int64_t triangles = 0;
    for (int32_t k = 0; k < g->order_count; k++) {
        int32_t node = g->order[k];
        uint32_t capacity = set_capacity(offsets[node + 1] - offsets[node]);
        int_set neighbors_visited = {neighbours_slots, capacity - 1};
        memset(neighbours_slots, 0xff, sizeof(int32_t) * capacity);
        for (int32_t i = offsets[node]; i < offsets[node + 1]; i++) {
            int32_t neighbor = neighbours[i];
            if (!set_contains(&visited, neighbor)) {
                for (int32_t j = offsets[neighbor]; j < offsets[neighbor + 1]; j++) {
                    int32_t far = neighbours[j];
                    int_set far_row = {g->slots + g->set_start[far],
                                       (uint32_t) (g->set_start[far + 1] - g->set_start[far] - 1)};
                    /* The talk's three tests, in its order, each stopping the next when it fails. */
                    if (!set_contains(&neighbors_visited, far) && !set_contains(&visited, far)
                            && set_contains(&far_row, node)) {
                        triangles++;
                    }
                }
            }
            set_add(&neighbors_visited, neighbor);
        }
        set_add(&visited, node);
    }
    free(visited.slots);
    free(neighbours_slots);
    return triangles;
}

/* ------------------------------------------------------------------ bitset */

typedef struct {
    forward_graph *rows;  /* the oriented rows; row u's bits are bits[u * words_per_row ..] */
    int32_t words_per_row;
    uint64_t *bits;
    int32_t *row_end;     /* one past each row's last non-zero word, so the AND skips the empty tail */
} bitset_graph;

int64_t fwf_bitset_matrix_bytes(int32_t node_count) {
    return (int64_t) node_count * ((node_count + 63) >> 6) * 8;
}

void fwf_bitset_free(void *prepared) {
    bitset_graph *g = prepared;
    if (g != NULL) {
        fwf_forward_free(g->rows);
        free(g->bits);
        free(g->row_end);
        free(g);
    }
}

/* The matrix over already oriented rows, which it takes over (and frees with itself). */
static bitset_graph *bitset_over(forward_graph *rows) {
    int32_t n = rows->node_count;
    bitset_graph *g = calloc(1, sizeof(bitset_graph));
    if (g == NULL) {
        fwf_forward_free(rows);
        return NULL;
    }
    g->rows = rows;
    g->words_per_row = (n + 63) >> 6;
    g->bits = calloc((size_t) n * (size_t) g->words_per_row + 1, sizeof(uint64_t));
    g->row_end = calloc((size_t) n + 1, sizeof(int32_t));
    if (g->bits == NULL || g->row_end == NULL) {
        fwf_bitset_free(g);
        return NULL;
    }
    for (int32_t u = 0; u < n; u++) {
        uint64_t *row = g->bits + (size_t) u * g->words_per_row;
        for (int32_t i = rows->offsets[u]; i < rows->offsets[u + 1]; i++) {
            int32_t v = rows->targets[i];
            row[v >> 6] |= 1ULL << (v & 63);
            /* Rows are sorted, so the last target sets the last word. */
            g->row_end[u] = (v >> 6) + 1;
        }
    }
    return g;
}

void *fwf_bitset_prepare(int32_t node_count, const int32_t *offsets, const int32_t *neighbours) {
    if (fwf_bitset_matrix_bytes(node_count) > FWF_BITSET_MAX_BYTES) {
        return NULL;
    }
    forward_graph *rows = orient(node_count, offsets, neighbours);
    return rows == NULL ? NULL : bitset_over(rows);
}

/* The triangles whose lowest-ranked corner is in [from, to), as BitsetTriangles.count. */
static int64_t bitset_range(const bitset_graph *g, int32_t from, int32_t to) {
    const int32_t *offsets = g->rows->offsets, *targets = g->rows->targets, *row_end = g->row_end;
    const uint64_t *bits = g->bits;
    size_t words = (size_t) g->words_per_row;
    int64_t triangles = 0;
    for (int32_t u = from; u < to; u++) {
        const uint64_t *u_row = bits + (size_t) u * words;
        int32_t u_end = row_end[u];
        for (int32_t i = offsets[u]; i < offsets[u + 1]; i++) {
            int32_t v = targets[i];
            const uint64_t *v_row = bits + (size_t) v * words;
            /* Row v only holds nodes ranked above v, so words before v's own are zero. */
            int32_t end = u_end < row_end[v] ? u_end : row_end[v];
            for (int32_t k = v >> 6; k < end; k++) {
                triangles += __builtin_popcountll(u_row[k] & v_row[k]);
            }
        }
    }
    return triangles;
}

int64_t fwf_bitset_count(const void *prepared) {
    const bitset_graph *g = prepared;
    return bitset_range(g, 0, g->rows->node_count);
}

/* ------------------------------------------------------------------ threads */

int32_t fwf_processors(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        return CPU_COUNT(&set);
    }
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    return online > 0 ? (int32_t) online : 1;
}

/*
 * Tasks 0..tasks-1 run on threads threads, the caller's among them, each thread taking the next
 * task until none is left (as fork/join's workers take tasks); work(context, task) writes its
 * own result. Returns 0, or -1 when no thread could be started and the caller ran them all.
 */
typedef void (*task_fn)(void *context, int32_t task);

typedef struct {
    task_fn work;
    void *context;
    int32_t tasks;
    atomic_int next;
} task_queue;

static void *drain(void *arg) {
    task_queue *q = arg;
    for (int32_t t = atomic_fetch_add(&q->next, 1); t < q->tasks; t = atomic_fetch_add(&q->next, 1)) {
        q->work(q->context, t);
    }
    return NULL;
}

static void run_tasks(task_fn work, void *context, int32_t tasks, int32_t threads) {
    task_queue q = {work, context, tasks, 0};
    int32_t helpers = threads - 1 < tasks - 1 ? threads - 1 : tasks - 1;
    pthread_t ids[256];
    if (helpers > 256) {
        helpers = 256;
    }
    int32_t started = 0;
    for (; started < helpers; started++) {
        if (pthread_create(&ids[started], NULL, drain, &q) != 0) {
            break; /* fewer helpers: the caller drains what is left */
        }
    }
    drain(&q);
    for (int32_t i = 0; i < started; i++) {
        pthread_join(ids[i], NULL);
    }
}

/* ------------------------------------------------------------------ parallel */

typedef struct {
    forward_graph *rows;  /* the forward kernel, when no matrix */
    bitset_graph *bitset; /* the bitset kernel, when its matrix fits and pays */
    int64_t words;        /* the estimate, as KernelEstimate: the rows' words */
    int64_t merge_steps;  /* and forward's merge steps at most */
    int32_t threads;
    int32_t cuts[FWF_PARALLEL_PARTS + 1];
} parallel_graph;

typedef struct {
    const parallel_graph *g;
    int64_t partial[FWF_PARALLEL_PARTS];
} parallel_run;

void fwf_parallel_free(void *prepared) {
    parallel_graph *g = prepared;
    if (g != NULL) {
        if (g->bitset != NULL) {
            fwf_bitset_free(g->bitset); /* frees its rows too */
        } else {
            fwf_forward_free(g->rows);
        }
        free(g);
    }
}

/* KernelEstimate.of: the words bit rows would AND (rows end at their last non-zero word) and
 * forward's merge steps at most, in one pass over the oriented edges. False when out of memory. */
static int estimate(const forward_graph *g, int64_t *words, int64_t *merge_steps) {
    int32_t n = g->node_count;
    const int32_t *offsets = g->offsets, *targets = g->targets;
    int32_t *row_end = calloc((size_t) n + 1, sizeof(int32_t));
    if (row_end == NULL) {
        return 0;
    }
    for (int32_t u = 0; u < n; u++) {
        row_end[u] = offsets[u + 1] > offsets[u] ? (targets[offsets[u + 1] - 1] >> 6) + 1 : 0;
    }
    int64_t w = 0, steps = 0;
    for (int32_t u = 0; u < n; u++) {
        int32_t u_end = offsets[u + 1];
        for (int32_t i = offsets[u]; i < u_end; i++) {
            int32_t v = targets[i];
            int32_t end = row_end[u] < row_end[v] ? row_end[u] : row_end[v];
            w += end > (v >> 6) ? end - (v >> 6) : 0;
            steps += (int64_t) (u_end - i - 1) + (offsets[v + 1] - offsets[v]);
        }
    }
    free(row_end);
    *words = w;
    *merge_steps = steps;
    return 1;
}

void *fwf_parallel_prepare(int32_t node_count, const int32_t *offsets, const int32_t *neighbours, int32_t threads) {
    parallel_graph *g = calloc(1, sizeof(parallel_graph));
    if (g == NULL) {
        return NULL;
    }
    g->threads = threads > 0 ? threads : 1;
    g->rows = orient(node_count, offsets, neighbours);
    if (g->rows == NULL) {
        free(g);
        return NULL;
    }
    /* Cut into ranges of about equal edge counts, as Csr.cutsByEdges: work follows edges. */
    int32_t n = node_count, m = g->rows->offsets[n], u = 0;
    for (int32_t p = 1; p < FWF_PARALLEL_PARTS; p++) {
        int64_t wanted = (int64_t) m * p / FWF_PARALLEL_PARTS;
        while (u < n && g->rows->offsets[u] < wanted) {
            u++;
        }
        g->cuts[p] = u;
    }
    g->cuts[0] = 0;
    g->cuts[FWF_PARALLEL_PARTS] = n;
    if (fwf_bitset_matrix_bytes(node_count) > FWF_BITSET_MAX_BYTES) {
        return g;
    }
    if (!estimate(g->rows, &g->words, &g->merge_steps)) {
        fwf_parallel_free(g);
        return NULL;
    }
    if (g->merge_steps * FWF_STEPS_PER_WORD_DENOMINATOR >= g->words * FWF_STEPS_PER_WORD_NUMERATOR) {
        g->bitset = bitset_over(g->rows);
        if (g->bitset == NULL) { /* bitset_over freed the rows */
            free(g);
            return NULL;
        }
    }
    return g;
}

static void parallel_part(void *context, int32_t part) {
    parallel_run *run = context;
    const parallel_graph *g = run->g;
    int32_t from = g->cuts[part], to = g->cuts[part + 1];
    run->partial[part] = g->bitset != NULL ? bitset_range(g->bitset, from, to) : forward_range(g->rows, from, to);
}

int64_t fwf_parallel_count(const void *prepared) {
    parallel_run run = {prepared, {0}};
    run_tasks(parallel_part, &run, FWF_PARALLEL_PARTS, run.g->threads);
    int64_t triangles = 0;
    for (int32_t p = 0; p < FWF_PARALLEL_PARTS; p++) {
        triangles += run.partial[p];
    }
    return triangles;
}

const char *fwf_parallel_kernel(const void *prepared) {
    const parallel_graph *g = prepared;
    return g->bitset != NULL ? "bitset" : "forward";
}

void fwf_parallel_estimate(const void *prepared, int64_t *words, int64_t *merge_steps) {
    const parallel_graph *g = prepared;
    *words = g->words;
    *merge_steps = g->merge_steps;
}

/* ------------------------------------------------------------------ mean parallel and vector */

typedef struct {
    const float *data;
    int64_t count;
    double *partial;
} mean_run;

static void mean_chunk(void *context, int32_t chunk) {
    mean_run *run = context;
    int64_t from = (int64_t) chunk * FWF_MEAN_CHUNK;
    int64_t to = from + FWF_MEAN_CHUNK < run->count ? from + FWF_MEAN_CHUNK : run->count;
    double sum = 0;
    for (int64_t i = from; i < to; i++) {
        sum += run->data[i];
    }
    run->partial[chunk] = sum;
}

double fwf_mean_parallel(const float *data, int64_t count, int32_t threads) {
    int32_t chunks = (int32_t) ((count + FWF_MEAN_CHUNK - 1) / FWF_MEAN_CHUNK);
    double *partial = malloc(sizeof(double) * ((size_t) chunks + 1));
    if (partial == NULL) {
        return fwf_mean(data, count); /* the same answer, on one thread */
    }
    mean_run run = {data, count, partial};
    run_tasks(mean_chunk, &run, chunks, threads > 0 ? threads : 1);
    double sum = 0;
    for (int32_t c = 0; c < chunks; c++) {
        sum += partial[c];
    }
    free(partial);
    return sum / (double) count;
}

#if defined(__AVX512F__)
#define FWF_VECTOR_LANES 16
#elif defined(__AVX__)
#define FWF_VECTOR_LANES 8
#else
#define FWF_VECTOR_LANES 4
#endif
typedef float float_vector __attribute__((vector_size(FWF_VECTOR_LANES * sizeof(float))));
#define FWF_VECTOR_BLOCK (FWF_VECTOR_LANES * 256)

int32_t fwf_vector_lanes(void) {
    return FWF_VECTOR_LANES;
}

static float_vector load_vector(const float *p) {
    float_vector v;
    memcpy(&v, p, sizeof v); /* unaligned: the compiler makes it one vector load */
    return v;
}

static float add_lanes(float_vector v) {
    float sum = 0;
    for (int l = 0; l < FWF_VECTOR_LANES; l++) {
        sum += v[l];
    }
    return sum;
}

double fwf_mean_vector(const float *data, int64_t count) {
    double sum = 0;
    int64_t i = 0;
    int64_t blocked_end = count - count % FWF_VECTOR_BLOCK;
    for (; i < blocked_end; i += FWF_VECTOR_BLOCK) {
        /* Two accumulators, so one add need not wait for the previous one's result. */
        float_vector even = {0}, odd = {0};
        for (int64_t j = i; j < i + FWF_VECTOR_BLOCK; j += 2 * FWF_VECTOR_LANES) {
            even += load_vector(data + j);
            odd += load_vector(data + j + FWF_VECTOR_LANES);
        }
        sum += add_lanes(even + odd);
    }
    int64_t vector_end = count - count % FWF_VECTOR_LANES;
    if (i < vector_end) {
        float_vector rest = {0};
        for (; i < vector_end; i += FWF_VECTOR_LANES) {
            rest += load_vector(data + i);
        }
        sum += add_lanes(rest);
    }
    for (; i < count; i++) {
        sum += data[i];
    }
    return sum / (double) count;
}
