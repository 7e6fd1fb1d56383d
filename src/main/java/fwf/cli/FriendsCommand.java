package fwf.cli;

import fwf.friends.Availability;
import fwf.friends.Friends;
import fwf.friends.Installer;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code fwf friends}: which friends run here ({@code list}) and how to get them ({@code install}). */
@Command(name = "friends", mixinStandardHelpOptions = true,
        description = "The talk's friends, the systems besides the JVM's own tiers: list or install them.",
        subcommands = {FriendsCommand.ListFriends.class, FriendsCommand.Install.class})
public final class FriendsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code fwf friends list}: each friend, available or not and why, with its variants. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Show each friend: available with its version, or why not; and the variants it implements.",
                    "The first call builds the compiled friends into the cache (PyO3 takes about half a minute)."})
    static final class ListFriends implements Runnable {
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            Friends friends = Friends.standard();
            PrintWriter out = spec.commandLine().getOut();
            List<SystemSpec> systems = java.util.stream.Stream.concat(Systems.friends().stream(),
                    Systems.fetched().stream()).toList();
            if (format == OutputFormat.json) {
                List<Object> list = new ArrayList<>();
                for (SystemSpec s : systems) {
                    Availability a = friends.availability(s.name());
                    list.add(Json.obj().put("name", s.name()).put("label", s.label()).put("family", s.family().name())
                            .put("launch", s.launch().name()).put("available", a.available()).put("version", a.version())
                            .put("reason", a.reason()).put("interpreter", a.interpreter())
                            .put("variants", s.variants()).put("unavailable_variants", a.unavailableVariants()).map());
                }
                out.println(Json.write(Map.of("friends", list, "cache", friends.cacheRoot().toString())));
            } else {
                int width = systems.stream().mapToInt(s -> s.name().length()).max().orElse(0);
                for (SystemSpec s : systems) {
                    Availability a = friends.availability(s.name());
                    String what = a.available() ? a.version() + (a.interpreter().isEmpty() ? "" : " (" + a.interpreter() + ")")
                            : a.reason();
                    out.printf("%-" + width + "s  %-9s  %s%n", s.name(), a.available() ? "available" : "missing", what);
                    out.printf("%-" + width + "s  %-9s  %s%n", "", "", variants(s));
                    a.unavailableVariants().forEach((variant, why) ->
                            out.printf("%-" + width + "s  %-9s  %s: %s%n", "", "", variant, why));
                }
                out.println();
                out.println("Builds are cached in " + friends.cacheRoot());
            }
            out.flush();
        }

        private static String variants(SystemSpec s) {
            if (s.isJvm()) {
                return "every variant of the JVM workloads (./fwf list)";
            }
            List<String> parts = new ArrayList<>();
            s.variants().forEach((workload, names) -> parts.add(workload + ": " + String.join(", ", names)));
            return String.join("; ", parts);
        }
    }

    /**
     * {@code fwf friends install}: apt-get the friends' Debian packages (as root). The packages are
     * the ones the friends declare, so the help names none and the command prints its list.
     */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Install the friends from Debian's packages (needs root).",
                    "apt-get update, then apt-get install -y of the Debian packages the friends need, plus each toolchain"
                            + " they need that PATH lacks; then fetch into the friends' cache what no Debian package has.",
                    "It first prints the packages it asks for on this machine (with --dry-run, only that)."})
    static final class Install implements Callable<Integer> {
        static final String PLANNED = "Debian packages the friends need here: ";
        static final String TO_FETCH = "to fetch into ";

        @Option(names = "--dry-run", description = "Print the packages and fetched parts an install would ask for"
                + " on this machine, and install nothing (no root needed).")
        boolean dryRun;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Installer installer = new Installer(System.getenv());
            out.println(PLANNED + String.join(" ", installer.plan()));
            List<String> fetch = installer.toFetch();
            if (!fetch.isEmpty()) {
                out.println(TO_FETCH + installer.cacheRoot() + ": " + String.join(", ", fetch));
            }
            out.flush();
            if (dryRun) {
                return 0;
            }
            try {
                Installer.Report report = installer.install(step -> {
                    out.println("$ " + step);
                    out.flush();
                });
                out.println("installed: " + (report.installed().isEmpty() ? "nothing new" : String.join(" ", report.installed())));
                if (!report.alreadyInstalled().isEmpty()) {
                    out.println("already installed: " + String.join(" ", report.alreadyInstalled()));
                }
                if (!report.toolchainsOnPath().isEmpty()) {
                    out.println("on PATH already, not installed: " + String.join(" ", report.toolchainsOnPath()));
                }
                out.println("Run 'fwf friends list' to build and check them.");
                out.flush();
                return 0;
            } catch (Installer.InstallException e) {
                err.println("fwf: " + e.getMessage());
                err.flush();
                return Main.EXIT_RUN_FAILED;
            }
        }
    }
}
