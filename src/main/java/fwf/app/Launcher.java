package fwf.app;

import javafx.application.Application;

import java.io.PrintStream;
import java.util.Map;

/**
 * The jar's entry point. With no arguments it opens the window; with any, it is the command
 * line. It must not extend {@link Application}: JavaFX refuses to start such a main class from
 * the class path, and the command line must not pay for loading the toolkit.
 */
public final class Launcher {
    /** Exit code when there is no display to open a window on. */
    static final int EXIT_NO_DISPLAY = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            fwf.cli.Main.main(args);
            return;
        }
        String problem = displayProblem(System.getenv(), System.getProperty("glass.platform"), System.getProperty("os.name"));
        if (problem != null) {
            explainNoDisplay(problem, System.err);
            System.exit(EXIT_NO_DISPLAY);
        }
        Application.launch(FwfApp.class, args);
    }

    /** Why no window can open here, or null when one can. */
    static String displayProblem(Map<String, String> env, String glassPlatform, String osName) {
        if ("Headless".equalsIgnoreCase(glassPlatform) || osName == null || !osName.toLowerCase().contains("linux")) {
            return null; // macOS and Windows always have a display; the headless platform needs none
        }
        boolean x11 = env.getOrDefault("DISPLAY", "").isBlank();
        boolean wayland = env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return x11 && wayland ? "no display (DISPLAY and WAYLAND_DISPLAY are not set)" : null;
    }

    static void explainNoDisplay(String problem, PrintStream err) {
        err.println("fwf: cannot open the window: " + problem + ".");
        err.println("  On a server, run it under a virtual display:  xvfb-run ./fwf");
        err.println("  or use the command line:                      ./fwf --help");
    }
}
