package fwf.graph;

import java.util.Objects;
import java.util.Optional;

/**
 * A layout from {@link LayoutCache#getOrCompute}, with where it came from and, if the cache
 * misbehaved (a damaged file ignored, a file that could not be written), what happened: never
 * fatal, but worth a line in the status bar.
 */
public record CachedLayout(Layout layout, boolean fromCache, Optional<String> note) {
    public CachedLayout {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(note, "note");
    }
}
