package fwf.chart;

import fwf.run.GrowthFit;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.workload.Workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One line of the Growth chart: a variant on a system (on one graph), the median time of its
 * latest OK result at each size, and the growth fitted to them as the command line's
 * {@code sweep} fits it ({@link GrowthFit}).
 *
 * @param variant the variant's name
 * @param system  the system's name
 * @param graph   the graph file its runs read, or null for the generated graph (and for a
 *                workload that reads none)
 * @param legend  "forward on jvm-c2: time ~ edges^1.31", with the graph's name after the system
 *                when the lines ran on more than one graph
 * @param points  the sizes in the fit's unit, ascending, each with its median in seconds
 * @param fit     the least-squares fit over {@code points}
 */
public record GrowthLine(String variant, String system, Path graph, String legend, List<GrowthFit.Point> points,
                         GrowthFit fit) {
    public GrowthLine {
        Objects.requireNonNull(legend, "legend");
        points = List.copyOf(points);
        Objects.requireNonNull(fit, "fit");
    }

    /**
     * A request's size on the fit's axis: the unit ("edges", "n") and the size in it.
     */
    public record Scaled(String unit, double size) {
    }

    /** Which runs make one line. */
    private record Key(String variant, String system, Path graph) {
    }

    /**
     * The lines of {@code workload}'s OK results, in the order each (variant, system, graph) first
     * appears; one with fewer than two distinct sizes has no line. At one size (two requests whose
     * sizes scale alike, such as the whole graph asked as "all" and as its node count) the latest
     * result counts, as a re-run replaces a bar on the board.
     *
     * @param scale a request's size on the fit's axis, or null while it is not known (its graph's
     *              edges still being counted): such a result is left out for now
     */
    public static List<GrowthLine> of(List<Measurement> results, Workload<?> workload,
                                      Function<RunRequest, Scaled> scale) {
        Map<Key, Map<Double, Double>> byKey = new LinkedHashMap<>();
        Map<Key, String> units = new LinkedHashMap<>();
        for (Measurement m : results) {
            RunRequest r = m.request();
            if (!r.workload().name().equals(workload.name()) || m.status() != Status.OK || m.stats() == null
                    || m.stats().medianNs() <= 0) {
                continue;
            }
            Scaled at = scale.apply(r);
            if (at == null || !(at.size() > 0)) {
                continue;
            }
            Key key = new Key(r.variant(), r.system().name(), r.graph());
            byKey.computeIfAbsent(key, k -> new TreeMap<>()).put(at.size(), m.stats().medianNs() / 1e9);
            units.put(key, at.unit());
        }
        boolean graphs = byKey.keySet().stream().map(Key::graph).distinct().count() > 1;
        List<GrowthLine> lines = new ArrayList<>();
        for (Map.Entry<Key, Map<Double, Double>> e : byKey.entrySet()) {
            List<GrowthFit.Point> points = e.getValue().entrySet().stream()
                    .map(p -> new GrowthFit.Point(p.getKey(), p.getValue())).toList(); // ascending: a TreeMap
            GrowthFit fit = GrowthFit.of(workload.sizeRule().cost(), units.get(e.getKey()), points);
            if (fit == null) {
                continue;
            }
            Key k = e.getKey();
            String on = k.variant() + " on " + k.system() + (graphs ? " (" + graphName(k.graph()) + ")" : "");
            lines.add(new GrowthLine(k.variant(), k.system(), k.graph(), on + ": " + fit.formula(), points, fit));
        }
        return lines;
    }

    /** "facebook_combined.txt", or "generated graph" for none. */
    static String graphName(Path graph) {
        return graph == null ? "generated graph" : String.valueOf(graph.getFileName());
    }
}
