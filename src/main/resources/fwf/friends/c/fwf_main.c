/*
 * The C friend: fwf-c WORKLOAD VARIANT SIZE WARMUP ITERATIONS [GRAPH_FILE]
 *
 *   WORKLOAD    fib, triangles or mean
 *   VARIANT     fib: FIB_VARIANTS; triangles: TRIANGLE_VARIANTS; mean: MEAN_VARIANTS (below)
 *   SIZE        fib: n; triangles: keep the first SIZE nodes; mean: how many float32 values;
 *               0 means the default (40, the whole graph, 10,000,000)
 *   WARMUP      warm-up iterations, 0 for adaptive; ITERATIONS measured ones, 0 for adaptive
 *   GRAPH_FILE  the SNAP edge list, for triangles only
 *
 * It speaks fwf.run.WorkerProtocol on stdout (started, loaded, iteration..., finished), and
 * on any error prints a failure line and exits with status 1. Iterations are timed with
 * CLOCK_MONOTONIC; reading the file and building the kernel's structure are not.
 *
 * Its stdin is the parent's lifeline: the caller keeps it open as a pipe it never writes to,
 * and end-of-file there means the caller is gone (killed, even with SIGKILL), so the program
 * exits at once with status 3 instead of computing on for nobody. Only a pipe (or socket) is
 * watched: stdin from /dev/null, a file or a terminal says nothing about the caller.
 */
#define _POSIX_C_SOURCE 200809L
#include "fwf_kernels.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* What this program runs, named as the JVM's catalogue names the same algorithm. */
#define FIB_VARIANTS "recursive, recursive-n1-first, looped"
#define TRIANGLE_VARIANTS "naive, hashset, forward, bitset, parallel"
#define MEAN_VARIANTS "loop, parallel, vector"

/* The adaptive plan, the same in every friend (see fwf_friend.py). */
#define SLOW_NS 1000000000LL
#define PHASE_NS 1000000000LL
#define MIN_WARMUP 5
#define MIN_MEASURED 10
#define SLOW_MEASURED 3
#define MAX_ADAPTIVE 1000

/* The exit status when the parent is gone, as fwf.worker.WorkerMain's EXIT_ORPHANED. */
#define EXIT_ORPHANED 3

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t) t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void json_string(const char *s) {
    putchar('"');
    for (const unsigned char *p = (const unsigned char *) s; *p; p++) {
        switch (*p) {
            case '"': fputs("\\\"", stdout); break;
            case '\\': fputs("\\\\", stdout); break;
            case '\n': fputs("\\n", stdout); break;
            case '\r': fputs("\\r", stdout); break;
            case '\t': fputs("\\t", stdout); break;
            default:
                if (*p < 0x20) {
                    printf("\\u%04x", *p);
                } else {
                    putchar(*p);
                }
        }
    }
    putchar('"');
}

static void fail(const char *format, ...) {
    char message[1024];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    fputs("{\"event\":\"failure\",\"message\":", stdout);
    json_string(message);
    fputs("}\n", stdout);
    fflush(stdout);
    exit(1);
}

static void *checked(void *p) {
    if (p == NULL) {
        fail("out of memory");
    }
    return p;
}

static int64_t parse_count(const char *text, const char *what) {
    char *end;
    errno = 0;
    long long value = strtoll(text, &end, 10);
    if (*text == '\0' || *end != '\0' || errno != 0) {
        fail("%s must be an integer, got '%s'", what, text);
    }
    if (value < 0) {
        fail("%s must be >= 0, got %lld", what, value);
    }
    return value;
}

/* ------------------------------------------------------------------ the parent's lifeline */

/* Blocks on stdin until end-of-file (or an error), then ends the process. _exit, not exit:
 * the main thread may be inside printf, and nobody is left to read what a flush would write. */
static void *watch_parent(void *unused) {
    (void) unused;
    char buffer[256];
    for (;;) {
        ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EINTR)) {
            _exit(EXIT_ORPHANED);
        }
    }
    return NULL;
}

static void start_watchdog(void) {
    struct stat in;
    if (fstat(STDIN_FILENO, &in) != 0 || !(S_ISFIFO(in.st_mode) || S_ISSOCK(in.st_mode))) {
        return;
    }
    pthread_t thread;
    if (pthread_create(&thread, NULL, watch_parent, NULL) != 0) {
        fail("cannot start the thread that watches stdin for the parent's end");
    }
    pthread_detach(thread);
}

