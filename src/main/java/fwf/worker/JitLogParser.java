package fwf.worker;

import fwf.run.InliningTree;
import fwf.run.JitEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the lines of a worker's JIT log (HotSpot's unified logging, decorated with
 * {@code tn,ti,tg}: {@code [8507012407800ns][616][jit,compilation ] message}) into the
 * compilations and deoptimisations of one package's methods, as JFR's {@code jdk.Compilation}
 * and {@code jdk.Deoptimization} reported them before.
 *
 * <p>The three kinds of line, as JDK 25 writes them:
 * <ul>
 * <li>{@code [jit,compilation]}: PrintCompilation's line, written by the compiler thread when a
 *     compilation starts: {@code   385 %     4       fwf.workload.Fib::primitive @ 11 (24 bytes)}
 *     (compile id, five attribute characters {@code %sb!n}, the tier when tiered compilation is
 *     on, the method, {@code @ bci} for an on-stack replacement, the size). The same tag set also
 *     carries the same line with a message after the size ({@code made not entrant: not used}),
 *     which is old code thrown away and no event, and, if a JDK writes it there, {@code COMPILE
 *     SKIPPED: reason}.</li>
 * <li>{@code [nmethod,install]}: {@code Installing method (4) fwf.workload.Fib.primitive(J)J} or
 *     {@code Installing osr method (4) ... @ 11}, written by the same compiler thread once the
 *     code is in place. Code from Graal through JVMCI ({@code jvm-graal}) is installed with the
 *     same line, its entry point after it: {@code ... primitive(J)J [entry point: 0x7f3d38051180]}.</li>
 * <li>{@code [deoptimization]}: {@code cid= 18 level=4 fwf.workload.X.total(...)J trap_bci=27
 *     class_check maybe_recompile ...} (the trap's bci, the failed speculation, what the JVM does
 *     about it), written at the very place JFR's {@code jdk.Deoptimization} is posted (an
 *     uncommon trap), naming the same method: the one the trap is in.</li>
 * <li>{@code [jit,inlining]} (asked for with the warm-up trace only): one line per call site the
 *     compiler looked at, written by the compiling thread between a compilation's start and its
 *     install, indented two spaces a level of inlining, after a column of flags:
 *     {@code                 !              @ 19   fwf.workload.DynamicInt::sub (74 bytes)   inline (hot)}.
 *     The lines of a kernel compilation that is installed become its {@link InliningTree}.</li>
 * </ul>
 *
 * <p>Why compiler threads pair a start with its install: a compiler thread compiles one method at
 * a time, so the next install written by the thread that started a compilation is that
 * compilation's; the start line has no signature, so methods alone could not tell overloads
 * apart. A failed compilation writes nothing on JDK 25's unified logging (its {@code COMPILE
 * SKIPPED} goes to PrintCompilation's tty only), so a start is dropped when its thread starts
 * something else first (a native wrapper, {@code n}, is no such thing: Graal, Java code on its
 * JVMCI compiler thread, makes them mid-compilation), or when a {@code COMPILE SKIPPED} line names its compile id. A start is
 * never emitted before its install, so no failed compilation ever reaches the protocol; one still
 * waiting when the worker stops is dropped as JFR dropped a compilation that had not ended. The
 * tier is the install's: without tiered compilation the start line has none.
 *
 * <p>Not thread-safe: the worker's main thread owns it.
 */
final class JitLogParser {
    /** A JIT event on the JVM's nanoTime clock, before it is placed relative to the first iteration. */
    record Seen(String kind, String method, int tier, long startNs, long durationNs, int bci, String reason) {
        Seen(String kind, String method, int tier, long startNs, long durationNs) {
            this(kind, method, tier, startNs, durationNs, -1, "");
        }

        JitEvent since(long originNs) {
            return new JitEvent(kind, method, tier, startNs - originNs, durationNs, bci, reason);
        }
    }

    /** A kernel compilation started on a compiler thread, waiting for its install. */
    private record Start(int compileId, String method, boolean osr, int bci, int tier, long startNs) {
    }

    private static final Pattern LAMBDA_ADDRESS = Pattern.compile("\\$\\$Lambda[./]0x[0-9a-fA-F]+");
    private static final String INSTALL = "Installing method (";
    private static final String INSTALL_OSR = "Installing osr method (";
    private static final String SKIPPED = "COMPILE SKIPPED";
    private static final String FAILED_TO_INLINE = "failed to inline: ";

    private final String packagePrefix;
    /** By compiler thread id. */
    private final Map<Long, Start> running = new HashMap<>();
    private final List<Seen> ready = new ArrayList<>();
    /** The call sites of the kernel compilation each compiler thread is on, by thread id. */
    private final Map<Long, List<InliningTree.Call>> calls = new HashMap<>();
    /** The column of '@' of each thread's first call site: depth 1. */
    private final Map<Long, Integer> baseColumn = new HashMap<>();
    private final List<InliningTree> trees = new ArrayList<>();

    /** Keeps the events of the classes of {@code packageName} and its subpackages. */
    JitLogParser(String packageName) {
        this.packagePrefix = packageName + ".";
    }

