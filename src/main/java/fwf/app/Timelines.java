package fwf.app;

import fwf.chart.RunTimeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The time lines of this window's runs, by measurement id. The journal keeps iteration times but
 * not when each started, nor the warm-up trace, so only runs made since the window opened have
 * one; the Warm-up tab draws the others on the iteration axis.
 *
 * <p>Written by the runner thread as each run ends, read by the FX thread; bounded, since a
 * traced run holds thousands of points and a talk runs for an hour.
 */
final class Timelines {
    /** Enough for a whole session's overlays; the oldest go first. */
    static final int MAX_KEPT = 100;

    private final Map<String, RunTimeline> byId = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RunTimeline> eldest) {
            return size() > MAX_KEPT;
        }
    };

    synchronized void put(String id, RunTimeline timeline) {
        byId.put(id, timeline);
    }

    synchronized Optional<RunTimeline> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
