package org.dateline.store;

import java.util.List;
import org.dateline.ingest.InputWalker;
import org.dateline.ingest.ReadOptions;

/**
 * The ingest loop in a process of its own, so a test can kill it: {@code IngestChild DB FOLDER DELAY_MS}.
 * Prints one line per document ("stored PATH" or "skipped PATH") and "done" at the end.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        try (Store store = Stores.open(args[0])) {
            Ingester ingester = new Ingester(store, new FakeAnalysis(Long.parseLong(args[2])), (path, outcome, problem) -> {
                System.out.println(outcome.name().toLowerCase(java.util.Locale.ROOT) + " " + path);
                System.out.flush();
            });
            new InputWalker(ReadOptions.DEFAULT_MAX_BYTES, System.in).walk(List.of(args[1]), ingester);
        }
        System.out.println("done");
    }
}
