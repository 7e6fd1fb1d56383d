package fwf.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine a run is measured on, for its {@link Environment}.
 *
 * @param cpu   the CPU model from /proc/cpuinfo, or the architecture where there is none
 * @param cores processors available to the JVM
 * @param os    name, version and architecture
 */
record Host(String cpu, int cores, String os) {
    static Host current() {
        String arch = System.getProperty("os.arch", "");
        return new Host(cpuModel(Path.of("/proc/cpuinfo")).orElse(arch), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name", "") + " " + System.getProperty("os.version", "") + " " + arch);
    }

    /** The first "model name" line of a cpuinfo file (Linux on x86 and most ARM boards). */
    static Optional<String> cpuModel(Path cpuinfo) {
        List<String> lines;
        try {
            lines = Files.readAllLines(cpuinfo);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals("model name")) {
                String model = line.substring(colon + 1).strip();
                if (!model.isEmpty()) {
                    return Optional.of(model);
                }
            }
        }
        return Optional.empty();
    }
}