/* ------------------------------------------------------------------ the graph */

typedef struct {
    int64_t *keys; /* labels, -1 when empty */
    int32_t *values;
    size_t capacity, size;
} label_map;

static size_t mix_hash(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t) x;
}

static void label_map_init(label_map *m, size_t capacity) {
    m->capacity = capacity;
    m->size = 0;
    m->keys = checked(malloc(sizeof(int64_t) * capacity));
    m->values = checked(malloc(sizeof(int32_t) * capacity));
    memset(m->keys, 0xff, sizeof(int64_t) * capacity);
}

static void label_map_grow(label_map *m);

/* The id of label, numbering a new label next (first appearance order). */
static int32_t label_id(label_map *m, int64_t label) {
    if ((m->size + 1) * 2 > m->capacity) {
        label_map_grow(m);
    }
    size_t i = mix_hash((uint64_t) label) & (m->capacity - 1);
    while (m->keys[i] != -1) {
        if (m->keys[i] == label) {
            return m->values[i];
        }
        i = (i + 1) & (m->capacity - 1);
    }
    m->keys[i] = label;
    m->values[i] = (int32_t) m->size;
    return (int32_t) m->size++;
}

static void label_map_grow(label_map *m) {
    label_map bigger;
    label_map_init(&bigger, m->capacity * 2);
    for (size_t i = 0; i < m->capacity; i++) {
        if (m->keys[i] != -1) {
            size_t j = mix_hash((uint64_t) m->keys[i]) & (bigger.capacity - 1);
            while (bigger.keys[j] != -1) {
                j = (j + 1) & (bigger.capacity - 1);
            }
            bigger.keys[j] = m->keys[i];
            bigger.values[j] = m->values[i];
        }
    }
    bigger.size = m->size;
    free(m->keys);
    free(m->values);
    *m = bigger;
}

typedef struct {
    uint64_t *keys; /* (low << 32 | high) of an edge, 0 when empty: no edge is a self-loop */
    size_t capacity, size;
} edge_set;

/* 1 when the edge is new. */
static int edge_set_add(edge_set *s, uint64_t key) {
    if ((s->size + 1) * 2 > s->capacity) {
        size_t old_capacity = s->capacity;
        uint64_t *old = s->keys;
        s->capacity = old_capacity ? old_capacity * 2 : 1024;
        s->keys = checked(calloc(s->capacity, sizeof(uint64_t)));
        for (size_t i = 0; i < old_capacity; i++) {
            if (old[i] != 0) {
                size_t j = mix_hash(old[i]) & (s->capacity - 1);
                while (s->keys[j] != 0) {
                    j = (j + 1) & (s->capacity - 1);
                }
                s->keys[j] = old[i];
            }
        }
        free(old);
    }
    size_t i = mix_hash(key) & (s->capacity - 1);
    while (s->keys[i] != 0) {
        if (s->keys[i] == key) {
            return 0;
        }
        i = (i + 1) & (s->capacity - 1);
    }
    s->keys[i] = key;
    s->size++;
    return 1;
}

typedef struct {
    int32_t node_count;
    int32_t edge_count;
    int32_t *from, *to;
} edge_list;

static int64_t parse_label(const char *token, const char *path, long line) {
    int64_t value = 0;
    for (const char *p = token; *p; p++) {
        if (*p < '0' || *p > '9') {
            fail("%s:%ld: not a node id: %s", path, line, token);
        }
        value = value * 10 + (*p - '0');
        if (value > INT32_MAX) {
            fail("%s:%ld: node id out of range: %s", path, line, token);
        }
    }
    return value;
}

/* The SNAP edge list as fwf.graph reads it: ids in order of first appearance, self-loops and
 * duplicate edges (either direction) dropped, blank and #/% comment lines skipped. */
