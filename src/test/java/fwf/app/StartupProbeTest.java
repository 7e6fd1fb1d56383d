package fwf.app;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupProbeTest {
    @Test
    void offUnlessAsked() {
        assertThat(StartupProbe.delayMillis(null)).isEmpty();
        assertThat(StartupProbe.delayMillis("")).isEmpty();
        assertThat(StartupProbe.delayMillis("false")).isEmpty();
    }

    @Test
    void trueMeansAtOnceAndANumberIsADelay() {
        assertThat(StartupProbe.delayMillis("true")).isEqualTo(OptionalLong.of(0));
        assertThat(StartupProbe.delayMillis("TRUE")).isEqualTo(OptionalLong.of(0));
        assertThat(StartupProbe.delayMillis("0")).isEqualTo(OptionalLong.of(0));
        assertThat(StartupProbe.delayMillis(" 2000 ")).isEqualTo(OptionalLong.of(2000));
    }

    @Test
    void anythingElseIsRefusedByName() {
        assertThatThrownBy(() -> StartupProbe.delayMillis("soon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dfwf.exitAfterShown takes true or a delay in milliseconds, not 'soon'");
        assertThatThrownBy(() -> StartupProbe.delayMillis("-5"))
                .hasMessage("-Dfwf.exitAfterShown takes true or a delay in milliseconds, not '-5'");
    }

    @Test
    void theLineCarriesTheInstantInNanosecondsAndTheUptime() {
        Instant frame = Instant.ofEpochSecond(1_764_093_123L, 456_789_012);
        assertThat(StartupProbe.line(frame, 812))
                .isEqualTo("fwf-startup first_frame_epoch_ns=1764093123456789012 jvm_uptime_ms=812");
    }
}
