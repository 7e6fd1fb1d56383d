package fwf.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Summary statistics over the measured iterations of every fork of a run.
 *
 * @param n        number of measured samples (forks x iterations)
 * @param ci99Ns   half-width of the 99% confidence interval of the mean (Student's t, n-1
 *                 degrees of freedom); NaN when n < 2
 * @param cv       coefficient of variation, stddev / mean (0 when every sample is equal)
 * @param warnings human sentences: spread too wide to trust (CV > 10%), still warming up
 *                 (measured times trend down)
 */
public record Stats(int n, long minNs, long medianNs, long maxNs, double meanNs, double stddevNs,
                    double ci99Ns, double cv, List<String> warnings) {

    /** Above this coefficient of variation the mean is too unstable to compare runs by. */
    public static final double WIDE_CV = 0.10;

    /** Fewest samples for which a "still warming up" verdict means anything (two per third). */
    public static final int TREND_MIN_SAMPLES = 6;

    /**
     * How far the last third's median must sit below the first third's before we call it a
     * trend: smaller drops are within the run-to-run noise of a shared, busy machine.
     */
    public static final double TREND_DROP = 0.05;

    public Stats {
        warnings = List.copyOf(warnings);
    }

    /** These statistics with {@code more} warnings after their own (a kernel's fallback note). */
    public Stats withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Stats(n, minNs, medianNs, maxNs, meanNs, stddevNs, ci99Ns, cv, all);
    }

    /**
     * Computes the statistics of measured iteration times, in the order they were measured
     * (the order matters for the warm-up trend).
     *
     * @throws IllegalArgumentException for an empty list: a run without measured samples has
     *                                  no statistics (its Measurement carries null)
     */
    public static Stats of(List<Long> samplesNs) {
        int n = samplesNs.size();
        if (n == 0) {
            throw new IllegalArgumentException("no measured samples: a run without samples has no statistics");
        }
        long[] sorted = samplesNs.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = mean(samplesNs);
        // Two passes (mean first, then squared deviations) instead of the sum-of-squares
        // shortcut, which cancels catastrophically when the spread is tiny next to the mean.
        double squares = 0;
        for (long x : samplesNs) {
            double d = x - mean;
            squares += d * d;
        }
        double stddev = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        double ci99 = n < 2 ? Double.NaN : StudentT.quantile(0.995, n - 1) * stddev / Math.sqrt(n);
        double cv = stddev == 0 ? 0 : stddev / mean;

        List<String> warnings = new ArrayList<>(2);
        if (cv > WIDE_CV) {
            warnings.add(String.format(Locale.ROOT,
                    "spread is wide: CV %.1f%% (over %d%%), the numbers are hard to trust", cv * 100, Math.round(WIDE_CV * 100)));
        }
        warmupWarning(samplesNs).ifPresent(warnings::add);
        return new Stats(n, sorted[0], median(sorted), sorted[n - 1], mean, stddev, ci99, cv, warnings);
    }

    /**
     * The median of some times (even count: the mean of the two middle values, rounded half
     * up to whole nanoseconds). The runner also uses it for the load time.
     *
     * @throws IllegalArgumentException for an empty list
     */
    public static long median(List<Long> valuesNs) {
        if (valuesNs.isEmpty()) {
            throw new IllegalArgumentException("the median of no values is undefined");
        }
        return median(valuesNs.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        if (n % 2 == 1) {
            return sorted[n / 2];
        }
        long a = sorted[n / 2 - 1];
        long b = sorted[n / 2];
        long gap = b - a; // a <= b, and times are never negative, so this cannot overflow
        return a + gap / 2 + (gap & 1); // the half rounds up
    }

    private static double mean(List<Long> values) {
        // Summing as long is exact, and dividing once keeps the mean as accurate as a double
        // allows; only sums beyond 292 years of nanoseconds need the slow exact path.
        long sum = 0;
        try {
            for (long x : values) {
                sum = Math.addExact(sum, x);
            }
        } catch (ArithmeticException overflow) {
            java.math.BigInteger big = java.math.BigInteger.ZERO;
            for (long x : values) {
                big = big.add(java.math.BigInteger.valueOf(x));
            }
            return new java.math.BigDecimal(big).divide(java.math.BigDecimal.valueOf(values.size()),
                    java.math.MathContext.DECIMAL64).doubleValue();
        }
        return (double) sum / values.size();
    }

    /**
     * Says "still warming up" when the measured series still trends down, which means the
     * warm-up was too short and the mean mixes slow early iterations with fast late ones.
     *
     * <p>The test, and why each part: (1) at least {@value #TREND_MIN_SAMPLES} samples, so each
     * third has two or more; (2) the median of the last third is more than
     * {@value #TREND_DROP} (5%) below the median of the first third: medians of thirds
     * measure the size of the drop while ignoring a lone GC pause or a scheduler hiccup, and
     * 5% is above the noise a busy two-core machine adds; (3) the Spearman rank correlation
     * between position and time is negative: it confirms the series as a whole goes down, so
     * a run that dips in the middle and recovers, or a noisy flat run whose thirds differ by
     * chance, is not blamed on warm-up. Ranks rather than a least-squares slope because one
     * huge outlier would steer a least-squares slope on its own.
     */
    private static Optional<String> warmupWarning(List<Long> samples) {
        int n = samples.size();
        if (n < TREND_MIN_SAMPLES) {
            return Optional.empty();
        }
        int third = n / 3;
        long first = median(samples.subList(0, third));
        long last = median(samples.subList(n - third, n));
        if (last >= (1 - TREND_DROP) * first || rankCovariance(samples) >= 0) {
            return Optional.empty();
        }
        return Optional.of("still warming up: measured times trend down (first third median "
                + Durations.human(first) + ", last third " + Durations.human(last) + ")");
    }

    /**
     * The covariance of position ranks and time ranks (ties get their mean rank). Its sign is
     * the sign of Spearman's rho, which is all the trend test needs.
     */
    static double rankCovariance(List<Long> samples) {
        int n = samples.size();
        double[] ranks = ranks(samples);
        double meanRank = (n + 1) / 2.0; // both rank series have this mean
        double cov = 0;
        for (int i = 0; i < n; i++) {
            cov += (i + 1 - meanRank) * (ranks[i] - meanRank);
        }
        return cov;
    }

    private static double[] ranks(List<Long> samples) {
        int n = samples.size();
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(samples.get(a), samples.get(b)));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && samples.get(order[j + 1]).equals(samples.get(order[i]))) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1; // mean of ranks i+1 .. j+1
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