static edge_list read_graph(const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fail("cannot read graph %s: %s", path, strerror(errno));
    }
    label_map ids;
    label_map_init(&ids, 1 << 12);
    edge_set seen = {0};
    size_t capacity = 1 << 12;
    edge_list g = {0, 0, checked(malloc(sizeof(int32_t) * capacity)), checked(malloc(sizeof(int32_t) * capacity))};
    char *line = NULL;
    size_t line_capacity = 0;
    long number = 0;
    while (getline(&line, &line_capacity, f) != -1) {
        number++;
        char *tokens[3];
        int count = 0;
        for (char *t = strtok(line, " \t\r\n"); t != NULL; t = strtok(NULL, " \t\r\n")) {
            if (count == 0 && (t[0] == '#' || t[0] == '%')) {
                break;
            }
            if (count < 3) {
                tokens[count] = t;
            }
            count++;
        }
        if (count == 0) {
            continue;
        }
        if (count != 2) {
            fail("%s:%ld: expected two node ids, found %d", path, number, count);
        }
        int32_t u = label_id(&ids, parse_label(tokens[0], path, number));
        int32_t v = label_id(&ids, parse_label(tokens[1], path, number));
        if (u == v) {
            continue;
        }
        uint64_t key = u < v ? ((uint64_t) u << 32 | (uint64_t) v) : ((uint64_t) v << 32 | (uint64_t) u);
        if (!edge_set_add(&seen, key)) {
            continue;
        }
        if ((size_t) g.edge_count == capacity) {
            capacity *= 2;
            g.from = checked(realloc(g.from, sizeof(int32_t) * capacity));
            g.to = checked(realloc(g.to, sizeof(int32_t) * capacity));
        }
        g.from[g.edge_count] = u;
        g.to[g.edge_count++] = v;
    }
    if (ferror(f)) {
        fail("cannot read graph %s: %s", path, strerror(errno));
    }
    fclose(f);
    free(line);
    free(seen.keys);
    free(ids.keys);
    free(ids.values);
    g.node_count = (int32_t) ids.size;
    return g;
}

/* Keep the edges among the first size nodes, in file order. */
static void first_nodes(edge_list *g, int64_t size) {
    if (size == 0 || size == g->node_count) {
        return;
    }
    if (size > g->node_count) {
        fail("size %" PRId64 " is more nodes than the graph has (%d)", size, g->node_count);
    }
    int32_t kept = 0;
    for (int32_t e = 0; e < g->edge_count; e++) {
        if (g->from[e] < size && g->to[e] < size) {
            g->from[kept] = g->from[e];
            g->to[kept++] = g->to[e];
        }
    }
    g->edge_count = kept;
    g->node_count = (int32_t) size;
}

/*
 * The talk's dict as compressed rows, built as its loader built it, in two passes over the
 * edges in file order: first b is appended to a's list for every edge (a, b), then a to b's.
 * order gets the nodes in the order they first received a neighbour (the dict's keys); nodes
 * with no edge are not in it, as they are not in the dict.
 */
static void talk_rows(const edge_list *g, int32_t **offsets_out, int32_t **neighbours_out, int32_t **order_out,
                      int32_t *order_count_out) {
    int32_t n = g->node_count;
    int32_t *offsets = checked(calloc((size_t) n + 1, sizeof(int32_t)));
    int32_t *neighbours = checked(malloc(sizeof(int32_t) * ((size_t) g->edge_count * 2 + 1)));
    int32_t *order = checked(malloc(sizeof(int32_t) * ((size_t) n + 1)));
    for (int32_t e = 0; e < g->edge_count; e++) {
        offsets[g->from[e] + 1]++;
        offsets[g->to[e] + 1]++;
    }
    for (int32_t u = 0; u < n; u++) {
        offsets[u + 1] += offsets[u];
    }
    int32_t *next = checked(malloc(sizeof(int32_t) * ((size_t) n + 1)));
    memcpy(next, offsets, sizeof(int32_t) * ((size_t) n + 1));
    int32_t ordered = 0;
    /* A row still at its start has received nothing yet: this neighbour is its first. */
    for (int32_t e = 0; e < g->edge_count; e++) {
        int32_t a = g->from[e];
        if (next[a] == offsets[a]) {
            order[ordered++] = a;
        }
        neighbours[next[a]++] = g->to[e];
    }
    for (int32_t e = 0; e < g->edge_count; e++) {
        int32_t b = g->to[e];
        if (next[b] == offsets[b]) {
            order[ordered++] = b;
        }
        neighbours[next[b]++] = g->from[e];
    }
    free(next);
    *offsets_out = offsets;
    *neighbours_out = neighbours;
    *order_out = order;
    *order_count_out = ordered;
}

