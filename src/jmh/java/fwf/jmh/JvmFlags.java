package fwf.jmh;

/**
 * The flags our workers start every JVM with (pom.xml's {@code fwf.jvm.flags}), as constants
 * so that {@code @Fork(jvmArgsAppend = ...)} can name them: JMH's forks must run the kernels
 * under the same JVM as our harness, or the comparison compares flags, not harnesses.
 */
final class JvmFlags {
    /** The mean's SIMD variant needs the incubating Vector API. */
    static final String VECTOR = "--add-modules=jdk.incubator.vector";
    /** FFM kernels call native code; without this the JVM warns on the first call. */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private JvmFlags() {
    }
}
