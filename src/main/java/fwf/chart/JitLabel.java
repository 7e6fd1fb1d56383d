package fwf.chart;

import fwf.run.Durations;
import fwf.run.JitEvent;

import java.util.Map;

/**
 * A JIT event in plain words, as the warm-up chart labels its markers: "Fib.primitive compiled
 * by C2 (tier 4), 1.20 ms", "OSR into NaiveTriangles.countPrimitive at bci 41 by C1 (tier 3,
 * with profiling), 1.06 ms", "Fib.dynamic deoptimized: unstable_if (a branch it had never
 * seen taken)". Pure text, so it is tested without drawing.
 */
public final class JitLabel {
    /**
     * HotSpot's tiers: C1 compiles at 1 to 3 with less or more profiling (tier 3 records the
     * types and branches C2 will speculate on), C2 compiles at 4.
     */
    private static final Map<Integer, String> TIERS = Map.of(
            1, "C1 (tier 1, no profiling)",
            2, "C1 (tier 2, counting calls and loops)",
            3, "C1 (tier 3, with profiling)",
            4, "C2 (tier 4)");

    /** What the speculation behind a trap had assumed, for the reasons a kernel here meets. */
    private static final Map<String, String> REASONS = Map.of(
            "unstable_if", "a branch it had never seen taken",
            "class_check", "a class it had not seen there",
            "bimorphic", "a third class at a call it had seen two at",
            "null_check", "a null it had not seen there",
            "range_check", "an index out of range",
            "unloaded", "a class not loaded when it compiled",
            "unreached", "code it had never seen run",
            "div0_check", "a division by zero");

    private JitLabel() {
    }

    /** The marker's text for {@code e}. */
    public static String of(JitEvent e) {
        String method = shortMethod(e.method());
        return switch (e.kind()) {
            case "deopt" -> {
                String why = REASONS.get(e.reason());
                yield method + " deoptimized" + (e.reason().isEmpty() ? "" : ": " + e.reason())
                        + (why == null ? "" : " (" + why + ")");
            }
            case "osr" -> "OSR into " + method + (e.bci() >= 0 ? " at bci " + e.bci() : "") + " by "
                    + compiler(e.tier()) + ", " + Durations.human(e.durationNs());
            default -> method + " compiled by " + compiler(e.tier()) + ", " + Durations.human(e.durationNs());
        };
    }

    /**
     * The label on a crowded time axis: the same words with the tier alone ("Fib.primitive compiled
     * by C1 (tier 3), 500 ns"; the chart's subtitle says what the tiers are) and a deopt's reason
     * without its explanation ("Fib.dynamic deoptimized: class_check").
     */
    public static String brief(JitEvent e) {
        String method = shortMethod(e.method());
        String by = e.tier() >= 4 ? "C2 (tier 4)" : e.tier() >= 1 ? "C1 (tier " + e.tier() + ")" : "tier " + e.tier();
        return switch (e.kind()) {
            case "deopt" -> method + " deoptimized" + (e.reason().isEmpty() ? "" : ": " + e.reason());
            case "osr" -> "OSR into " + method + (e.bci() >= 0 ? " at bci " + e.bci() : "") + " by " + by + ", "
                    + Durations.human(e.durationNs());
            default -> method + " compiled by " + by + ", " + Durations.human(e.durationNs());
        };
    }

    /** "C1 (tier 3, with profiling)" or "C2 (tier 4)". */
    static String compiler(int tier) {
        return TIERS.getOrDefault(tier, "tier " + tier);
    }

    /** {@code Fib.primitive} from {@code fwf.workload.Fib::primitive}. */
    static String shortMethod(String method) {
        int cut = method.indexOf("::");
        if (cut < 0) {
            return method;
        }
        String type = method.substring(0, cut);
        return type.substring(type.lastIndexOf('.') + 1) + "." + method.substring(cut + 2);
    }
}
