package org.dateline.extract.places;

/**
 * A stretch of text that may name a place: its span, its text, and why it was taken (the NER said
 * LOCATION, or a gazetteer name matched a token run the NER called something else or nothing).
 */
public record ToponymCandidate(int begin, int end, String text, Source source) {
    public enum Source { NER_LOCATION, GAZETTEER_MATCH, DATELINE }

    public ToponymCandidate {
        if (begin < 0 || end <= begin || text.length() != end - begin) {
            throw new IllegalArgumentException("bad toponym span [" + begin + "," + end + ") \"" + text + "\"");
        }
    }
}
