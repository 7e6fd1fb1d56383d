"""The talk's kernels compiled by Numba's @njit, for Debian's CPython with python3-numba.

The driver (fwf_friend.py) finds WORKLOAD_VARIANT here as for every Python friend. Numba
compiles a function on its first call with the argument types it sees; so each kernel has a
prepare_WORKLOAD_VARIANT hook that converts the driver's Python data into what nopython mode
needs (untimed) and then calls the kernel once on a tiny input, so the compilation is done and
counted in the loaded line's prepare_ns, never in a timed iteration.

What differs from the talk's Python, and why:
- fib: the same recursion on int64 instead of Python ints (no overflow below fib(92)).
- triangles naive: the talk's steps in the talk's order, with arrays in place of the dict and
  lists. Nopython mode cannot take a dict of Python lists; a typed Dict of typed Lists would do,
  but it is no closer (its `in` is the same linear scan) and far slower to build. So the graph
  becomes three int64 arrays: the nodes in the dict's key order, and each node's neighbours in
  its list's order (offsets into one array, at the node's index). `visited` and
  `neighbors_visited` are preallocated arrays with a length, appended to as the talk appends to
  its lists. Every `in` is still a linear scan from the first element, stopping at the first
  match; `node in graph[far]` scans far's neighbours. Ids are dense 0..N-1 here, so graph[x] is
  an index, not a hash lookup: the only step that is cheaper than the talk's.
- mean draw-mean: each call draws the numbers from SplitMix64 (as fwf_numpy_kernels does),
  converts each double to float32 and adds them in a float64 accumulator in one loop; NumPy's
  .mean() of the float32 array adds pairwise in float32. Same values, a sum within 1e-6.
"""
import numba
import numpy
from numba import njit

GOLDEN_GAMMA = 0x9E3779B97F4A7C15
MIX1 = 0xBF58476D1CE4E5B9
MIX2 = 0x94D049BB133111EB
SCALE53 = 2.0 ** -53


# ---------------------------------------------------------------- fib


@njit(cache=False)
def _fib(n):
    if n <= 1:
        return n
    return _fib(n - 2) + _fib(n - 1)


def fib_recursive(n):
    """The talk's order, fib(n - 2) + fib(n - 1), compiled for int64."""
    return int(_fib(n))


def prepare_fib_recursive(n):
    _fib(1)  # compiles, untimed
    return n


@njit(cache=False)
def _fib_n1_first(n):
    if n <= 1:
        return n
    return _fib_n1_first(n - 1) + _fib_n1_first(n - 2)


def fib_recursive_n1_first(n):
    """The two calls swapped, fib(n - 1) + fib(n - 2): does LLVM care? (PyPy's tracing JIT does.)"""
    return int(_fib_n1_first(n))


def prepare_fib_recursive_n1_first(n):
    _fib_n1_first(1)  # compiles, untimed
    return n


# ---------------------------------------------------------------- triangles


@njit(cache=False)
def _contains(values, start, stop, x):
    """The talk's `x in list`: a linear scan from the front, stopping at the first match."""
    for i in range(start, stop):
        if values[i] == x:
            return True
    return False


@njit(cache=False)
def _triangles_naive(order, offsets, neighbours):
    count = order.shape[0]
    visited = numpy.empty(count, numpy.int64)
    visited_len = 0
    neighbors_visited = numpy.empty(neighbours.shape[0], numpy.int64)
    triangles = 0
    for k in range(count):
        node = order[k]
        neighbors_visited_len = 0
        for i in range(offsets[node], offsets[node + 1]):
            neighbor = neighbours[i]
            if not _contains(visited, 0, visited_len, neighbor):
                for j in range(offsets[neighbor], offsets[neighbor + 1]):
                    far = neighbours[j]
                    if (not _contains(neighbors_visited, 0, neighbors_visited_len, far)
                            and not _contains(visited, 0, visited_len, far)
                            and _contains(neighbours, offsets[far], offsets[far + 1], node)):
                        triangles += 1
            neighbors_visited[neighbors_visited_len] = neighbor
            neighbors_visited_len += 1
        visited[visited_len] = node
        visited_len += 1
    return triangles


def as_arrays(graph):
    """The driver's dict (node -> neighbour list) as (order, offsets, neighbours): the keys in
    the dict's order, and node x's neighbours at neighbours[offsets[x]:offsets[x + 1]] in its
    list's order. Node ids are 0..N-1, as the driver numbers them."""
    size = max(graph) + 1 if graph else 0
    order = numpy.fromiter(graph.keys(), dtype=numpy.int64, count=len(graph))
    lengths = numpy.zeros(size + 1, dtype=numpy.int64)
    for node, near in graph.items():
        lengths[node + 1] = len(near)
    offsets = numpy.cumsum(lengths)
    neighbours = numpy.empty(int(offsets[-1]), dtype=numpy.int64)
    for node, near in graph.items():
        neighbours[offsets[node]:offsets[node + 1]] = near
    return order, offsets, neighbours


