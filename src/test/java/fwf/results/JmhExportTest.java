package fwf.results;

import fwf.json.Json;
import fwf.run.Measurement;
import fwf.run.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JmhExportTest {

    @Test
    void writesJmhsJsonLayout() {
        List<Measurement> h = Fixtures.history();
        assertThat(JmhExport.render(List.of(h.get(3), h.get(1)))).isEqualTo("""
                [
                    {
                        "jmhVersion": "1.37",
                        "benchmark": "fwf.triangles.naive",
                        "mode": "ss",
                        "threads": 1,
                        "forks": 1,
                        "jvmArgs": [],
                        "jdkVersion": "25.0.1+8-LTS",
                        "vmName": "cpython",
                        "vmVersion": "3.11.7",
                        "warmupIterations": 0,
                        "warmupTime": "single-shot",
                        "warmupBatchSize": 1,
                        "measurementIterations": 1,
                        "measurementTime": "single-shot",
                        "measurementBatchSize": 1,
                        "params": {
                            "system": "cpython",
                            "size": "4039"
                        },
                        "primaryMetric": {
                            "score": 120000.0,
                            "scoreError": "NaN",
                            "scoreConfidence": ["NaN", "NaN"],
                            "scorePercentiles": {
                                "0.0": 120000.0,
                                "50.0": 120000.0,
                                "90.0": 120000.0,
                                "95.0": 120000.0,
                                "99.0": 120000.0,
                                "99.9": 120000.0,
                                "99.99": 120000.0,
                                "99.999": 120000.0,
                                "99.9999": 120000.0,
                                "100.0": 120000.0
                            },
                            "scoreUnit": "ms/op",
                            "rawData": [
                                [120000.0]
                            ]
                        },
                        "secondaryMetrics": {}
                    },
                    {
                        "jmhVersion": "1.37",
                        "benchmark": "fwf.fib.primitive",
                        "mode": "ss",
                        "threads": 1,
                        "forks": 2,
                        "jvmArgs": ["-XX:-TieredCompilation"],
                        "jdkVersion": "25.0.1+8-LTS",
                        "vmName": "jvm-c2",
                        "vmVersion": "25.0.1",
                        "warmupIterations": 2,
                        "warmupTime": "single-shot",
                        "warmupBatchSize": 1,
                        "measurementIterations": 3,
                        "measurementTime": "single-shot",
                        "measurementBatchSize": 1,
                        "params": {
                            "system": "jvm-c2",
                            "size": "40"
                        },
                        "primaryMetric": {
                            "score": 280.5,
                            "scoreError": 1.72646048047332,
                            "scoreConfidence": [278.7735395195267, 282.2264604804733],
                            "scorePercentiles": {
                                "0.0": 279.0,
                                "50.0": 280.5,
                                "90.0": 282.0,
                                "95.0": 282.0,
                                "99.0": 282.0,
                                "99.9": 282.0,
                                "99.99": 282.0,
                                "99.999": 282.0,
                                "99.9999": 282.0,
                                "100.0": 282.0
                            },
                            "scoreUnit": "ms/op",
                            "rawData": [
                                [280.0, 282.0, 279.0],
                                [281.0, 280.0, 281.0]
                            ]
                        },
                        "secondaryMetrics": {}
                    }
                ]
                """);
    }

    @Test
    void keysComeInJmhsOrder() {
        Object parsed = Json.parse(JmhExport.render(List.of(Fixtures.full())));
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) ((List<?>) parsed).getFirst();
        assertThat(b.keySet()).containsExactly("jmhVersion", "benchmark", "mode", "threads", "forks", "jvmArgs",
                "jdkVersion", "vmName", "vmVersion", "warmupIterations", "warmupTime", "warmupBatchSize",
                "measurementIterations", "measurementTime", "measurementBatchSize", "params", "primaryMetric",
                "secondaryMetrics");
        @SuppressWarnings("unchecked")
        Map<String, Object> primary = (Map<String, Object>) b.get("primaryMetric");
        assertThat(primary.keySet()).containsExactly("score", "scoreError", "scoreConfidence", "scorePercentiles",
                "scoreUnit", "rawData");
        @SuppressWarnings("unchecked")
        Map<String, Object> percentiles = (Map<String, Object>) primary.get("scorePercentiles");
        assertThat(percentiles.keySet()).containsExactly("0.0", "50.0", "90.0", "95.0", "99.0", "99.9", "99.99",
                "99.999", "99.9999", "100.0");
        assertThat(b.get("benchmark")).isEqualTo("fwf.triangles.naive-int");
        assertThat(b.get("params")).isEqualTo(Map.of("system", "jvm-c2", "size", "4039"));
        assertThat(primary.get("rawData")).isEqualTo(List.of(List.of(3000.0, 3400.0, 2900.0), List.of(3050.0, 2200.0, 3900.0)));
    }

    @Test
    void onlyTheLatestOkResultOfEachBenchmarkIsWritten() {
        // history: pypy triangles ran OK twice (5 s, then 4.7 s) and then timed out; failed,
        // wrong and cancelled runs have no score
        Object parsed = Json.parse(JmhExport.render(Fixtures.history()));
        List<String> seen = ((List<?>) parsed).stream().map(o -> {
            Map<?, ?> b = (Map<?, ?>) o;
            Map<?, ?> params = (Map<?, ?>) b.get("params");
            Map<?, ?> primary = (Map<?, ?>) b.get("primaryMetric");
            return b.get("benchmark") + " " + params.get("system") + " " + primary.get("score");
        }).toList();
        assertThat(seen).containsExactly(
                "fwf.fib.naive cpython 12300.0",
                "fwf.fib.primitive jvm-c2 280.5",
                "fwf.fib.boxed jvm-c2 551.6666666666666",
                "fwf.triangles.naive cpython 120000.0",
                "fwf.triangles.naive-int jvm-c2 3075.0",
                "fwf.triangles.naive pypy 4700.0");
    }

    @Test
    void percentilesInterpolateAsJmhDoes() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(JmhExport.percentile(sorted, 0)).isEqualTo(1);
        assertThat(JmhExport.percentile(sorted, 50)).isEqualTo(5.5);
        assertThat(JmhExport.percentile(sorted, 90)).isCloseTo(9.9, within(1e-12));
        assertThat(JmhExport.percentile(sorted, 95)).isEqualTo(10);
        assertThat(JmhExport.percentile(sorted, 5)).isEqualTo(1);
        assertThat(JmhExport.percentile(sorted, 100)).isEqualTo(10);
        assertThat(JmhExport.percentile(new double[]{7}, 50)).isEqualTo(7);
    }

    @Test
    void samplesThatDoNotSplitEvenlyStayOneFork() {
        assertThat(JmhExport.split(List.of(1L, 2L, 3L, 4L), 2)).containsExactly(List.of(1L, 2L), List.of(3L, 4L));
        assertThat(JmhExport.split(List.of(1L, 2L, 3L), 2)).containsExactly(List.of(1L, 2L, 3L));
        assertThat(JmhExport.split(List.of(1L, 2L, 3L), 1)).containsExactly(List.of(1L, 2L, 3L));
    }

    @Test
    void nothingToExportIsAnEmptyArray() {
        assertThat(JmhExport.render(List.of(Fixtures.history().get(4)))).isEqualTo("[]\n");
        assertThat(new Plan(0, 0, 1)).isEqualTo(Plan.ADAPTIVE);
    }
}
