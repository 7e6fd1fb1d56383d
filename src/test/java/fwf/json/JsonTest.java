package fwf.json;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {
    @Test
    void writesFlatRecordsInInsertionOrder() {
        String line = Json.obj().put("workload", "fib").put("size", 40).put("answer", new BigInteger("354224848179261915075"))
                .put("ok", true).put("none", null).put("mean", 2.5).put("whole", 3.0).put("nan", Double.NaN)
                .put("list", List.of(1L, 2L)).put("text", "a \"b\"\n\tc\u0001").toString();
        assertThat(line).isEqualTo("{\"workload\":\"fib\",\"size\":40,\"answer\":354224848179261915075,\"ok\":true,"
                + "\"none\":null,\"mean\":2.5,\"whole\":3.0,\"nan\":null,\"list\":[1,2],\"text\":\"a \\\"b\\\"\\n\\tc\\u0001\"}");
    }

    @Test
    void readsBackWhatItWrites() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "x\\y\"z\u00e9");
        m.put("l", 1234567890123L);
        m.put("big", new BigInteger("123456789012345678901234567890"));
        m.put("d", -1.5e-7);
        m.put("b", false);
        m.put("n", null);
        m.put("a", List.of("p", 2L, List.of()));
        m.put("o", Map.of());
        assertThat(Json.parseObject(Json.write(m))).isEqualTo(m);
    }

    @Test
    void parsesEscapesAndWhiteSpace() {
        assertThat(Json.parse(" { \"k\" : [ 1 , \"\\u0041\\/\" ] } ")).isEqualTo(Map.of("k", List.of(1L, "A/")));
    }

    @Test
    void writesPrimitiveArrays() {
        assertThat(Json.write(new long[] {3, 1, 2})).isEqualTo("[3,1,2]");
        assertThat(Json.write(Arrays.asList(1L, null))).isEqualTo("[1,null]");
    }

    @Test
    void rejectsBrokenTextWithTheOffset() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1")).isInstanceOf(Json.ParseException.class)
                .hasMessage("unexpected end of text at offset 6");
        assertThatThrownBy(() -> Json.parse("{\"a\":1} x")).hasMessage("unexpected text after the value at offset 8");
        assertThatThrownBy(() -> Json.parse("[1,]")).hasMessage("unexpected character ']' at offset 3");
        assertThatThrownBy(() -> Json.parse("\"abc")).hasMessage("unterminated string at offset 4");
        assertThatThrownBy(() -> Json.parse("-")).hasMessage("bad number '-' at offset 1");
        assertThatThrownBy(() -> Json.parseObject("[]")).hasMessage("expected a JSON object");
    }
}
