package fwf.results;

import fwf.json.Json;
import fwf.run.Measurement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonExportTest {

    @Test
    void writesTheJournalsObjectsAsAnIndentedArray() {
        List<Measurement> h = Fixtures.history();
        assertThat(JsonExport.render(List.of(h.get(3), h.get(4), Fixtures.full()))).isEqualTo("""
                [
                  {
                    "schema": 1,
                    "type": "measurement",
                    "id": "0004",
                    "workload": "triangles",
                    "variant": "naive",
                    "system": "cpython",
                    "size": 4039,
                    "graph": null,
                    "plan": {
                      "warmup": 0,
                      "iterations": 1,
                      "forks": 1
                    },
                    "jvm_flags": [],
                    "timeout_ns": null,
                    "status": "ok",
                    "answer": "1612010",
                    "expected": "1612010",
                    "message": null,
                    "load_ns": 1500000,
                    "warmup_ns": [],
                    "samples_ns": [120000000000],
                    "stats": {
                      "n": 1,
                      "min_ns": 120000000000,
                      "median_ns": 120000000000,
                      "max_ns": 120000000000,
                      "mean_ns": 120000000000.0,
                      "stddev_ns": 0.0,
                      "ci99_ns": null,
                      "cv": 0.0,
                      "warnings": []
                    },
                    "environment": {
                      "system": "cpython",
                      "system_version": "3.11.7",
                      "jvm_version": "25.0.1+8-LTS",
                      "jvm_flags": [],
                      "cpu": "AMD EPYC 7B13",
                      "cores": 2,
                      "os": "Linux 6.8.0 amd64",
                      "time": "2025-01-15T10:03:00Z",
                      "project_version": "0.1.0"
                    },
                    "jit": []
                  },
                  {
                    "schema": 1,
                    "type": "measurement",
                    "id": "0005",
                    "workload": "fib",
                    "variant": "naive",
                    "system": "pypy",
                    "size": 40,
                    "graph": null,
                    "plan": {
                      "warmup": 1,
                      "iterations": 3,
                      "forks": 1
                    },
                    "jvm_flags": [],
                    "timeout_ns": null,
                    "status": "failed",
                    "answer": null,
                    "expected": "102334155",
                    "message": "pypy3 exited with code 127: \\"pypy3\\": not found, check PATH",
                    "load_ns": 0,
                    "warmup_ns": [],
                    "samples_ns": [],
                    "stats": null,
                    "environment": {
                      "system": "pypy",
                      "system_version": "",
                      "jvm_version": "25.0.1+8-LTS",
                      "jvm_flags": [],
                      "cpu": "AMD EPYC 7B13",
                      "cores": 2,
                      "os": "Linux 6.8.0 amd64",
                      "time": "2025-01-15T10:04:00Z",
                      "project_version": "0.1.0"
                    },
                    "jit": []
                  },
                  {
                    "schema": 1,
                    "type": "measurement",
                    "id": "20250115T100500-0003",
                    "workload": "triangles",
                    "variant": "naive-int",
                    "system": "jvm-c2",
                    "size": 4039,
                    "graph": "data/facebook_combined.txt",
                    "plan": {
                      "warmup": 2,
                      "iterations": 3,
                      "forks": 2
                    },
                    "jvm_flags": ["-XX:+UseParallelGC", "-Xmx2g"],
                    "timeout_ns": 90000000000,
                    "status": "ok",
                    "answer": "1612010",
                    "expected": "1612010",
                    "message": null,
                    "load_ns": 41200000,
                    "warmup_ns": [3900000000, 3100000000, 3800000000, 3050000000],
                    "samples_ns": [3000000000, 3400000000, 2900000000, 3050000000, 2200000000, 3900000000],
                    "stats": {
                      "n": 6,
                      "min_ns": 2200000000,
                      "median_ns": 3025000000,
                      "max_ns": 3900000000,
                      "mean_ns": 3075000000.0,
                      "stddev_ns": 5.636931789546509E8,
                      "ci99_ns": 9.279040678151253E8,
                      "cv": 0.18331485494460192,
                      "warnings": ["spread is wide: CV 18.3% (over 10%), the numbers are hard to trust"]
                    },
                    "environment": {
                      "system": "jvm-c2",
                      "system_version": "25.0.1",
                      "jvm_version": "25.0.1+8-LTS",
                      "jvm_flags": ["-XX:-TieredCompilation", "-XX:+UseParallelGC", "-Xmx2g"],
                      "cpu": "AMD EPYC 7B13",
                      "cores": 2,
                      "os": "Linux 6.8.0 amd64",
                      "time": "2025-01-15T10:05:00.123456789Z",
                      "project_version": "0.1.0"
                    },
                    "jit": [
                      {
                        "kind": "compile",
                        "method": "fwf.workload.TriangleVariants::naiveInt",
                        "tier": 3,
                        "since_start_ns": 1200000,
                        "duration_ns": 350000
                      },
                      {
                        "kind": "compile",
                        "method": "fwf.workload.TriangleVariants::naiveInt",
                        "tier": 4,
                        "since_start_ns": 9800000,
                        "duration_ns": 4100000
                      },
                      {
                        "kind": "deopt",
                        "method": "fwf.workload.TriangleVariants::naiveInt",
                        "tier": 0,
                        "since_start_ns": 12000000,
                        "duration_ns": 0
                      }
                    ]
                  }
                ]
                """);
    }

    @Test
    void readsBackIntoTheSameMeasurements() {
        List<Measurement> all = new ArrayList<>(Fixtures.history());
        all.add(Fixtures.full());
        List<Measurement> back = new ArrayList<>();
        for (Object o : (List<?>) Json.parse(JsonExport.render(all))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) o;
            back.add(MeasurementCodec.fromJson(m));
        }
        assertThat(back).isEqualTo(all);
    }

    @Test
    void noMeasurementsIsAnEmptyArray() {
        assertThat(JsonExport.render(List.of())).isEqualTo("[]\n");
    }
}
