package fwf.app;

import fwf.bench.JvmWorkerLauncher;
import fwf.bench.RunRequest;
import fwf.bench.WorkerLauncher;
import fwf.friends.FriendUnavailableException;
import fwf.friends.Friends;
import fwf.friends.Launch;
import fwf.friends.SystemSpec;
import fwf.friends.Systems;

import java.util.List;
import java.util.Objects;

/**
 * Starts each system its own way: a JVM tier in a forked worker of ours, a friend as its own
 * program speaking the same line protocol. The engine's {@link fwf.bench.Runner} takes any
 * {@link WorkerLauncher}, so the window composes this one.
 *
 * <p>This belongs in {@code fwf.bench} beside {@link JvmWorkerLauncher} once the command line
 * runs friends too; it lives here until then so the window can.
 */
final class SystemLauncher implements WorkerLauncher {
    private final JvmWorkerLauncher jvm = new JvmWorkerLauncher();
    private final Friends friends;

    SystemLauncher(Friends friends) {
        this.friends = Objects.requireNonNull(friends, "friends");
    }

    @Override
    public ProcessBuilder command(RunRequest request, int fork) {
        SystemSpec spec = Systems.find(request.system()).orElse(null);
        if (spec == null || spec.launch() == Launch.JVM_WORKER) {
            return jvm.command(request, fork); // it names the unknown system itself
        }
        if (spec.launch() == Launch.FFM) {
            throw new IllegalArgumentException(SystemAvailability.FFM_NOT_WIRED);
        }
        try {
            return friends.command(request.system(), request.workload(), request.variant(), request.size(),
                    request.graph(), request.plan().warmup(), request.plan().iterations()).processBuilder();
        } catch (FriendUnavailableException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public List<String> intendedFlags(RunRequest request) {
        SystemSpec spec = Systems.find(request.system()).orElse(null);
        return spec == null || spec.launch() == Launch.JVM_WORKER ? jvm.intendedFlags(request) : List.of();
    }
}
