import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The graalpy friend's program: runs the Python friends' driver, fwf_friend.py, on GraalPy inside
 * this JVM, with sys.argv as CPython would have it and stdout passed through, so it speaks the same
 * protocol lines. Usage: FwfGraalPy DRIVER ARGS...; the driver's folder is the Python path.
 *
 * Whether Truffle compiles is this JVM's business (JVMCI and the Graal compiler on the upgrade
 * module path); the driver reads it from sys.version and says it in its started line.
 */
public final class FwfGraalPy {
    /** As fwf_friend.py's EXIT_ORPHANED: the parent was gone. */
    private static final int EXIT_ORPHANED = 3;

    private FwfGraalPy() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: FwfGraalPy DRIVER ARGS...");
            System.exit(2);
        }
        watchParent();
        Path driver = Path.of(args[0]).toAbsolutePath();
        String[] argv = args.clone();
        argv[0] = driver.toString();
        Source source = Source.newBuilder("python", driver.toFile()).build();
        try (Context context = Context.newBuilder("python")
                .allowAllAccess(true) // files, the environment (FWF_KERNELS, FWF_PLAN), the clock
                .arguments("python", argv)
                .option("python.PythonPath", driver.getParent().toString())
                .option("python.DontWriteBytecodeFlag", "true") // the cache stays as built
                // The driver says "interpreter only" in its version itself; no warning on stderr.
                .option("engine.WarnInterpreterOnly", "false")
                .out(System.out).err(System.err).in(InputStream.nullInputStream())
                .build()) {
            context.eval(source);
        } catch (PolyglotException e) {
            if (e.isExit()) {
                System.out.flush();
                System.exit(e.getExitStatus());
            }
            // The driver reports its own errors as failure lines; this is GraalPy failing around it.
            System.err.println("graalpy: " + e.getMessage());
            System.exit(1);
        }
        System.out.flush();
        System.exit(0);
    }

    /**
     * Dies with the parent, as the driver does under CPython: when stdin is a pipe, its end of
     * file means the runner is gone, so the JVM halts even mid-kernel. The driver's own watch
     * (SIGIO on stdin) cannot work here: GraalPy's stdin is not this process's file descriptor 0.
     */
    private static void watchParent() {
        String fd0;
        try {
            fd0 = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return; // not Linux: nothing to watch
        }
        if (!fd0.startsWith("pipe:")) {
            return; // /dev/null or a terminal
        }
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the runner never writes; anything read is ignored
                }
            } catch (IOException e) {
                // a broken pipe is a gone parent too
            }
            Runtime.getRuntime().halt(EXIT_ORPHANED);
        }, "fwf-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
