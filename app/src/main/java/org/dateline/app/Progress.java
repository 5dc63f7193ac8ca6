package org.dateline.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.dateline.store.Ingester;

/**
 * Ingest progress on stderr: on a terminal a bar redrawn in place with rate and ETA; when piped, a
 * quiet line every 100 documents or 30 seconds. Failed documents are always named on their own line.
 */
final class Progress implements Ingester.Listener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private final long started = System.nanoTime();
    private long lastLine = System.nanoTime();
    private long done;
    private long stored;
    private long skipped;
    private long failed;

    Progress(PrintWriter err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    @Override
    public void done(String path, Ingester.Outcome outcome, String problem) {
        done++;
        switch (outcome) {
            case STORED -> stored++;
            case SKIPPED -> skipped++;
            case FAILED -> {
                failed++;
                if (terminal) {
                    err.print("\r\033[K");
                }
                err.println("error: " + problem);
            }
        }
        if (terminal) {
            err.print("\r" + bar());
            err.flush();
        } else if (done % 100 == 0 || System.nanoTime() - lastLine > 30_000_000_000L) {
            err.println(line());
            err.flush();
            lastLine = System.nanoTime();
        }
    }

    void finish() {
        if (terminal) {
            err.print("\r\033[K");
        }
        err.println(line());
        err.flush();
    }

    String bar() {
        double fraction = total > 0 ? Math.min(1.0, done / (double) total) : 0;
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %s", "#".repeat(filled), ".".repeat(WIDTH - filled), line());
    }

    String line() {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double rate = done / seconds;
        String eta = total > done && rate > 0 ? " ETA " + clock((long) ((total - done) / rate)) : "";
        return String.format(Locale.ROOT, "%d/%s documents, %.2f doc/s, %s elapsed%s (stored %d, already stored %d, failed %d)",
                done, total > 0 ? Long.toString(total) : "?", rate, clock((long) seconds), eta, stored, skipped, failed);
    }

    private static String clock(long s) {
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
