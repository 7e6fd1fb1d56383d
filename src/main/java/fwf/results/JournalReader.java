package fwf.results;

import fwf.json.Json;
import fwf.run.Measurement;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a journal's text into records, board markers and a warning per unreadable line. */
final class JournalReader {
    static final String BOARD = "board";
    static final String MEASUREMENT = "measurement";

    private final String fileName;
    private final List<Measurement> records = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<JournalLoad.Board> boards = new ArrayList<>();

    JournalReader(String fileName) {
        this.fileName = fileName;
    }

    JournalLoad read(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast(); // the text after the final newline
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (!line.isBlank()) {
                readLine(i + 1, line);
            }
        }
        return new JournalLoad(records, warnings, boards);
    }

    private void readLine(int number, String line) {
        String where = fileName + ":" + number + ": ";
        Map<String, Object> o;
        try {
            o = Json.parseObject(line);
        } catch (Json.ParseException e) {
            warnings.add(where + "skipped a damaged record (" + e.getMessage() + ")");
            return;
        }
        Object schema = o.get("schema");
        if (!(schema instanceof Long)) {
            warnings.add(where + "skipped a damaged record (missing field 'schema')");
            return;
        }
        if ((Long) schema != MeasurementCodec.SCHEMA) {
            warnings.add(where + "skipped a record of schema " + schema
                    + " (this version reads schema " + MeasurementCodec.SCHEMA + ")");
            return;
        }
        Object type = o.getOrDefault("type", MEASUREMENT);
        if (BOARD.equals(type)) {
            readBoard(where, o);
        } else if (MEASUREMENT.equals(type)) {
            try {
                records.add(MeasurementCodec.fromJson(o));
            } catch (MeasurementCodec.UnknownRunException e) {
                warnings.add(where + "skipped a result this version cannot show (" + e.getMessage() + ")");
            } catch (MeasurementCodec.RecordException e) {
                warnings.add(where + "skipped a damaged record (" + e.getMessage() + ")");
            }
        } else {
            warnings.add(where + "skipped a record of unknown type '" + type + "'");
        }
    }

    private void readBoard(String where, Map<String, Object> o) {
        try {
            if (!(o.get("started") instanceof String started)) {
                throw new DateTimeException("missing");
            }
            boards.add(new JournalLoad.Board(Instant.parse(started), records.size()));
        } catch (DateTimeException e) {
            warnings.add(where + "skipped a damaged board marker (field 'started' is not an ISO-8601 instant)");
        }
    }
}