    /** Reads one line, without its line end; lines of other shapes are ignored. */
    void accept(String line) {
        // Three decorations: time in ns, thread id, tags. A message may hold '[' itself
        // ("[Lfwf/...;" in a signature), so exactly three groups are read from the left.
        int a = line.indexOf("ns][");
        if (!line.startsWith("[") || a < 0) {
            return; // a continuation line of a multi-line message, or not ours
        }
        int b = line.indexOf("][", a + 4);
        int c = b < 0 ? -1 : line.indexOf("] ", b + 2);
        if (c < 0) {
            return;
        }
        long ns;
        long thread;
        try {
            ns = Long.parseLong(line, 1, a, 10);
            thread = Long.parseLong(line, a + 4, b, 10);
        } catch (NumberFormatException e) {
            return;
        }
        String tags = line.substring(b + 2, c).strip();
        String message = line.substring(c + 2);
        try {
            switch (tags) {
                case "jit,compilation" -> compilation(thread, ns, message);
                case "nmethod,install" -> install(thread, ns, message);
                case "deoptimization" -> deoptimization(ns, message);
                case "jit,inlining" -> inlining(thread, message);
                default -> {
                    // another tag set: not asked for
                }
            }
        } catch (NumberFormatException e) {
            // A number too long for its type: not a line of the shape we know. The JIT log is an
            // extra; a line we cannot read must never stop the measurement.
        }
    }

    /** Takes the events complete so far, in the order they started. */
    List<Seen> take() {
        List<Seen> out = new ArrayList<>(ready);
        ready.clear();
        out.sort((x, y) -> Long.compare(x.startNs(), y.startNs()));
        return out;
    }

    /** Takes the inlining trees of the kernel compilations installed so far, in the order they were. */
    List<InliningTree> takeInlining() {
        List<InliningTree> out = List.copyOf(trees);
        trees.clear();
        return out;
    }

    /** How many kernel compilations have started and not yet been installed or dropped. */
    int waiting() {
        return running.size();
    }

    /** {@code   385 %s!bn 4       fwf.workload.Fib::primitive @ 11 (24 bytes)[   message]} */
    private void compilation(long thread, long ns, String message) {
        int i = skip(message, 0, ' ');
        int idEnd = digits(message, i);
        // The id is followed by one space, then exactly five attribute characters.
        if (idEnd == i || idEnd + 6 > message.length() || message.charAt(idEnd) != ' ') {
            return;
        }
        int compileId = Integer.parseInt(message, i, idEnd, 10);
        String attributes = message.substring(idEnd + 1, idEnd + 6);
        int at = skip(message, idEnd + 6, ' ');
        int tier = -1;
        int tierEnd = digits(message, at);
        if (tierEnd == at + 1 && tierEnd < message.length() && message.charAt(tierEnd) == ' ') {
            tier = message.charAt(at) - '0';
            at = skip(message, tierEnd, ' ');
        } else if (message.startsWith("- ", at)) {
            at = skip(message, at + 1, ' '); // tiered, level unknown: the install will say
        }
        int nameEnd = message.indexOf(' ', at);
        if (nameEnd < 0) {
            return;
        }
        String name = message.substring(at, nameEnd);
        int bci = -1;
        int rest = nameEnd + 1;
        if (message.startsWith("@ ", rest)) {
            int bciEnd = digits(message, rest + 2);
            if (bciEnd == rest + 2) {
                return;
            }
            bci = Integer.parseInt(message, rest + 2, bciEnd, 10);
            rest = bciEnd + 1;
        }
        int sizeEnd = message.indexOf(')', rest);
        if (!message.startsWith("(", rest) || sizeEnd < 0) {
            return;
        }
        String after = message.substring(sizeEnd + 1).strip();
        if (after.startsWith(SKIPPED)) {
            running.values().removeIf(s -> s.compileId() == compileId);
            return;
        }
        if (!after.isEmpty()) {
            return; // "made not entrant: ...": old code thrown away, not a compilation
        }
        boolean osr = attributes.charAt(0) == '%';
        boolean isNative = attributes.charAt(4) == 'n'; // a native wrapper: never installed as a compilation
        if (isNative) {
            // Made on the thread that first calls the native method. Graal (JVMCI) is Java code
            // running on its compiler thread, so its calls write these lines between the start and
            // the install of the compilation that thread is doing: it goes on.
            return;
        }
        // Whatever this thread compiled before is over: had it succeeded, its install would
        // have come first.
        running.remove(thread);
        calls.remove(thread);
        baseColumn.remove(thread);
        String method = kernel(name, "::");
        if (method != null && osr == (bci >= 0)) {
            running.put(thread, new Start(compileId, method, osr, bci, tier, ns));
        }
    }

