package fwf.cli;

import java.util.ArrayList;
import java.util.List;

/** Parses a sweep's sizes: {@code 20..40:5} (from, to, step) or a list {@code 10,20,35}. */
final class Sizes {
    private static final int MAX_POINTS = 1000;

    private Sizes() {
    }

    static List<Integer> parse(String text) {
        String t = text.strip();
        try {
            int range = t.indexOf("..");
            if (range < 0) {
                List<Integer> out = new ArrayList<>();
                for (String part : t.split(",")) {
                    out.add(positive(Integer.parseInt(part.strip()), text));
                }
                return List.copyOf(out);
            }
            int colon = t.indexOf(':', range);
            int from = positive(Integer.parseInt(t.substring(0, range).strip()), text);
            int to = Integer.parseInt((colon < 0 ? t.substring(range + 2) : t.substring(range + 2, colon)).strip());
            int step = colon < 0 ? 1 : Integer.parseInt(t.substring(colon + 1).strip());
            if (step < 1 || to < from) {
                throw bad(text);
            }
            if ((to - from) / step + 1 > MAX_POINTS) {
                throw new IllegalArgumentException("--sizes " + text + " has more than " + MAX_POINTS + " sizes");
            }
            List<Integer> out = new ArrayList<>();
            for (int n = from; n <= to; n += step) {
                out.add(n);
            }
            return List.copyOf(out);
        } catch (NumberFormatException e) {
            throw bad(text);
        }
    }

    private static int positive(int n, String text) {
        if (n < 1) {
            throw bad(text);
        }
        return n;
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("--sizes '" + text
                + "' is not FROM..TO:STEP (e.g. 20..40:5) nor a list of sizes (e.g. 10,20,35)");
    }
}
