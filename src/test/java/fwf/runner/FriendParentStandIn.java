package fwf.runner;

/**
 * Plays {@code ./fwf} for {@link FriendOrphanTest}, in a JVM of its own: starts the friend
 * command given as arguments exactly as the engine does ({@link WorkerProcess#start}), prints
 * the friend's pid once the friend has said "started", then waits to be killed.
 */
final class FriendParentStandIn {
    private FriendParentStandIn() {
    }

    public static void main(String[] args) throws Exception {
        WorkerProcess worker = WorkerProcess.start(new ProcessBuilder(args));
        while (true) {
            WorkerProcess.Signal signal = worker.next(Long.MAX_VALUE);
            if (signal instanceof WorkerProcess.Signal.Line line && line.text().contains("\"started\"")) {
                System.out.println(worker.pid());
                System.out.flush();
                break;
            }
            if (signal instanceof WorkerProcess.Signal.Exited || signal instanceof WorkerProcess.Signal.StdoutClosed) {
                System.out.println("the friend ended before it started");
                System.exit(1);
            }
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
