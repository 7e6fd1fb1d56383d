package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The Python driver and plain kernels, unpacked from the class path so interpreters can run them. */
record PythonSources() implements Build {
    @Override
    public String unit() {
        return "python";
    }

    @Override
    public String key() {
        return Resources.key(Resources.PYTHON, List.of());
    }

    @Override
    public void build(Path work, Path out) throws IOException {
        for (String name : Resources.PYTHON) {
            Resources.copy(name, out.resolve(Resources.fileName(name)));
        }
    }
}
