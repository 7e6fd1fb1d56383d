package fwf.friends;

/** A friend's build that failed; the message says which tool and quotes its first lines. */
public final class BuildException extends Exception {
    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }
}
