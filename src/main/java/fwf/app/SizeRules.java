package fwf.app;

import fwf.friends.SystemSpec;
import fwf.friends.Systems;
import fwf.workload.Naming;
import fwf.workload.SizeRule;
import fwf.workload.Workload;

import java.util.Collection;

/**
 * What the size field accepts, as each workload's {@link SizeRule} says, and the warnings it
 * deserves. Checked before anything is queued, so a typo never costs a worker start.
 *
 * <p>Messages read like {@code n must be a whole number from 1 to 50, got '51'}; grouping
 * marks ("10,000,000", "10_000_000", "10 000 000") are accepted because people type the mean's
 * sizes that way.
 */
public final class SizeRules {
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

    /**
     * Checks the field's text against the workload's {@link SizeRule}.
     *
     * @param inputSize the input's own size when the rule leaves the bound to it (the chosen
     *                  graph's node count), or 0 when not known yet
     * @param systems   the names of the systems it will run on (for the slow-system warning)
     */
    public static Check check(Workload<?> workload, String text, int inputSize, Collection<String> systems) {
        SizeRule rule = workload.sizeRule();
        String digits = text == null ? "" : text.strip().replaceAll("[,_ ]", "");
        String shown = text == null ? "" : text.strip();
        if (rule.blankMeansAll() && (digits.isEmpty() || digits.equals("0") || digits.equalsIgnoreCase("all"))) {
            return new Check.Ok(0, null); // the whole input, the talk's run
        }
        Integer n = parse(digits);
        if (n == null || n < SizeRule.MIN || n > rule.upperBound(inputSize)) {
            return new Check.Bad(rule.outOfRange(shown, inputSize));
        }
        if (rule.warnAbove() > 0 && n > rule.warnAbove()) {
            String slow = Systems.interpretingEveryCall().stream().map(SystemSpec::name).filter(systems::contains)
                    .sorted().reduce((a, b) -> a + " and " + b).orElse(null);
            if (slow != null) {
                return new Check.Ok(n, workload.naming().bar().of(n, null) + " on " + slow + " can take minutes ("
                        + rule.growth() + "): Esc cancels");
            }
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
        return Naming.grouped(n);
    }
}
