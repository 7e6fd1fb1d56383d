package fwf.friends;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The one rule for tests of a friend that is missing: with {@code FWF_REQUIRE_FRIENDS=1} (as
 * CI sets it) the test fails with the reason, elsewhere it is skipped with the reason.
 */
public final class FriendRequirement {
    private FriendRequirement() {
    }

    /** Fails or skips the calling test; never returns normally. */
    public static AssertionError missing(String system, String reason) {
        if ("1".equals(System.getenv("FWF_REQUIRE_FRIENDS"))) {
            fail(system + " is required (FWF_REQUIRE_FRIENDS=1) but not available: " + reason);
        }
        abort(system + " is not available: " + reason);
        return new AssertionError("unreachable");
    }

    /** The FFM library of {@code system}, built if need be, or the test fails or is skipped. */
    public static Path ffmLibrary(Friends friends, String system) {
        try {
            return friends.ffmLibrary(system);
        } catch (FriendUnavailableException e) {
            throw missing(system, e.reason());
        }
    }
}
