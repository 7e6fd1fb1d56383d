"""The talk's NumPy example, for the interpreters where NumPy imports.

Kept apart from fwf_kernels.py so that the compiled friends (Cython, mypyc) never see NumPy.
"""


def mean_numpy(data) -> float:
    """NumPy's own mean of a float32 array: its C loops add the values pairwise, in float32."""
    return float(data.mean())
