package fwf.cli;

import fwf.results.Journal;

import java.nio.file.Path;

/** Checks on the files commands write. */
final class Outputs {
    private Outputs() {
    }

    /**
     * Refuses an {@code --out} that is the journal, however it is spelled (a link, {@code ./},
     * {@code ..}): the journal is append-only and nothing may write over it; an export replaces
     * its file whole.
     *
     * @throws IllegalArgumentException bad input, exit 2
     */
    static void notTheJournal(Path out, Journal journal) {
        if (out != null && journal.isFile(out)) {
            throw new IllegalArgumentException("--out " + out + " is the results journal " + journal.path()
                    + ": choose another file (nothing writes over the journal)");
        }
    }
}
