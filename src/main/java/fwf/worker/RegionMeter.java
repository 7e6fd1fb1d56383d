package fwf.worker;

/**
 * Called by {@link TimingLoop} just outside the clock of every measured iteration: {@link #enter}
 * before the clock starts, {@link #exit} after it stops. What a meter reads there (the worker's
 * allocated bytes) covers the kernel and nothing of the harness's own reporting between
 * iterations, and costs the timed region nothing.
 */
public interface RegionMeter {
    /** A meter that reads nothing. */
    RegionMeter NONE = new RegionMeter() {
        @Override
        public void enter() {
        }

        @Override
        public void exit() {
        }
    };

    void enter();

    void exit();
}
