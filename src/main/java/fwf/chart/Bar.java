package fwf.chart;

import fwf.run.Measurement;

import java.util.Objects;

/** What a {@link TimingDataset} holds for one key: a run still going, or its result. */
public sealed interface Bar {
    BarKey key();

    /**
     * A run in progress: only its elapsed time is known. Drawn as a growing, hatched bar, never
     * as a measurement.
     */
    record Running(BarKey key, long elapsedNs) implements Bar {
        public Running {
            Objects.requireNonNull(key, "key");
            if (elapsedNs < 0) {
                throw new IllegalArgumentException("elapsed time < 0: " + elapsedNs);
            }
        }
    }

    /** A finished run, whatever its status. */
    record Finished(Measurement measurement) implements Bar {
        public Finished {
            Objects.requireNonNull(measurement, "measurement");
        }

        @Override
        public BarKey key() {
            return BarKey.of(measurement.request());
        }
    }
}
