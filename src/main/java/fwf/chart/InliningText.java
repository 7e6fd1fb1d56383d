package fwf.chart;

import fwf.run.Durations;
import fwf.run.InliningTree;

/**
 * The inlining tree's lines in plain words, beside the warm-up curve: "Fib.primitive compiled by
 * C2 (tier 4) at 12.3 ms", then one line per call site, "@ 13 Fib.primitive: inlined (hot)" or
 * "@ 13 Fib.primitive: not inlined, recursive inlining is too deep". Pure text, tested without
 * drawing.
 */
public final class InliningText {
    private static final java.util.regex.Pattern HIDDEN_ADDRESS = java.util.regex.Pattern.compile("/0x[0-9a-fA-F]+");
    private InliningText() {
    }

    /** The compilation's line, the root of its tree. */
    public static String root(InliningTree tree) {
        String what = "osr".equals(tree.kind()) ? "OSR into " + JitLabel.shortMethod(tree.method()) + " by "
                : JitLabel.shortMethod(tree.method()) + " compiled by ";
        return what + JitLabel.compiler(tree.tier())
                + (tree.sinceStartNs() < 0 ? " before the first operation" : " at " + Durations.human(tree.sinceStartNs()));
    }

    /** A call site's line. */
    public static String call(InliningTree.Call call) {
        // A hidden class's address (DynamicInt$$TypeSwitch/0x...) differs in every run and says nothing;
        // a class not loaded is named with slashes (java/lang/invoke/MethodHandle).
        String callee = HIDDEN_ADDRESS.matcher(call.callee()).replaceFirst("").replace('/', '.');
        String head = "@ " + call.bci() + " " + JitLabel.shortMethod(callee) + ": ";
        if (!call.inlined()) {
            return head + "not inlined, " + call.verdict();
        }
        String v = call.verdict();
        // "inline (hot)" -> "inlined (hot)"; "intrinsic", "accessor", "force inline by annotation" as they are.
        return head + (v.startsWith("inline") ? "inlined" + v.substring("inline".length()) : "inlined: " + v);
    }
}
