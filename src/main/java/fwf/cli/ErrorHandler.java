package fwf.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Turns the exceptions a command lets through into one line on stderr and an exit code.
 * Bad input (a wrong size, an unreadable or malformed file) is the user's to fix: its message
 * and exit code 2. A run stopped by Ctrl+C, or a result that cannot be saved: exit code 1, as a
 * run that failed. Anything else is our bug: one line naming it, exit code 1, and its stack
 * trace only when {@value #DEBUG} is set, since a trace tells a user nothing they can act on.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    /** The environment variable that shows an internal error's stack trace. */
    static final String DEBUG = "FWF_DEBUG";

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof ResultNotSavedException || t instanceof Engine.Cancelled) {
            cl.getErr().println("fwf: " + oneLine(t.getMessage()));
            return Main.EXIT_RUN_FAILED;
        }
        String message = switch (t) {
            // "<path>: <reason>", as InputFiles words it, also for the JDK's reasonless exceptions.
            case NoSuchFileException nf -> nf.getReason() != null ? nf.getMessage() : nf.getFile() + ": no such file";
            case AccessDeniedException ad -> ad.getReason() != null ? ad.getMessage()
                    : ad.getFile() + ": permission denied";
            case IOException io -> io.getMessage();
            case IllegalArgumentException bad -> bad.getMessage();
            default -> null;
        };
        if (message == null) {
            internalError(t, cl.getErr());
            return Main.EXIT_RUN_FAILED;
        }
        cl.getErr().println("fwf: " + oneLine(message));
        return Main.EXIT_BAD_INPUT;
    }

    /** Our bug, in one line; the trace too when {@value #DEBUG} is set. */
    static void internalError(Throwable t, java.io.PrintWriter err) {
        err.println("fwf: internal error: " + oneLine(String.valueOf(t)) + " (a bug; " + DEBUG + "=1 shows where)");
        if (System.getenv(DEBUG) != null) {
            t.printStackTrace(err);
        }
        err.flush();
    }

    /** The first line of a message: every message a user sees is one line. */
    static String oneLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
