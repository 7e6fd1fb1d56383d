package fwf.app;

import fwf.run.Environment;
import fwf.run.JitEvent;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Stats;
import fwf.run.Status;
import fwf.runner.RunHandle;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Measurements made by hand, and a starter that returns them without a worker. */
final class Results {
    static final Environment ENV = new Environment("jvm-c2", "25", "OpenJDK 25", List.of(), "Test CPU", 2, "Linux",
            Instant.parse("2026-11-25T10:00:00Z"), "dev");

    private Results() {
    }

    static RunRequest request(String workload, String variant, String system, int size) {
        return RunRequest.ofNames(workload, variant, system, size, null, Plan.ADAPTIVE, List.of(), null);
    }

    /** An OK fib result whose samples are exactly {@code samplesNs}. */
    static Measurement ok(RunRequest r, long... samplesNs) {
        List<Long> samples = java.util.Arrays.stream(samplesNs).boxed().toList();
        return new Measurement("t-" + r.system() + "-" + r.variant() + "-" + r.size(), r, Status.OK, "75025", "75025",
                120_000, List.of(samplesNs[0] * 3, samplesNs[0] * 2), samples, Stats.of(samples), ENV, null,
                List.of(new JitEvent("compile", "fwf.workload.FibVariants::fibPrimitive", 3, 1_000_000, 200_000),
                        new JitEvent("compile", "fwf.workload.FibVariants::fibPrimitive", 4, 5_000_000, 900_000)));
    }

    /** Starts nothing: every run "finishes" at once with the result {@code answer} gives. */
    static RunService.Starter instant(java.util.function.Function<RunRequest, Measurement> answer) {
        return (request, listener) -> {
            CompletableFuture<Measurement> done = CompletableFuture.completedFuture(answer.apply(request));
            return new RunHandle() {
                @Override
                public CompletableFuture<Measurement> result() {
                    return done;
                }

                @Override
                public void cancel() {
                }
            };
        };
    }
}
