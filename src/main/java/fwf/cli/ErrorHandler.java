package fwf.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * Turns the exceptions a command lets through into one line on stderr and an exit code.
 * Bad input (a wrong size, an unreadable or malformed file) is the user's to fix, so it gets
 * a message and no stack trace; anything else is our bug, and keeps its trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        String message = switch (t) {
            case NoSuchFileException nf -> "no such file: " + nf.getFile();
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
