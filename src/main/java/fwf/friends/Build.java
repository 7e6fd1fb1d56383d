package fwf.friends;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One cacheable build of a friend: what goes in (its {@link #key}) fully decides what comes out,
 * so a finished build is reused by every later process on this machine.
 */
interface Build {
    /** Short name of what is built ({@code c}, {@code cython}): the cache entry's prefix. */
    String unit();

    /** A hash of the sources and of the toolchain's identity (paths and versions). */
    String key();

    /**
     * Builds into {@code out}, using {@code work} for everything else; both exist and are empty.
     * Only {@code out} is kept.
     */
    void build(Path work, Path out) throws BuildException, IOException;
}
