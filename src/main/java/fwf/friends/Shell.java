package fwf.friends;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tools that discovery and builds need, in a given environment. Output goes to a
 * temporary file rather than a pipe, so a chatty compiler can never block on a full pipe while
 * we wait for it with a timeout, and no reader thread is needed.
 */
final class Shell {
    /** A finished command: its exit status and its stdout and stderr, interleaved. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        /** The first lines of the output, for a reason a person reads in one glance. */
        String head(int lines) {
            List<String> all = output.strip().lines().filter(l -> !l.isBlank()).toList();
            String head = String.join(" | ", all.subList(0, Math.min(lines, all.size())));
            return all.size() > lines ? head + " | ..." : head;
        }
    }

    static final int TIMED_OUT = -1;

    private final Map<String, String> environment;

    Shell(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Map<String, String> environment() {
        return environment;
    }

    /** The first executable called {@code command} along PATH, as a shell would find it. */
    Optional<Path> which(String command) {
        if (command.contains("/")) {
            Path p = Path.of(command);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every executable called {@code command} along PATH, in PATH order. */
    List<Path> whichAll(String command) {
        String path = environment.getOrDefault("PATH", "");
        return java.util.Arrays.stream(path.split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, command)).filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .distinct().toList();
    }

    /**
     * Runs {@code argv} in {@code directory} with this environment plus {@code extra}.
     *
     * @return the result; a command still running after {@code timeout} is killed and reported
     *         with exit code {@link #TIMED_OUT}
     * @throws IOException when the command cannot be started at all
     */
    Result run(List<String> argv, Path directory, Map<String, String> extra, Duration timeout) throws IOException {
        Path log = Files.createTempFile("fwf-friends-", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            if (directory != null) {
                pb.directory(directory.toFile());
            }
            pb.environment().clear();
            pb.environment().putAll(environment);
            pb.environment().putAll(extra);
            Process process = pb.start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running " + argv.getFirst(), e);
            }
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Result(TIMED_OUT, "timed out after " + timeout.toSeconds() + " s: " + String.join(" ", argv));
            }
            // Lenient decoding: a compiler may print bytes that are not UTF-8.
            return new Result(process.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
