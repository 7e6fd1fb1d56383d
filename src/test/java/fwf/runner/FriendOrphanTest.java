package fwf.runner;

import fwf.friends.Availability;
import fwf.friends.FriendCommand;
import fwf.friends.FriendRequirement;
import fwf.friends.Friends;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A friend program dies with its caller: fib(50) takes about a minute, yet once the process
 * standing for {@code ./fwf} is killed with SIGKILL (no shutdown hook runs, nothing is sent),
 * the friend is gone within 2 s, because its stdin pipe reaches end-of-file.
 */
class FriendOrphanTest {
    private static final Friends FRIENDS = Friends.standard();
    private static final long LIMIT_NS = TimeUnit.SECONDS.toNanos(2);

    @ParameterizedTest
    @ValueSource(strings = {"c", "rust"})
    void aFriendWhoseCallerIsKilledExitsWithinTwoSeconds(String system) throws Exception {
        Availability availability = FRIENDS.availability(system);
        if (!availability.available()) {
            throw FriendRequirement.missing(system, availability.reason());
        }
        FriendCommand fib50 = FRIENDS.command(system, "fib", "recursive", 50, null, 1, 1);
        List<String> command = new ArrayList<>(List.of(JvmWorkerLauncher.currentJava().toString(), "-cp",
                JvmWorkerLauncher.currentClassPath(), FriendParentStandIn.class.getName()));
        command.addAll(fib50.argv());
        Process parent = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long pid = -1;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the stand-in's report").matches("\\d+");
            pid = Long.parseLong(line);
            assertThat(Workers.gone(pid)).as("fib(50) is running").isFalse();

            parent.destroyForcibly(); // SIGKILL
            assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long killed = System.nanoTime();
            while (!Workers.gone(pid) && System.nanoTime() - killed < LIMIT_NS) {
                Thread.sleep(10);
            }
            assertThat(Workers.gone(pid)).as(system + " fib(50) gone within 2 s of its caller's SIGKILL").isTrue();
        } finally {
            parent.destroyForcibly();
            if (pid > 0) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}