    /** {@code Installing method (4) fwf.workload.Fib.primitive(J)J} or {@code Installing osr method (4) ... @ 11}. */
    private void install(long thread, long ns, String message) {
        boolean osr = message.startsWith(INSTALL_OSR);
        if (!osr && !message.startsWith(INSTALL)) {
            return;
        }
        Start start = running.remove(thread);
        if (start == null) {
            return; // not a kernel compilation we saw start
        }
        int at = (osr ? INSTALL_OSR : INSTALL).length();
        int close = message.indexOf(") ", at);
        int tierEnd = digits(message, at);
        if (close < 0 || tierEnd != close) {
            return;
        }
        int tier = Integer.parseInt(message, at, tierEnd, 10);
        String method = kernel(javaName(message.substring(close + 2)), ".");
        int bci = -1;
        int bciAt = message.lastIndexOf(" @ ");
        if (osr && bciAt > close) {
            int bciEnd = digits(message, bciAt + 3);
            if (bciEnd > bciAt + 3) {
                bci = Integer.parseInt(message, bciAt + 3, bciEnd, 10);
            }
        }
        List<InliningTree.Call> sites = calls.remove(thread);
        baseColumn.remove(thread);
        if (start.method().equals(method) && start.osr() == osr && start.bci() == bci
                && (start.tier() < 0 || start.tier() == tier)) {
            ready.add(new Seen(osr ? "osr" : "compile", method, tier, start.startNs(), ns - start.startNs(), bci, ""));
            if (sites != null) {
                trees.add(new InliningTree(osr ? "osr" : "compile", method, tier, start.startNs(), sites));
            }
        }
    }

    /**
     * {@code [flags]   @ 19   fwf.workload.DynamicInt::sub (74 bytes)   inline (hot)}, or
     * {@code @ 20  java/lang/invoke/MethodHandle::invokeBasic (not loaded)   failed to inline: not inlineable};
     * kept only while the thread compiles a kernel method.
     */
    private void inlining(long thread, String message) {
        if (!running.containsKey(thread)) {
            return; // the thread compiles something that is not the kernel's
        }
        int at = message.indexOf("@ ");
        if (at < 0) {
            return; // a type profile's continuation line ("\-> TypeProfile ..."), not a call site
        }
        int bciEnd = digits(message, at + 2);
        if (bciEnd == at + 2) {
            return;
        }
        int bci = Integer.parseInt(message, at + 2, bciEnd, 10);
        int nameAt = skip(message, bciEnd, ' ');
        int nameEnd = message.indexOf(" (", nameAt);
        int sizeEnd = nameEnd < 0 ? -1 : message.indexOf(')', nameEnd);
        if (nameEnd <= nameAt || sizeEnd < 0) {
            return;
        }
        String callee = message.substring(nameAt, nameEnd);
        String verdict = message.substring(sizeEnd + 1).strip();
        boolean inlined = !verdict.startsWith("failed");
        if (verdict.startsWith(FAILED_TO_INLINE)) {
            verdict = verdict.substring(FAILED_TO_INLINE.length());
        }
        int base = baseColumn.computeIfAbsent(thread, t -> at);
        int depth = Math.max(1, (at - base) / 2 + 1);
        calls.computeIfAbsent(thread, t -> new ArrayList<>()).add(new InliningTree.Call(depth, bci, callee, inlined, verdict));
    }

    /** {@code cid=  18     level=4 fwf.workload.X.total([Lfwf/workload/X$Shape;)J trap_bci=27 ...} */
    private void deoptimization(long ns, String message) {
        if (!message.startsWith("cid=")) {
            return;
        }
        int level = message.indexOf(" level=");
        int at = level < 0 ? -1 : message.indexOf(' ', level + 1);
        if (at < 0) {
            return;
        }
        int end = message.indexOf(' ', at + 1);
        String method = kernel(javaName(message.substring(at + 1, end < 0 ? message.length() : end)), ".");
        if (method != null) {
            // After the method: trap_bci=27 [osr_bci=5] reason action pc=... relative_pc=...
            int bci = -1;
            String reason = "";
            for (String word : (end < 0 ? "" : message.substring(end + 1)).strip().split(" +")) {
                if (word.startsWith("trap_bci=")) {
                    bci = Integer.parseInt(word.substring("trap_bci=".length()));
                } else if (!word.contains("=") && !word.isEmpty()) {
                    reason = word; // the first bare word is the reason, the second the action
                    break;
                }
            }
            ready.add(new Seen("deopt", method, 0, ns, 0, bci, reason));
        }
    }

    /** {@code fwf.workload.Fib.primitive(J)J}, or the text itself, without its signature. */
    private static String javaName(String s) {
        int paren = s.indexOf('(');
        return paren < 0 ? s : s.substring(0, paren);
    }

    /**
     * {@code fwf.workload.Fib::primitive} for a method of the package, written with
     * {@code separator} between class and method; null for any other method.
     */
    private String kernel(String name, String separator) {
        int cut = name.lastIndexOf(separator);
        if (cut <= 0 || cut + separator.length() >= name.length()) {
            return null;
        }
        String type = name.substring(0, cut);
        if (!type.startsWith(packagePrefix)) {
            return null;
        }
        // A lambda's hidden class is named per JVM run (FibVariants$$Lambda/0x0000000041...):
        // its address would make the same method look different in every worker.
        return LAMBDA_ADDRESS.matcher(type).replaceFirst("\\$\\$Lambda") + "::" + name.substring(cut + separator.length());
    }

    private static int skip(String s, int from, char c) {
        int i = from;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return i;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
