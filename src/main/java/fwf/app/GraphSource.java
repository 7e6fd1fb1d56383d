package fwf.app;

/** Where the triangle count's graph comes from. */
public enum GraphSource {
    /** An edge-list file, normally the SNAP ego-Facebook network. */
    FILE,
    /** The engine's generated Facebook-like graph: works with no data at all. */
    GENERATED
}