/* ------------------------------------------------------------------ the mean's data */

/* SplitMix64 exactly as fwf.workload.MeanData; (z >> 40) * 2^-24 is exact in a float. */
static float *splitmix_floats(int64_t count, uint64_t seed) {
    float *values = checked(malloc(sizeof(float) * (size_t) count));
    uint64_t state = seed;
    for (int64_t i = 0; i < count; i++) {
        state += 0x9E3779B97F4A7C15ULL;
        uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        values[i] = (float) (z >> 40) * 0x1.0p-24f;
    }
    return values;
}

/* ------------------------------------------------------------------ running */

typedef enum { FIB, FIB_N1_FIRST, FIB_LOOPED, NAIVE, HASHSET, FORWARD, BITSET, PARALLEL, MEAN, MEAN_PARALLEL,
               MEAN_VECTOR } kernel_kind;

typedef struct {
    kernel_kind kind;
    int64_t n;
    int32_t node_count;
    int32_t *offsets, *neighbours;
    int32_t order_count, *order;
    void *handle; /* what the kernel's prepare made: hashset, forward, bitset, parallel */
    int32_t threads;
    float *data;
    int64_t count;
} prepared;

/* Inputs pass through a volatile read every time, so the compiler can neither fold a call
 * nor hoist it out of the timing loop. */
static const prepared *volatile current;
static volatile double sink;

static int64_t iteration_index;

/* One timed call; the line is printed and flushed after the clock stops, so a reader sees
 * each iteration as it ends. */
static int64_t once(int warmup) {
    const prepared *p = current;
    int64_t start = now_ns();
    int64_t ns;
    switch (p->kind) {
        case FIB:
        case FIB_N1_FIRST:
        case FIB_LOOPED: {
            int64_t r = p->kind == FIB ? fwf_fib(p->n) : p->kind == FIB_N1_FIRST ? fwf_fib_n1_first(p->n)
                    : fwf_fib_looped(p->n);
            ns = now_ns() - start;
            printf("{\"event\":\"iteration\",\"index\":%" PRId64 ",\"warmup\":%s,\"ns\":%" PRId64 ",\"answer\":%" PRId64 "}\n",
                   iteration_index++, warmup ? "true" : "false", ns, r);
            break;
        }
        case NAIVE:
        case HASHSET:
        case FORWARD:
        case BITSET:
        case PARALLEL: {
            int64_t r;
            switch (p->kind) {
                case NAIVE:
                    r = fwf_triangles_naive(p->node_count, p->offsets, p->neighbours, p->order_count, p->order);
                    break;
                case HASHSET: r = fwf_hashset_count(p->handle); break;
                case FORWARD: r = fwf_forward_count(p->handle); break;
                case BITSET: r = fwf_bitset_count(p->handle); break;
                default: r = fwf_parallel_count(p->handle); break;
            }
            ns = now_ns() - start;
            if (r < 0) {
                fail("out of memory");
            }
            printf("{\"event\":\"iteration\",\"index\":%" PRId64 ",\"warmup\":%s,\"ns\":%" PRId64 ",\"answer\":%" PRId64 "}\n",
                   iteration_index++, warmup ? "true" : "false", ns, r);
            break;
        }
        case MEAN:
        case MEAN_PARALLEL:
        case MEAN_VECTOR: {
            double r = p->kind == MEAN ? fwf_mean(p->data, p->count)
                    : p->kind == MEAN_PARALLEL ? fwf_mean_parallel(p->data, p->count, p->threads)
                    : fwf_mean_vector(p->data, p->count);
            ns = now_ns() - start;
            sink = r;
            printf("{\"event\":\"iteration\",\"index\":%" PRId64 ",\"warmup\":%s,\"ns\":%" PRId64 ",\"answer\":%.17g}\n",
                   iteration_index++, warmup ? "true" : "false", ns, r);
            break;
        }
        default:
            fail("no kernel");
            return 0;
    }
    fflush(stdout);
    return ns;
}

