package org.dateline.extract.places;

/** A gazetteer line that cannot be read; the message names the source and the line number. */
public final class GazetteerFormatException extends RuntimeException {
    public GazetteerFormatException(String source, long lineNumber, String problem) {
        super(source + ":" + lineNumber + ": " + problem);
    }
}
