package fwf.runner;

import fwf.friends.Family;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.run.Measurement;
import fwf.run.Plan;
import fwf.run.RunRequest;
import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.workload.Catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: fake workers written in sh, requests, and checks that processes are gone. */
public final class Workers {
    private Workers() {
    }

    /** fib's primitive variant on the named system, or on a stand-in JVM system of that name ("fake"). */
    public static RunRequest fib(int n, String system, Plan plan, List<String> flags, Duration timeout) {
        SystemSpec spec = Systems.find(system).orElseGet(() -> new SystemSpec(system, Family.JVM, system,
                "a fake worker for tests", List.of()));
        return new RunRequest(Catalogue.FIB, "primitive", spec, n, null, plan, flags, timeout);
    }

    /** A launcher that runs {@code sh -c script} for every fork. */
    public static WorkerLauncher sh(String script) {
        return (request, fork) -> new ProcessBuilder("sh", "-c", script);
    }

    /** A shell command that prints one protocol line as is (no single quotes inside). */
    public static String line(String json) {
        assertThat(json).doesNotContain("'");
        return "printf '%s\\n' '" + json + "'\n";
    }

    /** The {@code started} line, with the shell's own pid. */
    public static String started(String inputArguments) {
        return "printf '{\"event\":\"started\",\"fork\":0,\"pid\":%s,\"version\":\"fake 1.0\",\"vm\":\"\",\"input_arguments\":["
                + inputArguments + "]}\\n' $$\n";
    }

    public static String loaded(long readNs, String expected) {
        return line("{\"event\":\"loaded\",\"fork\":0,\"input\":\"n = 10\",\"size\":10,\"read_ns\":" + readNs
                + ",\"prepare_ns\":0,\"expected\":\"" + expected + "\"}");
    }

    public static String iteration(int index, boolean warmup, long ns, String answer) {
        return line("{\"event\":\"iteration\",\"fork\":0,\"index\":" + index + ",\"warmup\":" + warmup + ",\"ns\":" + ns
                + ",\"answer\":\"" + answer + "\"}");
    }

    public static String finished() {
        return line("{\"event\":\"finished\",\"fork\":0}");
    }

    /**
     * Cancels a running run and checks what every cancel must give: the result within 2 s,
     * CANCELLED with the message "cancelled", and the worker {@link #gone}.
     */
    public static Measurement cancelAndCheckStopped(RunHandle handle, Recorder heard) throws Exception {
        long start = System.nanoTime();
        handle.cancel();
        Measurement m = handle.result().get(2, TimeUnit.SECONDS);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to stop").isLessThan(2_000);
        assertThat(m.status()).isEqualTo(Status.CANCELLED);
        assertThat(m.message()).isEqualTo("cancelled");
        assertThat(gone(heard.pid())).isTrue();
        return m;
    }

    /**
     * True when the process no longer runs: unknown, dead, or a zombie waiting for whoever
     * adopted it to reap it (ProcessHandle still calls a zombie alive).
     */
    public static boolean gone(long pid) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state == 'Z' || state == 'X';
        } catch (IOException e) {
            return true;
        }
    }

    public static List<Long> pids(Path file) throws IOException {
        List<Long> out = new ArrayList<>();
        for (String s : Files.readAllLines(file)) {
            if (!s.isBlank()) {
                out.add(Long.parseLong(s.strip()));
            }
        }
        return out;
    }

    /** Records what a listener hears, as short strings, and every event. */
    public static class Recorder implements RunListener {
        final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<WorkerEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void forkStarted(int fork, int forks, List<String> command) {
            calls.add("start " + fork + "/" + forks);
        }

        @Override
        public void event(WorkerEvent event) {
            events.add(event);
            calls.add(event.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public void forkEnded(int fork, Status status) {
            calls.add("end " + fork + " " + status.word());
        }

        long pid() {
            return events.stream().filter(e -> e instanceof WorkerEvent.Started).map(e -> ((WorkerEvent.Started) e).pid())
                    .findFirst().orElseThrow();
        }
    }
}
