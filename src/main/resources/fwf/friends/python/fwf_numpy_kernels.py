"""The talk's NumPy example, for the interpreters where NumPy imports.

Kept apart from fwf_kernels.py so that the compiled friends (Cython, mypyc) never see NumPy.
NumPy is imported inside the functions: this module must import where NumPy does not (PyPy
here), and the driver imports NumPy before any timed call, so there it is a lookup in
sys.modules.
"""
GOLDEN_GAMMA = 0x9E3779B97F4A7C15
# Values are made a million at a time: 8 MB of uint64 per temporary instead of 80 MB.
CHUNK = 1 << 20


def splitmix64(numpy, start, stop, seed):
    """The outputs z of SplitMix64 for draws start+1 .. stop (counting from 1) as a uint64 array,
    exactly as fwf.workload.MeanData: the state of draw i is seed + i * 0x9E3779B97F4A7C15
    (mod 2^64), mixed by the two xor-shift-multiply rounds and a last xor-shift."""
    u64 = numpy.uint64
    with numpy.errstate(over="ignore"):
        z = numpy.arange(start + 1, stop + 1, dtype=numpy.uint64) * u64(GOLDEN_GAMMA) + u64(seed)
        z = (z ^ (z >> u64(30))) * u64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> u64(27))) * u64(0x94D049BB133111EB)
        z ^= z >> u64(31)
    return z


def draw_float32(numpy, count, seed):
    """COUNT uniform doubles in [0, 1) drawn from SplitMix64 starting at SEED, each converted to
    float32: double i is (z_i >> 11) * 2^-53 (exact), its float32 the nearest float (round to
    nearest even, as Java's ``(float)``)."""
    values = numpy.empty(count, dtype=numpy.float32)
    scale = 2.0 ** -53
    for start in range(0, count, CHUNK):
        stop = min(count, start + CHUNK)
        doubles = (splitmix64(numpy, start, stop, seed) >> numpy.uint64(11)).astype(numpy.float64) * scale
        values[start:stop] = doubles  # float64 to float32: round to nearest even
    return values


def mean_draw_mean(prepared) -> float:
    """The talk's mean, one round per call: draw COUNT uniform doubles, convert them to float32
    (draw_float32) and take NumPy's mean, all inside the call.

    ``prepared`` is (COUNT, SEED): every call draws from the same start, so every round gives the
    same, checkable answer. NumPy's ``.mean()`` of a float32 array adds the values pairwise in
    float32 and divides by COUNT.
    """
    import numpy
    count, seed = prepared
    return float(draw_float32(numpy, count, seed).mean())


def mean_numpy(data) -> float:
    """NumPy's own mean of a float32 array: its C loops add the values pairwise, in float32."""
    return float(data.mean())
