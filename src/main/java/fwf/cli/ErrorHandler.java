package fwf.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Turns the exceptions a command lets through into one line on stderr and an exit code.
 * Bad input (a wrong size, an unreadable or malformed file) is the user's to fix, so it gets
 * a message and no stack trace (exit 2); so does a result that cannot be saved (exit 1, as a
 * run that failed); anything else is our bug, and keeps its trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof ResultNotSavedException notSaved) {
            cl.getErr().println("fwf: " + notSaved.getMessage());
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
            cl.getErr().println("fwf: internal error: " + t);
            t.printStackTrace(cl.getErr());
            return CommandLine.ExitCode.SOFTWARE;
        }
        cl.getErr().println("fwf: " + message);
        return Main.EXIT_BAD_INPUT;
    }
}
