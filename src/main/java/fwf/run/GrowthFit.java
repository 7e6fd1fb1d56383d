package fwf.run;

import fwf.workload.SizeRule;

import java.util.List;
import java.util.Locale;

/**
 * How a cost grows with the size of the input, fitted by least squares to the measured medians.
 * Power law ({@code time ~ edges^k}): the slope of log time against log size, so 1 is linear and
 * 2 quadratic, whatever the constant. Exponential ({@code time ~ b^n}, for fib): the slope of log
 * time against n itself, as the base {@code b = e^slope}. The command line's {@code sweep} and the
 * window's Growth tab both fit with this, so they print the same formula for the same medians.
 *
 * @param power     true for {@code time ~ size^k}, false for {@code time ~ b^size}
 * @param sizeName  the unit the sizes are in ("edges", "nodes", "elements", "n")
 * @param exponent  the fitted k of a power law, or b of an exponential
 * @param points    how many sizes it was fitted to (at least two)
 */
public record GrowthFit(boolean power, String sizeName, double exponent, int points) {

    /** One measured size: the size in the unit of the fit (edges, elements, n) and the median time. */
    public record Point(double size, double seconds) {
    }

    /** The curve the workload's cost follows ({@link SizeRule#cost()}); null for fewer than two distinct sizes. */
    public static GrowthFit of(SizeRule.Cost cost, String sizeName, List<Point> points) {
        return cost == SizeRule.Cost.EXPONENTIAL ? exponential(sizeName, points) : power(sizeName, points);
    }

    /** {@code time ~ edges^k} over points with positive sizes and times; null for fewer than two distinct sizes. */
    public static GrowthFit power(String sizeName, List<Point> points) {
        double[] x = points.stream().mapToDouble(p -> Math.log(p.size())).toArray();
        double[] y = points.stream().mapToDouble(p -> Math.log(p.seconds())).toArray();
        Double slope = slope(x, y);
        return slope == null ? null : new GrowthFit(true, sizeName, slope, points.size());
    }

    /** {@code time ~ b^n}; null for fewer than two distinct sizes. */
    public static GrowthFit exponential(String sizeName, List<Point> points) {
        double[] x = points.stream().mapToDouble(Point::size).toArray();
        double[] y = points.stream().mapToDouble(p -> Math.log(p.seconds())).toArray();
        Double slope = slope(x, y);
        return slope == null ? null : new GrowthFit(false, sizeName, Math.exp(slope), points.size());
    }

    /** The least-squares slope of y against x; null when x takes fewer than two values. */
    static Double slope(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        // Centred sums: no cancellation when the sizes are large and close together.
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? null : sxy / sxx;
    }

    /** "time ~ edges^1.31" or "time ~ 1.618^n". */
    public String formula() {
        return power ? String.format(Locale.ROOT, "time ~ %s^%.2f", sizeName, exponent)
                : String.format(Locale.ROOT, "time ~ %.3f^%s", exponent, sizeName);
    }
}
