package fwf.run;

import java.util.ArrayList;
import java.util.List;

/**
 * What one compilation of a kernel method inlined, as HotSpot's unified logging writes it
 * ({@code -Xlog:jit+inlining=debug}): every call site the compiler looked at, in its order, with
 * how deep it sits in the inlined code, whether its callee was inlined and, where not, why.
 * The worker sends it with the warm-up trace; the Warm-up tab draws it as a tree.
 *
 * @param kind         "compile" or "osr", as {@link JitEvent#kind()}
 * @param method       the compiled method, {@code fwf.workload.Fib::dynamic}
 * @param tier         1 to 4, as {@link JitEvent#tier()}
 * @param sinceStartNs when the compilation started, from the worker's origin (as {@link JitEvent})
 * @param calls        the call sites in the log's order: a call's callees follow it, one deeper
 */
public record InliningTree(String kind, String method, int tier, long sinceStartNs, List<Call> calls) {
    public InliningTree {
        calls = List.copyOf(calls);
    }

    /**
     * One call site.
     *
     * @param depth   1 for a call in the compiled method itself, 2 for one in a method inlined
     *                there, and so on
     * @param bci     the call's bytecode index in its caller
     * @param callee  {@code fwf.workload.DynamicInt::add}, as the log names it
     * @param inlined whether the compiler put the callee's code in place of the call
     * @param verdict the log's words: "inline (hot)", "intrinsic", "accessor", or why not:
     *                "callee is too large", "recursive inlining is too deep"
     */
    public record Call(int depth, int bci, String callee, boolean inlined, String verdict) {
    }

    /** A call site with the call sites of its inlined callee. */
    public record Node(Call call, List<Node> children) {
        public Node {
            children = List.copyOf(children);
        }
    }

    /** The calls as a tree: the compiled method's own call sites, each with its callee's. */
    public List<Node> roots() {
        return children(0, 1).nodes();
    }

    private record Built(List<Node> nodes, int next) {
    }

    /** The calls at {@code depth} from index {@code from} on, until one shallower. */
    private Built children(int from, int depth) {
        List<Node> out = new ArrayList<>();
        int i = from;
        while (i < calls.size() && calls.get(i).depth() >= depth) {
            Call c = calls.get(i);
            if (c.depth() > depth) {
                // Deeper than a child: a log that skipped a level. Kept, at this level.
                Built lost = children(i, c.depth());
                out.addAll(lost.nodes());
                i = lost.next();
                continue;
            }
            Built below = children(i + 1, depth + 1);
            out.add(new Node(c, below.nodes()));
            i = below.next();
        }
        return new Built(out, i);
    }

    /** How deep the inlined code goes: 0 when nothing was inlined. */
    public int deepestInlined() {
        return calls.stream().filter(Call::inlined).mapToInt(Call::depth).max().orElse(0);
    }
}
