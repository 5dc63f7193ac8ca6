package org.dateline.extract.times;

import org.dateline.model.TimeType;

/**
 * A time expression on its way through the corrections. {@code anchor} is what the value was
 * resolved against: null, {@link #ARTICLE} for the article date, or an earlier candidate named by
 * where it begins ({@link #at}); the resolver turns it into the record's anchor at the end.
 */
record Candidate(int begin, int end, String text, TimeType type, String value, int sentence, String anchor) {
    static final String ARTICLE = "article";

    /** The anchor that names {@code c}: its begin offset, stable while corrections drop or merge others. */
    static String at(Candidate c) {
        return "@" + c.begin();
    }

    Candidate withValue(String newValue) {
        return new Candidate(begin, end, text, type, newValue, sentence, anchor);
    }

    Candidate withTypeAndValue(TimeType newType, String newValue) {
        return new Candidate(begin, end, text, newType, newValue, sentence, anchor);
    }

    Candidate withAnchor(String newAnchor) {
        return new Candidate(begin, end, text, type, value, sentence, newAnchor);
    }

    /** The text in lower case with runs of white space made single spaces, for pattern tests. */
    String plainText() {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
