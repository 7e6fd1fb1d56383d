package fwf.graph;

import java.nio.charset.StandardCharsets;

/** Turns raw line bytes into text that is safe to show in one line of an error message. */
final class Printable {
    private Printable() {
    }

    /**
     * Decodes {@code [lo, hi)} as UTF-8 (bad bytes become U+FFFD), shows a tab as a space and
     * anything unprintable as {@code ?}, and keeps at most {@code max} characters, marking a cut
     * with {@code ...}. Characters are Java's: a code point outside the Basic Multilingual Plane
     * counts two (its surrogate pair), so the result is never longer than {@code max + 3}, and a
     * pair is never split: when it would not fit whole, the cut comes before it.
     */
    static String shorten(byte[] bytes, int lo, int hi, int max) {
        // A code point takes at most 4 bytes and a bad byte decodes to one U+FFFD, so 4*(max+1)
        // bytes always decode to more than max code points when there are more: no need to
        // decode a megabyte of binary junk to show 80 characters of it.
        int n = Math.min(hi - lo, 4 * (max + 1));
        String text = new String(bytes, lo, n, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 3));
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean printable = cp != '\t' && isPrintable(cp);
            int width = printable ? Character.charCount(cp) : 1;
            if (shown + width > max) {
                out.append("...");
                return out.toString();
            }
            if (cp == '\t') {
                out.append(' ');
            } else if (printable) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
            shown += width;
        }
        return out.toString();
    }

    private static boolean isPrintable(int cp) {
        if (cp == 0xFFFD) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE -> false;
            default -> true;
        };
    }
}
