package fwf.friends;

/** A friend (or one of its variants) that cannot run on this machine; the message says why. */
public final class FriendUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String system;
    private final String reason;

    public FriendUnavailableException(String system, String reason) {
        super(system + " is not available: " + reason);
        this.system = system;
        this.reason = reason;
    }

    public String system() {
        return system;
    }

    public String reason() {
        return reason;
    }
}
