package fwf.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The program's three folders under the XDG base directory rules, found in this one place:
 * settings under {@code $XDG_CONFIG_HOME} (else {@code ~/.config}), the results journal under
 * {@code $XDG_DATA_HOME} (else {@code ~/.local/share}), friends' builds, layouts and generated
 * graphs under {@code $XDG_CACHE_HOME} (else {@code ~/.cache}), each in a folder
 * {@value #APP_FOLDER}. A variable that is unset, empty or relative is ignored, as the
 * specification asks. (jlink/fwf.sh, a shell script, finds the class-data archive's cache folder
 * by the same rule.)
 *
 * @param config for what the user chose (window.properties)
 * @param data   for what must not be lost (results.jsonl)
 * @param cache  for what can be rebuilt (friends' builds, layouts)
 */
public record AppFolders(Path config, Path data, Path cache) {
    /** The folder of ours inside each base folder. */
    public static final String APP_FOLDER = "faster-with-friends";

    public AppFolders {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(cache, "cache");
    }

    /** From this process's environment and the JVM's idea of the home folder. */
    public static AppFolders fromEnvironment() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** From {@code env}'s XDG variables, falling back on the usual folders under {@code home}. */
    public static AppFolders of(Map<String, String> env, Path home) {
        return new AppFolders(
                base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP_FOLDER),
                base(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(APP_FOLDER),
                base(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP_FOLDER));
    }

    private static Path base(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value != null && !value.isEmpty() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
