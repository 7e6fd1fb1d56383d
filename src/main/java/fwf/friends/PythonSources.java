package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The Python driver and plain kernels, unpacked from the class path so interpreters can run them. */
record PythonSources() implements Build {
    /** The driver and the plain kernels every Python friend runs; the compiled ones import theirs beside. */
    static final List<String> FILES = List.of("python/fwf_friend.py", "python/fwf_kernels.py",
            "python/fwf_numpy_kernels.py");

    @Override
    public String unit() {
        return "python";
    }

    @Override
    public String key() {
        return Resources.key(FILES, List.of());
    }

    @Override
    public void build(Path work, Path out) throws IOException {
        for (String name : FILES) {
            Resources.copy(name, out.resolve(Resources.fileName(name)));
        }
    }
}
