package fwf.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the command line (and, later, of the window). Not an {@code Application}
 * subclass: JavaFX refuses to start a main class that extends it from the class path.
 */
@Command(name = "fwf", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Faster with Friends: how much faster the same code gets, and what each step costs.",
                "Replays the talk \"Faster Python with Friends\" on the JVM and beside its friends."},
        subcommands = {ListCommand.class, RunCommand.class, TraceCommand.class, SweepCommand.class, RecapCommand.class, ResultsCommand.class,
                ChartCommand.class, FriendsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run ./fwf COMMAND --help for a command's options. ./fwf test runs every test."})
public final class Main implements Runnable {
    /** Exit code for bad input: an unknown name, a size out of range, a broken graph file. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a run that ended but is not a valid measurement (wrong, failed, timed out). */
    public static final int EXIT_RUN_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        int exit;
        try {
            exit = cl.execute(args);
        } catch (Throwable t) {
            // An Error (out of memory, a stack overflow) passes picocli's handler by: still one line.
            ErrorHandler.internalError(t, cl.getErr());
            exit = EXIT_RUN_FAILED;
        }
        System.exit(exit);
    }

    /** The configured command line, shared by main and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("fwf: " + ErrorHandler.oneLine(ex.getMessage()) + " (see '"
                    + c.getCommandSpec().qualifiedName() + " --help')");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    @Override
    public void run() {
        // No window yet: with no command, show what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
