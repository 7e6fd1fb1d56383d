package fwf.friends;

import fwf.run.WorkerEvent;
import fwf.run.WorkerProtocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One finished run of a friend program, its stdout read back through the engine's own parser.
 * Output goes to files, not pipes, so a hung friend is caught by the wait's timeout instead of
 * blocking a read forever.
 *
 * @param garbage stdout lines that are not protocol events
 */
record FriendRun(int exitCode, List<WorkerEvent> events, List<String> garbage, String stderr) {
    static final long TIMEOUT_SECONDS = 180;

    static FriendRun of(FriendCommand command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("fwf-friend-", ".out");
        Path err = Files.createTempFile("fwf-friend-", ".err");
        try {
            // stdin a pipe held open for the whole run, as the engine does: a friend takes
            // end-of-file there for its parent's death and exits.
            Process process = command.processBuilder().redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            try (OutputStream lifeline = process.getOutputStream()) {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    fail(command.system() + " hung for " + TIMEOUT_SECONDS + " s: " + command.argv());
                }
            }
            List<WorkerEvent> events = new ArrayList<>();
            List<String> garbage = new ArrayList<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                try {
                    events.add(WorkerProtocol.parse(line, 0));
                } catch (WorkerProtocol.BadLineException e) {
                    garbage.add(line);
                }
            }
            return new FriendRun(process.exitValue(), List.copyOf(events), List.copyOf(garbage),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    List<WorkerEvent.Iteration> iterations() {
        return events.stream().filter(e -> e instanceof WorkerEvent.Iteration).map(e -> (WorkerEvent.Iteration) e).toList();
    }

    List<WorkerEvent.Iteration> measured() {
        return iterations().stream().filter(i -> !i.warmup()).toList();
    }

    WorkerEvent.Started started() {
        return (WorkerEvent.Started) events.getFirst();
    }

    WorkerEvent.Loaded loaded() {
        return events.stream().filter(e -> e instanceof WorkerEvent.Loaded).map(e -> (WorkerEvent.Loaded) e)
                .findFirst().orElseThrow(() -> new AssertionError("no loaded event in " + this));
    }

    /** The last answer, after checking every iteration gave the same one. */
    String answer() {
        List<String> answers = iterations().stream().map(WorkerEvent.Iteration::answer).distinct().toList();
        if (answers.size() != 1) {
            throw new AssertionError("answers differ between iterations: " + answers);
        }
        return answers.getFirst();
    }
}
