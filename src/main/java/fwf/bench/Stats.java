package fwf.bench;

import java.util.List;

/**
 * Summary statistics over the measured iterations of every fork of a run.
 *
 * @param n        number of measured samples (forks x iterations)
 * @param ci99Ns   half-width of the 99% confidence interval of the mean (Student's t, n-1
 *                 degrees of freedom); NaN when n < 2
 * @param cv       coefficient of variation, stddev / mean
 * @param warnings human sentences: spread too wide to trust (CV > 10%), still warming up
 *                 (measured times trend down)
 */
public record Stats(int n, long minNs, long medianNs, long maxNs, double meanNs, double stddevNs,
                    double ci99Ns, double cv, List<String> warnings) {
    public Stats {
        warnings = List.copyOf(warnings);
    }
}
