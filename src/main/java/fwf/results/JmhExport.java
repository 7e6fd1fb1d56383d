package fwf.results;

import fwf.json.Json;
import fwf.run.Environment;
import fwf.run.Measurement;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results in the JSON layout JMH writes with {@code -rf json} (JMH 1.37), so JMH Visualizer
 * and the other tools built for JMH open them.
 *
 * <p>Mapping: benchmark {@code fwf.<workload>.<variant>} with params system and size (JMH
 * params are strings); mode {@code ss} (single shot) because each of our iterations times
 * one call of the kernel, which is what JMH's SingleShotTime does, so warmupTime and
 * measurementTime are "single-shot" and batch sizes 1; score is the mean in ms/op; rawData
 * holds the samples per fork. Fields JMH fills from its own JVM are filled from the recorded
 * environment (jvmArgs, jdkVersion; vmName and vmVersion name the system that ran, which for
 * a friend such as CPython is not a JVM); "jvm", the java binary's path, is not recorded, so
 * it is left out.
 *
 * <p>Two differences from JMH, both on purpose: scoreError is our 99% interval half-width
 * (JMH's default is 99.9%), so it matches our other exports; and only OK results are
 * written, because JMH has no way to say "wrong answer" and a failed run has no score, and
 * only the latest of each benchmark and params, because JMH never writes one twice.
 * Undefined numbers are written as the string "NaN", as JMH does.
 */
public final class JmhExport {
    /** The JMH version whose JSON layout this export follows. */
    public static final String JMH_VERSION = "1.37";

    private static final double NS_PER_MS = 1_000_000.0;
    private static final double[] PERCENTILES = {0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0};

    private JmhExport() {
    }

    public static String render(List<Measurement> measurements) {
        // One entry per benchmark and params, as in a file JMH wrote itself: the latest OK
        // result of each wins (the CSV and JSON exports keep the whole history).
        Map<List<Object>, Measurement> latest = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (m.status() == Status.OK && m.stats() != null) {
                RunRequest r = m.request();
                List<Object> key = List.of(r.workload().name(), r.variant(), r.system().name(), r.size());
                latest.remove(key); // re-inserted below: the order follows the kept results
                latest.put(key, m);
            }
        }
        return PrettyJson.write(latest.values().stream().map(JmhExport::benchmark).toList(), 4);
    }

    private static Map<String, Object> benchmark(Measurement m) {
        int forks = m.request().plan().forks();
        List<List<Long>> perFork = split(m.samplesNs(), forks);
        int warmupPerFork = m.warmupNs().size() % perFork.size() == 0 ? m.warmupNs().size() / perFork.size() : m.warmupNs().size();
        Environment env = m.environment();
        Json.Obj o = Json.obj()
                .put("jmhVersion", JMH_VERSION)
                .put("benchmark", "fwf." + m.request().workload().name() + "." + m.request().variant())
                .put("mode", "ss")
                .put("threads", 1)
                .put("forks", perFork.size());
        if (env != null) {
            o.put("jvmArgs", env.jvmFlags())
                    .put("jdkVersion", env.jvmVersion())
                    .put("vmName", env.system())
                    .put("vmVersion", env.systemVersion());
        }
        o.put("warmupIterations", warmupPerFork)
                .put("warmupTime", "single-shot")
                .put("warmupBatchSize", 1)
                .put("measurementIterations", perFork.getFirst().size())
                .put("measurementTime", "single-shot")
                .put("measurementBatchSize", 1)
                .put("params", Json.obj()
                        .put("system", m.request().system().name())
                        .put("size", Integer.toString(m.request().size())).map())
                .put("primaryMetric", primaryMetric(m.stats(), m.samplesNs(), perFork))
                .put("secondaryMetrics", Map.of());
        return o.map();
    }

    private static Map<String, Object> primaryMetric(Stats s, List<Long> samples, List<List<Long>> perFork) {
        double score = s.meanNs() / NS_PER_MS;
        double error = s.ci99Ns() / NS_PER_MS;
        double[] sorted = samples.stream().mapToDouble(ns -> ns / NS_PER_MS).sorted().toArray();
        Json.Obj percentiles = Json.obj();
        for (double p : PERCENTILES) {
            percentiles.put(Double.toString(p), number(percentile(sorted, p)));
        }
        return Json.obj()
                .put("score", number(score))
                .put("scoreError", number(error))
                .put("scoreConfidence", List.of(number(score - error), number(score + error)))
                .put("scorePercentiles", percentiles.map())
                .put("scoreUnit", "ms/op")
                .put("rawData", perFork.stream().map(f -> f.stream().map(ns -> (Object) (ns / NS_PER_MS)).toList()).toList())
                .map();
    }

    /**
     * The samples split into equal runs per fork, in order; when they do not split evenly
     * (a fork failed part-way), one run holding all of them rather than a made-up split.
     */
    static List<List<Long>> split(List<Long> samples, int forks) {
        if (forks <= 1 || samples.size() % forks != 0) {
            return List.of(samples);
        }
        int each = samples.size() / forks;
        List<List<Long>> out = new ArrayList<>(forks);
        for (int i = 0; i < forks; i++) {
            out.add(samples.subList(i * each, (i + 1) * each));
        }
        return out;
    }

    /**
     * The percentile as JMH reports it (the estimate of its statistics library's default:
     * position p(n+1)/100 between the sorted values, linearly interpolated, clamped to the
     * minimum and maximum; p = 0 is the minimum).
     */
    static double percentile(double[] sorted, double p) {
        int n = sorted.length;
        if (p == 0 || n == 1) {
            return sorted[0];
        }
        double pos = p * (n + 1) / 100;
        if (pos < 1) {
            return sorted[0];
        }
        if (pos >= n) {
            return sorted[n - 1];
        }
        int lower = (int) Math.floor(pos);
        double fraction = pos - lower;
        return sorted[lower - 1] + fraction * (sorted[lower] - sorted[lower - 1]);
    }

    /** JMH writes undefined numbers as strings; plain JSON has no NaN. */
    private static Object number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+INF" : "-INF";
        }
        return d;
    }
}
