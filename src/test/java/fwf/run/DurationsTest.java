package fwf.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|0 ns",
            "95|95 ns",
            "999|999 ns",
            "1000|1.00 us",
            "1234|1.23 us",
            "12345|12.3 us",
            "812000|812 us",
            "812499|812 us",
            "812500|813 us",
            "999499|999 us",
            "999500|1.00 ms",
            "28100000|28.1 ms",
            "28149999|28.1 ms",
            "280000000|280 ms",
            "1230000000|1.23 s",
            "12300000000|12.3 s",
            "59940000000|59.9 s",
            "59960000000|1 min 0 s",
            "123000000000|2 min 3 s",
            "120400000000|2 min 0 s",
            "3599400000000|59 min 59 s",
            "3599600000000|1 h 0 min",
            "3900000000000|1 h 5 min",
            "-28100000|-28.1 ms",
    })
    void formatsWithThreeSignificantFigures(long ns, String expected) {
        assertThat(Durations.human(ns)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void extremesDoNotOverflow() {
        assertThat(Durations.human(Long.MAX_VALUE)).isEqualTo("2562047 h 47 min");
        assertThat(Durations.human(Long.MIN_VALUE)).isEqualTo("-2562047 h 47 min");
    }
}
