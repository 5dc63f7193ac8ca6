package org.dateline.ingest;

/** One document could not be read. The message names the document and what is wrong with it. */
public class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;

    public DocumentException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public DocumentException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
