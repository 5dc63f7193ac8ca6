package org.dateline.nlp;

/**
 * One token. {@code begin}/{@code end} are character offsets into the annotated text; {@code ner} is the
 * coarse NER tag (PERSON, LOCATION, ORGANIZATION, MISC, DATE, ..., or "O").
 */
public record Token(int index, int begin, int end, String word, String lemma, String pos, String ner) {
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
