package fwf.friends;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to start one run of a friend program: every friend takes
 * {@code WORKLOAD VARIANT SIZE WARMUP ITERATIONS [GRAPH_FILE]} and prints the line protocol of
 * {@code fwf.run.WorkerProtocol} on stdout, ending with {@code finished} and exit status 0,
 * or a {@code failure} line and exit status 1. Its stdin must be a pipe the caller holds open
 * for the whole run and never writes to: end-of-file there tells the friend that its caller is
 * gone, and it exits at once (status 3).
 *
 * <p>SIZE 0 means the workload's default (fib 40, the whole graph, 10,000,000 values); WARMUP
 * or ITERATIONS 0 mean adaptive: one warm-up; if it took over 1 s, 1 warm-up and 3 measured;
 * otherwise warm up about 1 s (at least 5) and measure at least 10 iterations and 1 s, each
 * phase capped at 1,000 iterations. WARMUP {@code none} (only with ITERATIONS given, so far only
 * for the talk's {@code draw-mean}) measures from the first call on, as the talk's rounds; the
 * Python friends' {@code draw-mean} given 0 and 0 runs the talk's plan too: no warm-up, five rounds.
 *
 * <p>A Python friend watches its stdin when it is a pipe and ends when the pipe's writer is
 * gone: keep it open and write nothing (or give it /dev/null, which is not watched).
 *
 * @param system           the system's name
 * @param version          what will run, as its started line will say
 * @param argv             the program and its arguments
 * @param workingDirectory where to start it (a cache folder; the graph path is absolute)
 * @param environment      variables to set on top of the inherited environment
 */
public record FriendCommand(String system, String version, List<String> argv, Path workingDirectory,
                            Map<String, String> environment) {
    public FriendCommand {
        Objects.requireNonNull(system, "system");
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
    }

    /** A process builder for this command; stdout is left for the caller to read. */
    public ProcessBuilder processBuilder() {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workingDirectory.toFile());
        pb.environment().putAll(environment);
        return pb;
    }
}
