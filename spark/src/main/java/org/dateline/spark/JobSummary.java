package org.dateline.spark;

/** What a run did: documents analyzed and failed, events and quotes written, and how long it took. */
public record JobSummary(long analyzed, long failed, long events, long quotes, double seconds) {
    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : (analyzed + failed) / seconds;
    }

    public String toJson() {
        return String.format(java.util.Locale.ROOT,
                "{\"analyzed\":%d,\"failed\":%d,\"events\":%d,\"quotes\":%d,\"seconds\":%.1f,\"documents_per_second\":%.3f}",
                analyzed, failed, events, quotes, seconds, documentsPerSecond());
    }
}
