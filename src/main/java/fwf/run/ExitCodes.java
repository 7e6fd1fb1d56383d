package fwf.run;

import java.util.List;

/** Says in words how a worker process ended. */
public final class ExitCodes {
    /** Linux's numbering of the signals a worker can die of. */
    private static final List<String> SIGNALS = List.of("", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP",
            "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM");

    /** How a process killed by SIGINT (Ctrl+C) is reported: 128 + 2. */
    public static final int SIGINT_EXIT = 128 + 2;

    private ExitCodes() {
    }

    /**
     * "worker exited with code 3", or for 128 + n (how a process killed by signal n is
     * reported, by Java as by the shell) "worker was killed by signal 9 (SIGKILL)".
     */
    public static String describe(int code) {
        if (code > 128 && code < 128 + 32) {
            int signal = code - 128;
            String name = signal < SIGNALS.size() ? " (" + SIGNALS.get(signal) + ")" : "";
            return "worker was killed by signal " + signal + name;
        }
        return "worker exited with code " + code;
    }
}
