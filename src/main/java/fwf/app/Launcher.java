package fwf.app;

import javafx.application.Application;

import java.io.PrintStream;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The jar's entry point. With no arguments it opens the window; with any, it is the command
 * line. It must not extend {@link Application}: JavaFX refuses to start such a main class from
 * the class path, and the command line must not pay for loading the toolkit.
 */
public final class Launcher {
    /** Exit code when there is no display to open a window on. */
    static final int EXIT_NO_DISPLAY = 2;

    /**
     * JavaFX's own logger, held so that its filter stays: it warns "Unsupported JavaFX
     * configuration" at every start because the program runs JavaFX from the class path, a
     * choice the README explains; a warning the user can do nothing about is noise, and before a
     * display that cannot open it made the one-line message two.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

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
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            Application.launch(FwfApp.class, args);
        } catch (RuntimeException e) {
            String display = displayFailure(e, System.getenv());
            if (display == null) {
                throw e;
            }
            System.err.println("fwf: " + display + WAYS_ON);
            System.exit(EXIT_NO_DISPLAY);
        }
    }

    /**
     * Why the toolkit could not start, when the reason is the display: GTK's "Unable to open
     * DISPLAY" somewhere in the causes. Null for any other failure.
     */
    static String displayFailure(Throwable failure, Map<String, String> env) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("open display")) {
                String display = env.getOrDefault("DISPLAY", "");
                return display.isBlank() ? "cannot open the display" : "cannot open display " + display
                        + " (no X server answers there)";
            }
        }
        return null;
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

    /** What follows the problem on its line: the two ways on. */
    private static final String WAYS_ON =
            "; on a server run it under a virtual display (xvfb-run ./fwf), or use the command line (./fwf --help)";

    /** One line: what is wrong, and the two ways on (a virtual display, or the command line). */
    static void explainNoDisplay(String problem, PrintStream err) {
        err.println("fwf: cannot open the window: " + problem + WAYS_ON);
    }
}
