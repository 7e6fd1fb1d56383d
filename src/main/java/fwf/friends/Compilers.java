package fwf.friends;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which compilers a JVM runs, as its flags decide. Each JVM tier's name promises one
 * ({@code jvm-c2}: tiered C1 and C2), so an extra flag that changes it ({@code -Xint} given to
 * {@code jvm-c2}) would file an interpreter's times under C2's name: such a request is refused,
 * naming the system that does run those compilers.
 *
 * <p>The flags are read as HotSpot reads them, the last of each kind winning: {@code -Xint},
 * {@code -Xmixed} and {@code -Xcomp}; {@code -XX:±TieredCompilation};
 * {@code -XX:TieredStopAtLevel=N}; {@code -XX:CompilationMode=...}; {@code -XX:±UseJVMCICompiler}.
 */
public enum Compilers {
    INTERPRETER("the interpreter alone"),
    C1("C1 alone"),
    C1_PROFILING("C1 with profiling (tier 2 or 3) alone"),
    TIERED("tiered C1 and C2"),
    C2_ONLY("C2 alone"),
    GRAAL("the Graal JIT (JVMCI)"),
    COMPILE_FIRST("every method compiled before its first call (-Xcomp)");

    private final String words;

    Compilers(String words) {
        this.words = words;
    }

    /** What runs, in words: "the interpreter alone". */
    public String words() {
        return words;
    }

    /** The compilers a JVM started with these flags runs. */
    public static Compilers of(List<String> flags) {
        String mode = "-Xmixed";
        boolean tiered = true;
        int stopAt = 4;
        boolean jvmci = false;
        String compilationMode = "default";
        for (String f : flags) {
            switch (f) {
                case "-Xint", "-Xmixed", "-Xcomp" -> mode = f;
                case "-XX:+TieredCompilation" -> tiered = true;
                case "-XX:-TieredCompilation" -> tiered = false;
                case "-XX:+UseJVMCICompiler" -> jvmci = true;
                case "-XX:-UseJVMCICompiler" -> jvmci = false;
                default -> {
                    if (f.startsWith("-XX:TieredStopAtLevel=")) {
                        stopAt = level(f.substring("-XX:TieredStopAtLevel=".length()), stopAt);
                    } else if (f.startsWith("-XX:CompilationMode=")) {
                        compilationMode = f.substring("-XX:CompilationMode=".length());
                    }
                }
            }
        }
        if (mode.equals("-Xint")) {
            return INTERPRETER;
        }
        if (jvmci) {
            return GRAAL;
        }
        if (mode.equals("-Xcomp")) {
            return COMPILE_FIRST;
        }
        if (!tiered) {
            return C2_ONLY; // without tiers HotSpot ignores TieredStopAtLevel
        }
        switch (compilationMode) {
            case "quick-only" -> {
                return C1;
            }
            case "high-only", "high-only-quick-internal" -> {
                return C2_ONLY;
            }
            default -> {
                // "default" and names the JVM will refuse by itself
            }
        }
        return stopAt <= 0 ? INTERPRETER : stopAt == 1 ? C1 : stopAt < 4 ? C1_PROFILING : TIERED;
    }

    private static int level(String text, int otherwise) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise; // the JVM refuses it and says why
        }
    }

    /** Whether the flag is one {@link #of} reads. */
    static boolean decides(String flag) {
        return List.of("-Xint", "-Xmixed", "-Xcomp", "-XX:+TieredCompilation", "-XX:-TieredCompilation",
                "-XX:+UseJVMCICompiler", "-XX:-UseJVMCICompiler").contains(flag)
                || flag.startsWith("-XX:TieredStopAtLevel=") || flag.startsWith("-XX:CompilationMode=");
    }

    /**
     * Why a run of {@code system} with these extra flags would be mislabelled, or empty when it
     * would not be: the system is not a JVM tier, or the flags leave its compilers as they are.
     * The message names the flags and the system to use instead, if one runs those compilers:
     * "-Xint makes jvm-c2 run the interpreter alone: use --system jvm-int".
     */
    public static Optional<String> mislabel(SystemSpec system, List<String> extraFlags) {
        if (system.launch() != Launch.JVM_WORKER) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(system.jvmFlags());
        all.addAll(extraFlags);
        Compilers actual = of(all);
        if (actual == of(system.jvmFlags())) {
            return Optional.empty();
        }
        String flags = String.join(" ", extraFlags.stream().filter(Compilers::decides).toList());
        String what = flags + (flags.contains(" ") ? " make " : " makes ") + system.name() + " run " + actual.words();
        Optional<SystemSpec> right = Systems.all().stream()
                .filter(s -> s.launch() == Launch.JVM_WORKER && of(s.jvmFlags()) == actual).findFirst();
        return Optional.of(right.map(s -> what + ": use --system " + s.name())
                .orElseGet(() -> what + ", which no system here is named for: leave the flag out"));
    }
}