static void run(int64_t warmup, int64_t iterations) {
    int slow;
    if (warmup > 0) {
        int64_t last = 0;
        for (int64_t i = 0; i < warmup; i++) {
            last = once(1);
        }
        slow = last > SLOW_NS;
    } else {
        int64_t spent = once(1);
        int64_t count = 1;
        slow = spent > SLOW_NS;
        while (!slow && (spent < PHASE_NS || count < MIN_WARMUP) && count < MAX_ADAPTIVE) {
            spent += once(1);
            count++;
        }
    }
    if (iterations > 0) {
        for (int64_t i = 0; i < iterations; i++) {
            once(0);
        }
    } else if (slow) {
        for (int i = 0; i < SLOW_MEASURED; i++) {
            once(0);
        }
    } else {
        int64_t spent = 0, count = 0;
        while ((spent < PHASE_NS || count < MIN_MEASURED) && count < MAX_ADAPTIVE) {
            spent += once(0);
            count++;
        }
    }
}

static void group_thousands(int64_t value, char *out, size_t size) {
    char digits[32];
    snprintf(digits, sizeof digits, "%" PRId64, value);
    size_t len = strlen(digits), j = 0;
    for (size_t i = 0; i < len && j + 2 < size; i++) {
        if (i > 0 && (len - i) % 3 == 0) {
            out[j++] = ',';
        }
        out[j++] = digits[i];
    }
    out[j] = '\0';
}

