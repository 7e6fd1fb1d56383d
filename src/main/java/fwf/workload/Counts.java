package fwf.workload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which replay counts each variant's work, by variant name, for one workload: the catalogue's
 * names and the friends' ({@code naive}, {@code typed}, {@code recursive}...), since the count
 * depends on the algorithm and the input only.
 *
 * @param replays variant name to its algorithm's replay, in a stable order
 * @param noCount variant name to why it has no fixed count, for variants worth explaining
 */
public record Counts(Map<String, Replay> replays, Map<String, String> noCount) {
    public Counts {
        // LinkedHashMap behind an unmodifiable view: Map.copyOf would lose the order lists show.
        replays = Collections.unmodifiableMap(new LinkedHashMap<>(replays));
        noCount = Map.copyOf(noCount);
    }

    /** No variant is counted. */
    public static final Counts NONE = new Counts(Map.of(), Map.of());

    /** Starts a table whose first variants share {@code replay}. */
    public static Builder of(Replay replay, String... variants) {
        return new Builder().with(replay, variants);
    }

    public Optional<Replay> replay(String variant) {
        return Optional.ofNullable(replays.get(variant));
    }

    public Optional<String> whyNoCount(String variant) {
        return Optional.ofNullable(noCount.get(variant));
    }

    /** Builds one workload's table in order. */
    public static final class Builder {
        private final Map<String, Replay> replays = new LinkedHashMap<>();
        private final Map<String, String> noCount = new LinkedHashMap<>();

        public Builder with(Replay replay, String... variants) {
            for (String v : variants) {
                replays.put(v, replay);
            }
            return this;
        }

        public Builder uncounted(String variant, String why) {
            noCount.put(variant, why);
            return this;
        }

        public Counts done() {
            return new Counts(replays, noCount);
        }
    }
}
