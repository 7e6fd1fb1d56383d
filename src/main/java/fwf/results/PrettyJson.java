package fwf.results;

import fwf.json.Json;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON indented for people reading an exported file; lists of plain values (samples)
 * stay on one line, so a run's hundred samples do not take a hundred lines.
 */
final class PrettyJson {
    private PrettyJson() {
    }

    static String write(Object value, int indent) {
        StringBuilder out = new StringBuilder(1024);
        write(value, indent, 0, out);
        return out.append('\n').toString();
    }

    private static void write(Object value, int indent, int depth, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> m when !m.isEmpty() -> {
                out.append("{\n");
                int i = 0;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    pad(indent, depth + 1, out);
                    Json.quote(String.valueOf(e.getKey()), out);
                    out.append(": ");
                    write(e.getValue(), indent, depth + 1, out);
                    out.append(++i < m.size() ? ",\n" : "\n");
                }
                pad(indent, depth, out);
                out.append('}');
            }
            case List<?> l when l.stream().anyMatch(o -> o instanceof Map<?, ?> || o instanceof List<?>) -> {
                out.append("[\n");
                for (int i = 0; i < l.size(); i++) {
                    pad(indent, depth + 1, out);
                    write(l.get(i), indent, depth + 1, out);
                    out.append(i + 1 < l.size() ? ",\n" : "\n");
                }
                pad(indent, depth, out);
                out.append(']');
            }
            case List<?> l -> {
                out.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    Json.write(l.get(i), out);
                }
                out.append(']');
            }
            default -> Json.write(value, out);
        }
    }

    private static void pad(int indent, int depth, StringBuilder out) {
        out.repeat(' ', indent * depth);
    }
}