def triangles_naive(prepared):
    """The talk's naive count step for step, on arrays (see the module's text)."""
    return int(_triangles_naive(*prepared))


def prepare_triangles_naive(graph):
    prepared = as_arrays(graph)
    _triangles_naive(*as_arrays({0: [1, 2], 1: [2, 0], 2: [0, 1]}))  # compiles on a triangle, untimed
    return prepared


@njit(cache=False)
def _forward_count(offsets, targets):
    triangles = 0
    for u in range(offsets.shape[0] - 1):
        u_end = offsets[u + 1]
        for i in range(offsets[u], u_end):
            v = targets[i]
            # Row u is sorted and the third corner ranks above v: only the rest of row u can meet row v.
            a = i + 1
            b = offsets[v]
            b_end = offsets[v + 1]
            while a < u_end and b < b_end:
                x = targets[a]
                y = targets[b]
                if x < y:
                    a += 1
                elif x > y:
                    b += 1
                else:
                    triangles += 1
                    a += 1
                    b += 1
    return triangles


def forward_arrays(graph):
    """As the C friend's fwf_forward_prepare: nodes ranked by degree (a stable sort, so ties keep
    id order), each edge once from lower to higher rank, each row sorted; ids become ranks."""
    order, offsets, neighbours = as_arrays(graph)
    size = offsets.shape[0] - 1
    rank = numpy.empty(size, dtype=numpy.int64)
    rank[numpy.argsort(numpy.diff(offsets), kind="stable")] = numpy.arange(size, dtype=numpy.int64)
    sources = numpy.repeat(numpy.arange(size, dtype=numpy.int64), numpy.diff(offsets))
    keep = sources < neighbours  # each edge once, seen from its lower-id end
    a, b = rank[sources[keep]], rank[neighbours[keep]]
    low, high = numpy.minimum(a, b), numpy.maximum(a, b)
    sort = numpy.lexsort((high, low))
    counts = numpy.bincount(low, minlength=size)
    row_offsets = numpy.zeros(size + 1, dtype=numpy.int64)
    numpy.cumsum(counts, out=row_offsets[1:])
    return row_offsets, high[sort].astype(numpy.int64)


def triangles_forward(prepared):
    """Degree-oriented edges and sorted merge intersection, as Java's forward; the oriented,
    sorted rows are built untimed in the prepare hook, as the C friend does."""
    return int(_forward_count(*prepared))


def prepare_triangles_forward(graph):
    prepared = forward_arrays(graph)
    _forward_count(*forward_arrays({0: [1, 2], 1: [2, 0], 2: [0, 1]}))  # compiles on a triangle, untimed
    return prepared


# ---------------------------------------------------------------- mean


@njit(cache=False)
def _draw_mean(count, seed):
    values = numpy.empty(count, numpy.float32)
    state = numpy.uint64(seed)
    for i in range(count):
        state = state + numpy.uint64(GOLDEN_GAMMA)
        z = state
        z = (z ^ (z >> numpy.uint64(30))) * numpy.uint64(MIX1)
        z = (z ^ (z >> numpy.uint64(27))) * numpy.uint64(MIX2)
        z = z ^ (z >> numpy.uint64(31))
        values[i] = numpy.float32(numpy.float64(z >> numpy.uint64(11)) * SCALE53)
    total = 0.0
    for i in range(count):
        total += numpy.float64(values[i])
    return total / count


def mean_draw_mean(prepared):
    """The talk's mean, one round per call: draw, convert to float32, average, all timed."""
    count, seed = prepared
    return float(_draw_mean(count, seed))


def prepare_mean_draw_mean(prepared):
    """The driver hands (COUNT, SEED) and nothing is drawn before the timed calls; this hook
    only compiles (the prepare time is Numba's compilation)."""
    _draw_mean(1, 1)  # compiles, untimed
    return prepared


@njit(cache=False)
def _mean_loop(values):
    total = 0.0
    for i in range(values.shape[0]):
        total += values[i]
    return total / values.shape[0]


def mean_loop(values):
    """A plain loop into a double accumulator, as Java's loop, over a float64 array."""
    return float(_mean_loop(values))


def prepare_mean_loop(values):
    array = numpy.asarray(values, dtype=numpy.float64)
    _mean_loop(numpy.ones(1, dtype=numpy.float64))  # compiles, untimed
    return array


VERSION = numba.__version__
