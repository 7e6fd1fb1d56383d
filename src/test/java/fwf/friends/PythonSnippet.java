package fwf.friends;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A few lines of Python run in a Python friend's own setting (its interpreter, its kernel
 * modules, the driver's folder on the path), so a test can call the driver's and the kernels'
 * functions one by one instead of through the worker protocol.
 *
 * @param system      the friend's name
 * @param interpreter the Python that runs it
 * @param sources     the folder of fwf_friend.py and the plain kernels
 * @param command     a command of this friend, for its working folder and environment
 */
record PythonSnippet(String system, String interpreter, Path sources, FriendCommand command) {
    static final long TIMEOUT_SECONDS = 300;

    /** The setting of {@code system}, which must be a Python friend that is available here. */
    static PythonSnippet of(Friends friends, String system) throws FriendUnavailableException {
        FriendCommand command = friends.command(system, "fib", Systems.find(system).orElseThrow()
                .variantsOf("fib").getFirst(), 1, null, 1, 1);
        // WORKLOAD VARIANT SIZE WARMUP ITERATIONS follow the interpreter and fwf_friend.py.
        List<String> argv = command.argv();
        Path driver = Path.of(argv.get(argv.size() - 6));
        if (!driver.getFileName().toString().equals("fwf_friend.py")) {
            throw new IllegalArgumentException(system + " is not run by fwf_friend.py: " + argv);
        }
        return new PythonSnippet(system, argv.get(argv.size() - 7), driver.getParent(), command);
    }

    /**
     * Runs {@code code} with {@code args} as {@code sys.argv[1:]} and the driver's folder first on
     * {@code sys.path}; returns its stdout, or fails the test with its stderr.
     */
    String run(String code, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(interpreter, "-c",
                "import sys; sys.path.insert(0, sys.argv.pop(1))\n" + code, sources.toString()));
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv).directory(command.workingDirectory().toFile());
        pb.environment().putAll(command.environment());
        Path out = Files.createTempFile("fwf-snippet-", ".out");
        Path err = Files.createTempFile("fwf-snippet-", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(system + ": the snippet ran over " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                fail(system + ": the snippet exited " + p.exitValue() + ": " + Files.readString(err));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
