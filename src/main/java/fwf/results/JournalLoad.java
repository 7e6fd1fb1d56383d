package fwf.results;

import fwf.run.Measurement;

import java.time.Instant;
import java.util.List;

/**
 * What a journal held: every measurement in the order it was written, a warning for each line
 * that could not be read, and where each "fresh board" began.
 *
 * @param records  every readable measurement, oldest first
 * @param warnings one sentence per skipped line, naming the file and the line number
 * @param boards   every board marker, oldest first
 */
public record JournalLoad(List<Measurement> records, List<String> warnings, List<Board> boards) {

    /**
     * A "start a fresh board" marker: the window shows only what came after the last one,
     * while the journal keeps everything (clearing is never rewriting).
     *
     * @param started     when the user asked for the fresh board
     * @param firstRecord index into {@link #records()} of the first measurement after it
     */
    public record Board(Instant started, int firstRecord) {
    }

    public JournalLoad {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
        boards = List.copyOf(boards);
    }

    public JournalLoad(List<Measurement> records, List<String> warnings) {
        this(records, warnings, List.of());
    }

    /** The measurements after the last board marker: all of them when there is none. */
    public List<Measurement> sinceLastBoard() {
        return boards.isEmpty() ? records : records.subList(boards.getLast().firstRecord(), records.size());
    }
}
