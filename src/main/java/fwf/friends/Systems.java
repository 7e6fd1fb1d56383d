package fwf.friends;

import java.util.List;
import java.util.Optional;

/** Every system the program knows; the JVM's ladder first, from slowest to fastest. */
public final class Systems {
    public static final SystemSpec JVM_INT = new SystemSpec("jvm-int", Family.JVM, "Java -Xint",
            "The bytecode interpreter alone: what the JVM costs before any JIT, close to CPython's model.",
            List.of("-Xint"));
    public static final SystemSpec JVM_C1 = new SystemSpec("jvm-c1", Family.JVM, "Java C1",
            "The client compiler only: quick to compile, lighter optimisation.",
            List.of("-XX:TieredStopAtLevel=1"));
    public static final SystemSpec JVM_C2 = new SystemSpec("jvm-c2", Family.JVM, "Java C2 (tiered)",
            "The default: interpreter, then C1 with profiling, then C2 on the hot methods.",
            List.of());
    public static final SystemSpec JVM_C2_ONLY = new SystemSpec("jvm-c2-only", Family.JVM, "Java C2 only",
            "No tiers: interpreted until C2 compiles, so warm-up is slower but the peak is the same.",
            List.of("-XX:-TieredCompilation"));

    private static final List<SystemSpec> ALL = List.of(JVM_INT, JVM_C1, JVM_C2, JVM_C2_ONLY);

    private Systems() {
    }

    public static List<SystemSpec> all() {
        return ALL;
    }

    public static Optional<SystemSpec> find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(SystemSpec::name).toList();
    }
}
