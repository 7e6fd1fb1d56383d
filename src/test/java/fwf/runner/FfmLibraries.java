package fwf.runner;

import fwf.friends.FriendRequirement;
import fwf.friends.Friends;
import fwf.graph.FacebookFile;

import java.nio.file.Path;

/**
 * Test helpers for the FFM systems: their libraries, built in the user's cache, and the
 * ego-Facebook file. A library that cannot be built here skips the test with the reason, or
 * fails it when {@code FWF_REQUIRE_FRIENDS=1}; the file is skipped when absent, or fails on CI.
 */
public final class FfmLibraries {
    public static final Friends FRIENDS = Friends.standard();

    private FfmLibraries() {
    }

    public static Path require(String system) {
        return FriendRequirement.ffmLibrary(FRIENDS, system);
    }

    public static Path egoFacebook() {
        return FacebookFile.path();
    }
}
