package fwf.friends;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What discovery found out about how to start an available friend.
 *
 * @param prefix           the program (and, for Python, the interpreter and driver) before the common arguments
 * @param workingDirectory where runs start
 * @param environment      variables on top of the inherited environment
 * @param library          for the native builds, the shared library for FFM; null otherwise
 */
record Recipe(List<String> prefix, Path workingDirectory, Map<String, String> environment, Path library) {
    Recipe {
        prefix = List.copyOf(prefix);
        environment = Map.copyOf(environment);
    }
}
