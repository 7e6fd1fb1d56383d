package fwf.run;

/**
 * Quantiles of Student's t distribution, for confidence intervals of a mean from few samples.
 *
 * <p>How: the t distribution's tail is a regularized incomplete beta function,
 * {@code P(T > t) = I_x(df/2, 1/2) / 2} with {@code x = df / (df + t^2)}, so the quantile is
 * found by solving that equation for x by bisection (I_x rises monotonically with x, so
 * bisection cannot miss) and converting back to t. The incomplete beta comes from its
 * continued fraction, and ln Gamma from Stirling's series. This is exact to far more digits
 * than a confidence interval needs, for every df, without a table whose gaps would need
 * interpolating. StrictMath, not Math, so the same samples give bit-identical intervals on
 * every machine: exports are compared as text.
 */
public final class StudentT {
    /**
     * Beyond this many degrees of freedom t equals the normal quantile to about 1e-7; capping
     * keeps ln Gamma's arguments where a double still holds their differences precisely.
     */
    private static final int DF_CAP = 10_000_000;
    private static final int MAX_TERMS = 100_000;
    private static final double TINY = 1e-300;
    private static final double EPS = 1e-15;

    private StudentT() {
    }

    /**
     * The value t with {@code P(T <= t) = p} for T with {@code df} degrees of freedom; for a
     * two-sided 99% interval use {@code quantile(0.995, n - 1)}.
     *
     * @throws IllegalArgumentException unless {@code 0 < p < 1} and {@code df >= 1}
     */
    public static double quantile(double p, int df) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a t quantile needs 0 < p < 1, got " + p);
        }
        if (df < 1) {
            throw new IllegalArgumentException("a t quantile needs at least 1 degree of freedom, got " + df);
        }
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -quantile(1 - p, df);
        }
        double nu = Math.min(df, DF_CAP);
        double target = 2 * (1 - p); // I_x(nu/2, 1/2) for the wanted x
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200 && hi - lo > 0; i++) {
            double mid = (lo + hi) / 2;
            if (mid == lo || mid == hi) {
                break;
            }
            if (regularizedBeta(mid, nu / 2, 0.5) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x = (lo + hi) / 2;
        return Math.sqrt(nu * (1 - x) / x);
    }

    /** {@code P(T <= t)} for T with {@code df} degrees of freedom. */
    public static double cdf(double t, int df) {
        if (df < 1) {
            throw new IllegalArgumentException("a t distribution needs at least 1 degree of freedom, got " + df);
        }
        double nu = Math.min(df, DF_CAP);
        double tail = regularizedBeta(nu / (nu + t * t), nu / 2, 0.5) / 2;
        return t >= 0 ? 1 - tail : tail;
    }

    /** The regularized incomplete beta function I_x(a, b) for {@code 0 <= x <= 1}, a, b > 0. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double lnFront = a * StrictMath.log(x) + b * StrictMath.log1p(-x) - lnBeta(a, b);
        // The continued fraction converges fast only left of its mean; right of it, use the
        // symmetry I_x(a, b) = 1 - I_{1-x}(b, a).
        if (x < (a + 1) / (a + b + 2)) {
            return StrictMath.exp(lnFront) / (a * betaFraction(x, a, b));
        }
        return 1 - StrictMath.exp(lnFront) / (b * betaFraction(1 - x, b, a));
    }

    /**
     * Evaluates {@code 1 + d1/(1 + d2/(1 + ...))} of the incomplete beta's continued fraction
     * by the modified Lentz method, where
     * {@code d(2m+1) = -(a+m)(a+b+m)x / ((a+2m)(a+2m+1))} and
     * {@code d(2m) = m(b-m)x / ((a+2m-1)(a+2m))}.
     */
    private static double betaFraction(double x, double a, double b) {
        double f = 1;
        double c = 1;
        double d = 0;
        for (int j = 1; j <= MAX_TERMS; j++) {
            double dj;
            if (j % 2 == 1) {
                int m = (j - 1) / 2;
                dj = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            } else {
                int m = j / 2;
                dj = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            }
            d = 1 + dj * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + dj / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < EPS) {
                return f;
            }
        }
        throw new ArithmeticException("the incomplete beta fraction did not converge for x=" + x + ", a=" + a + ", b=" + b);
    }

    private static double lnBeta(double a, double b) {
        return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
    }

    /**
     * ln Gamma(x) for x > 0: shift x up to at least 15 with Gamma(x) = Gamma(x+1)/x, then
     * Stirling's series, whose next term there is below 1e-16.
     */
    static double lnGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("ln Gamma needs x > 0, got " + x);
        }
        double shift = 1;
        while (x < 15) {
            shift *= x;
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        // Stirling: B(2k) / (2k (2k-1) x^(2k-1)) for k = 1..5
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
        return (x - 0.5) * StrictMath.log(x) - x + 0.5 * StrictMath.log(2 * Math.PI) + series - StrictMath.log(shift);
    }
}
