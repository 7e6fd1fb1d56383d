package fwf.bench;

import fwf.friends.FriendRequirement;
import fwf.friends.Friends;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Test helpers for the FFM systems: their libraries, built in the user's cache, and the
 * ego-Facebook file. A library that cannot be built here skips the test with the reason, or
 * fails it when {@code FWF_REQUIRE_FRIENDS=1}; the file is skipped when absent, or fails on CI.
 */
final class FfmLibraries {
    static final Friends FRIENDS = Friends.standard();
    static final Path EGO_FACEBOOK = Path.of("../shared/data/facebook_combined.txt");

    private FfmLibraries() {
    }

    static Path require(String system) {
        return FriendRequirement.ffmLibrary(FRIENDS, system);
    }

    static Path egoFacebook() {
        if (!Files.isRegularFile(EGO_FACEBOOK)) {
            String where = EGO_FACEBOOK + " (" + EGO_FACEBOOK.toAbsolutePath().normalize() + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail("the ego-Facebook edge list is missing at " + where + "; CI needs it");
            }
            abort("the ego-Facebook edge list is missing at " + where + "; skipped outside CI");
        }
        return EGO_FACEBOOK;
    }
}
