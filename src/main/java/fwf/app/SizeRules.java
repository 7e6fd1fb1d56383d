package fwf.app;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * What the size field accepts for each workload, and the warnings it deserves. Checked before
 * anything is queued, so a typo never costs a worker start.
 *
 * <p>Messages read like {@code n must be a whole number from 1 to 50, got '51'}; grouping
 * marks ("10,000,000", "10_000_000", "10 000 000") are accepted because people type the mean's
 * sizes that way.
 */
public final class SizeRules {
    /** Naive fib past this is cheap on C2 but long on an interpreter. */
    public static final int FIB_WARN_ABOVE = 40;
    public static final int FIB_MAX = 50;
    /** 100 million float32 values are 400 MB in the worker: past that the heap, not the CPU, is measured. */
    public static final int MEAN_MAX = 100_000_000;

    /**
     * Systems that interpret every call: fib(n) costs about 1.6 times fib(n - 1), so n = 45 is
     * eleven times n = 40, which on these means minutes.
     */
    static final Set<String> SLOW_SYSTEMS = Set.of("jvm-int", "cpython");

    private SizeRules() {
    }

    /** The outcome of checking a size. */
    public sealed interface Check {
        /** @param size 0 means "all of the input" (triangles); warning is null when none */
        record Ok(int size, String warning) implements Check {
        }

        record Bad(String message) implements Check {
        }
    }

    /** What the field is called and what it holds, shown beside it. */
    public static String label(String workload) {
        return switch (workload) {
            case "fib" -> "n";
            case "triangles" -> "nodes";
            case "mean" -> "elements";
            default -> "size";
        };
    }

    /** Shown in the empty field. */
    public static String prompt(String workload) {
        return "triangles".equals(workload) ? "all" : "";
    }

    /**
     * @param graphNodes node count of the chosen graph, or 0 when not known yet
     * @param systems    the systems it will run on (for the slow-system warning)
     */
    public static Check check(String workload, String text, int graphNodes, Collection<String> systems) {
        String digits = text == null ? "" : text.strip().replaceAll("[,_ ]", "");
        return switch (workload) {
            case "fib" -> fib(digits, text, systems);
            case "triangles" -> triangles(digits, text, graphNodes);
            case "mean" -> range("elements", digits, text, 1, MEAN_MAX);
            default -> new Check.Bad("unknown workload '" + workload + "'");
        };
    }

    private static Check fib(String digits, String text, Collection<String> systems) {
        Check c = range("n", digits, text, 1, FIB_MAX);
        if (c instanceof Check.Ok(int n, String none) && n > FIB_WARN_ABOVE) {
            String slow = systems.stream().filter(SLOW_SYSTEMS::contains).sorted().reduce((a, b) -> a + " and " + b)
                    .orElse(null);
            if (slow != null) {
                return new Check.Ok(n, "fib(" + n + ") on " + slow + " can take minutes (each step past 40 costs"
                        + " 1.6 times more): Esc cancels");
            }
        }
        return c;
    }

    private static Check triangles(String digits, String text, int graphNodes) {
        if (digits.isEmpty() || digits.equals("0") || digits.equalsIgnoreCase("all")) {
            return new Check.Ok(0, null); // the whole graph, the talk's run
        }
        int max = graphNodes > 0 ? graphNodes : Integer.MAX_VALUE;
        Integer n = parse(digits);
        if (n == null || n < 1 || n > max) {
            String upper = graphNodes > 0 ? " to " + grouped(graphNodes) + " (the graph's node count)" : " up";
            return new Check.Bad("nodes must be empty (all) or a whole number from 1" + upper + ", got '"
                    + text.strip() + "'");
        }
        return new Check.Ok(n, null);
    }

    private static Check range(String label, String digits, String text, int min, int max) {
        Integer n = parse(digits);
        if (n == null || n < min || n > max) {
            return new Check.Bad(label + " must be a whole number from " + grouped(min) + " to " + grouped(max)
                    + ", got '" + (text == null ? "" : text.strip()) + "'");
        }
        return new Check.Ok(n, null);
    }

    private static Integer parse(String digits) {
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long v = Long.parseLong(digits);
        return v > Integer.MAX_VALUE ? null : (int) v;
    }

    static String grouped(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
