package org.dateline.nlp;

/**
 * A named-entity mention: character span into the annotated text, its coarse type (PERSON, LOCATION,
 * ORGANIZATION, MISC) and the sentence and token range it covers (token indices inclusive-exclusive).
 */
public record NerMention(int begin, int end, String text, String type, int sentence, int firstToken, int endToken) {
}
