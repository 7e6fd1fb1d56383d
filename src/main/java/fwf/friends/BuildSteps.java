package fwf.friends;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs one build's commands, logging each to the entry's build.log, failing on the first error. */
final class BuildSteps {
    private final Shell shell;
    private final String unit;
    private final Path work;
    private final Path log;

    BuildSteps(Shell shell, String unit, Path work, Path out) {
        this.shell = shell;
        this.unit = unit;
        this.work = work;
        this.log = out.resolve(BuildCache.BUILD_LOG);
    }

    void run(List<String> argv, Map<String, String> extraEnvironment, Duration timeout)
            throws BuildException, IOException {
        Shell.Result result;
        try {
            result = shell.run(argv, work, extraEnvironment, timeout);
        } catch (IOException e) {
            throw new BuildException(unit + " build failed: cannot run " + argv.getFirst() + ": " + e.getMessage());
        }
        Files.writeString(log, "$ " + String.join(" ", argv) + "\n" + result.output()
                        + (result.output().endsWith("\n") || result.output().isEmpty() ? "" : "\n"),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!result.ok()) {
            String status = result.exitCode() == Shell.TIMED_OUT ? "" : " (exit " + result.exitCode() + ")";
            throw new BuildException(unit + " build failed" + status + ": " + result.head(5));
        }
    }

    void run(List<String> argv) throws BuildException, IOException {
        run(argv, Map.of(), Duration.ofMinutes(5));
    }

    /** Writes {@code fwf_build_info.py}, from which the Python driver reports the tool. */
    static void writeBuildInfo(Path out, String tool) throws IOException {
        Files.writeString(out.resolve("fwf_build_info.py"),
                "\"\"\"Written by the build: the tool that compiled the kernels in this folder.\"\"\"\nTOOL = \""
                        + tool.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n", StandardCharsets.UTF_8);
    }
}