int main(int argc, char **argv) {
    fputs("{\"event\":\"started\",\"pid\":", stdout);
    printf("%ld,\"version\":", (long) getpid());
    json_string(fwf_version());
    fputs(",\"vm\":\"C\",\"input_arguments\":[", stdout);
    for (int i = 1; i < argc; i++) {
        if (i > 1) {
            putchar(',');
        }
        json_string(argv[i]);
    }
    fputs("]}\n", stdout);
    fflush(stdout);
    start_watchdog();

    if (argc != 6 && argc != 7) {
        fail("usage: WORKLOAD VARIANT SIZE WARMUP ITERATIONS [GRAPH_FILE], got %d arguments", argc - 1);
    }
    const char *workload = argv[1], *variant = argv[2];
    int64_t size = parse_count(argv[3], "SIZE");
    int64_t warmup = parse_count(argv[4], "WARMUP");
    int64_t iterations = parse_count(argv[5], "ITERATIONS");
    const char *graph = argc == 7 ? argv[6] : NULL;

    static prepared p;
    char description[512], note[512] = "", a[32], b[32];
    int64_t read_ns = 0, prepare_ns = 0, effective = 0;
    int64_t start = now_ns();
    if (strcmp(workload, "fib") == 0) {
        if (strcmp(variant, "recursive") == 0) {
            p.kind = FIB;
        } else if (strcmp(variant, "recursive-n1-first") == 0) {
            p.kind = FIB_N1_FIRST;
        } else if (strcmp(variant, "looped") == 0) {
            p.kind = FIB_LOOPED;
        } else {
            fail("C has no variant '%s' of fib (it has: " FIB_VARIANTS ")", variant);
        }
        p.n = size ? size : 40;
        if (p.n > 92) {
            fail("fib(%" PRId64 ") does not fit in 64 bits: n must be <= 92", p.n);
        }
        effective = p.n;
        snprintf(description, sizeof description, "n = %" PRId64, p.n);
        read_ns = now_ns() - start;
    } else if (strcmp(workload, "triangles") == 0) {
        static const char *const names[] = {"naive", "hashset", "forward", "bitset", "parallel"};
        static const kernel_kind kinds[] = {NAIVE, HASHSET, FORWARD, BITSET, PARALLEL};
        int known = 0;
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
            if (strcmp(variant, names[k]) == 0) {
                p.kind = kinds[k];
                known = 1;
            }
        }
        if (!known) {
            fail("C has no variant '%s' of triangles (it has: " TRIANGLE_VARIANTS ")", variant);
        }
        if (graph == NULL) {
            fail("triangles needs a GRAPH_FILE argument");
        }
        edge_list g = read_graph(graph);
        int32_t total = g.node_count;
        first_nodes(&g, size);
        read_ns = now_ns() - start;
        start = now_ns();
        p.node_count = g.node_count;
        /* Java's words for a matrix past its limit: bitset refuses, parallel falls back to forward. */
        int64_t matrix_mib = (fwf_bitset_matrix_bytes(g.node_count) + (1 << 20) - 1) >> 20;
        group_thousands(g.node_count, a, sizeof a);
        group_thousands(matrix_mib, b, sizeof b);
        if (fwf_bitset_matrix_bytes(g.node_count) > FWF_BITSET_MAX_BYTES) {
            if (p.kind == BITSET) {
                fail("bitset refuses %s nodes: its bit matrix would need %s MiB, over the 1 GiB limit;"
                     " use forward for a graph this large", a, b);
            }
            if (p.kind == PARALLEL) {
                snprintf(note, sizeof note, "parallel ran the forward kernel on %d node ranges: a bit matrix for %s"
                         " nodes would need %s MiB, over the 1 GiB limit", FWF_PARALLEL_PARTS, a, b);
            }
        }
        talk_rows(&g, &p.offsets, &p.neighbours, &p.order, &p.order_count);
        switch (p.kind) {
            case HASHSET:
                p.handle = checked(fwf_hashset_prepare(p.node_count, p.offsets, p.neighbours, p.order_count, p.order));
                break;
            case FORWARD: p.handle = checked(fwf_forward_prepare(p.node_count, p.offsets, p.neighbours)); break;
            case BITSET: p.handle = checked(fwf_bitset_prepare(p.node_count, p.offsets, p.neighbours)); break;
            case PARALLEL:
                p.handle = checked(fwf_parallel_prepare(p.node_count, p.offsets, p.neighbours, fwf_processors()));
                if (note[0] == '\0' && strcmp(fwf_parallel_kernel(p.handle), "forward") == 0) {
                    /* KernelEstimate.forwardNote, word for word */
                    int64_t words, merge_steps;
                    fwf_parallel_estimate(p.handle, &words, &merge_steps);
                    group_thousands(merge_steps, a, sizeof a);
                    group_thousands(words, b, sizeof b);
                    snprintf(note, sizeof note, "parallel ran the forward kernel on %d node ranges: this graph is"
                             " too sparse for bit rows (forward's merge takes at most %s steps, the rows %s words;"
                             " rows pay from 0.35 steps a word)", FWF_PARALLEL_PARTS, a, b);
                }
                break;
            default: break;
        }
        prepare_ns = now_ns() - start;
        effective = g.node_count;
        const char *name = strrchr(graph, '/') ? strrchr(graph, '/') + 1 : graph;
        group_thousands(g.node_count, a, sizeof a);
        group_thousands(g.edge_count, b, sizeof b);
        if (g.node_count < total) {
            snprintf(description, sizeof description, "%s [first %d nodes], %s nodes, %s edges", name,
                     g.node_count, a, b);
        } else {
            snprintf(description, sizeof description, "%s, %s nodes, %s edges", name, a, b);
        }
        free(g.from);
        free(g.to);
    } else if (strcmp(workload, "mean") == 0) {
        if (strcmp(variant, "loop") == 0) {
            p.kind = MEAN;
        } else if (strcmp(variant, "parallel") == 0) {
            p.kind = MEAN_PARALLEL;
            p.threads = fwf_processors();
        } else if (strcmp(variant, "vector") == 0) {
            p.kind = MEAN_VECTOR;
        } else {
            fail("C has no variant '%s' of mean (it has: " MEAN_VARIANTS ")", variant);
        }
        p.count = size ? size : 10000000;
        read_ns = now_ns() - start;
        start = now_ns();
        p.data = splitmix_floats(p.count, 42);
        prepare_ns = now_ns() - start;
        effective = p.count;
        group_thousands(p.count, a, sizeof a);
        snprintf(description, sizeof description, "%s float32 values, seed 42", a);
    } else {
        fail("unknown workload '%s' (known: fib, triangles, mean)", workload);
    }
    fputs("{\"event\":\"loaded\",\"input\":", stdout);
    json_string(description);
    printf(",\"size\":%" PRId64 ",\"read_ns\":%" PRId64 ",\"prepare_ns\":%" PRId64, effective, read_ns,
           prepare_ns);
    if (note[0] != '\0') {
        fputs(",\"note\":", stdout);
        json_string(note);
    }
    fputs("}\n", stdout);
    fflush(stdout);
    current = &p;
    run(warmup, iterations);
    puts("{\"event\":\"finished\"}");
    fflush(stdout);
    return 0;
}
