package org.dateline.extract.quotes;

import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The news sentence that ends in its attribution, read off the word order because the parser often
 * hangs the cue inside the clause it reports: {@code Cruz will rethink his approach, a source close to
 * him said.}, {@code ... would have consequences, Carter said on Friday.} The statement is the clause
 * before the comma, the speaker the noun phrase between the comma and the cue.
 */
final class TrailingCue {
    /** Token ranges found: content [contentLo, contentHi], speaker head and first token. */
    record Match(int contentLo, int contentHi, int speakerHead, int speakerLo) {
    }

    /** How many tokens may follow the cue: "on Friday", "in a statement", "on CNN's State of the Union". */
    private static final int TAIL = 7;
    private static final int SPEAKER_WORDS = 10;

    private TrailingCue() {
    }

    static Match match(Sentence s, int cue) {
        Token verb = s.token(cue);
        String pos = verb.pos();
        if (!endsAStatement(verb.lemma()) || !(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
            return null;
        }
        int n = s.tokens().size();
        // a verb of finding or thinking ends its sentence ("..., Fox found."): with words after it, it says them
        int reach = CueLexicon.isSpeechVerb(verb.lemma()) ? TAIL : 0;
        for (int i = cue + 1, tail = 0; i < n; i++) {
            Token t = s.token(i);
            if (opensParticiple(s, i)) {
                break; // "..., the Post reported, citing a source": the participle is a statement of its own
            }
            if (t.isVerb() || t.pos().equals("MD") || t.word().equals(",") || ++tail > reach && !Parse.isPunct(t)) {
                return null; // the cue goes on with a clause of its own
            }
        }
        int boundary = -1;
        int head = -1;
        for (int i = cue - 1; i >= 0 && cue - i <= SPEAKER_WORDS; i--) {
            Token t = s.token(i);
            if (t.word().equals(",") || isClosingMark(t)) {
                if (head >= 0) {
                    boundary = i;
                    if (isClosingMark(t) || !nominalSegmentBefore(s, i)) {
                        break;
                    }
                }
                continue; // the comma of an apposition ("Ann Lee, the union's lawyer, said")
            }
            if (t.isVerb() || t.pos().equals("MD") || t.pos().equals("WP") || t.pos().equals("WDT")) {
                return null; // "..., who said": a clause, not a speaker
            }
            if (head < 0 && (t.isNoun() || t.pos().equals("PRP"))) {
                head = i; // the last noun before the cue; refined below to the noun run of the phrase's start
            }
        }
        if (boundary < 1 || head < 0 || s.token(boundary + 1).pos().equals("CC")) {
            return null; // ", and Ann said it is ...": a clause of its own, not a trailing attribution
        }
        int lo = boundary + 1;
        // the end of the first noun run: "a source close to him" is headed by "source", "Weaver, the
        // manager" by "Weaver", "Mayor Lena Ortiz" by "Ortiz"
        int speakerHead = -1;
        for (int i = lo; i <= head; i++) {
            boolean nominal = s.token(i).isNoun() || s.token(i).pos().equals("PRP");
            if (nominal) {
                speakerHead = i;
            } else if (s.token(i).pos().equals("POS")) {
                speakerHead = -1; // "the union's lawyer": the possessor is not the head
            } else if (speakerHead >= 0) {
                break;
            }
        }
        int first = 0;
        while (first < boundary && Parse.isPunct(s.token(first))) {
            first++;
        }
        boolean clause = false;
        for (int i = first; i < boundary; i++) {
            clause |= s.token(i).isVerb();
        }
        if (!clause || boundary - first < 3) {
            return null;
        }
        return new Match(first, boundary - 1, speakerHead, lo);
    }

    /** How many tokens may follow an inverted cue: the speaker with an apposition ("said Ann Lee, the lawyer for ..."). */
    private static final int INVERTED_TAIL = 20;

    /**
     * The inverted form, {@code The losses would outstrip the gains, said Ann Lee.}, read off the word order
     * because the parser often makes the cue a modifier of the name after it: the statement is the clause
     * before the comma, the speaker the noun phrase after the cue. Null when words after the speaker say
     * more (a verb), or the clause ends in a quotation, which is left to the quotation's own attribution.
     */
    static Match inverted(Sentence s, int cue, String text) {
        Token verb = s.token(cue);
        String pos = verb.pos();
        if (cue < 4 || !CueLexicon.isSpeechVerb(verb.lemma()) || !(pos.equals("VBD") || pos.equals("VBZ"))
                || !s.token(cue - 1).word().equals(",")
                || CueSpeaker.ADDRESSEE_VERBS.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return null; // "..., told AFP": whom it was told
        }
        int n = s.tokens().size();
        if (n - cue > INVERTED_TAIL) {
            return null;
        }
        for (int i = cue + 1; i < n; i++) {
            if (opensParticiple(s, i)) {
                break; // "..., said Ann Lee, adding that ...": the participle is a statement of its own
            }
            if (s.token(i).isVerb() || s.token(i).pos().equals("MD")) {
                return null;
            }
        }
        int head = SpeakerBesideCue.speakerAfterAny(s, cue);
        if (head < 0 || !namesSomeone(s.token(head))) {
            return null; // "..., wrote a host of new songs": an object, not a speaker
        }
        int first = 0;
        while (first < cue - 1 && Parse.isPunct(s.token(first))) {
            first++;
        }
        int last = cue - 2;
        boolean clause = false;
        for (int i = first; i <= last; i++) {
            clause |= s.token(i).isVerb();
            if (QuoteMarks.isDoubleMark(text, s.token(i).begin())) {
                return null;
            }
        }
        return clause && last - first >= 2 ? new Match(first, last, head, cue + 1) : null;
    }

    /**
     * Verbs of saying, and verbs of finding and thinking with nothing after them ("..., a new poll indicates.",
     * "..., Fox found.", "..., I think."): not those that mostly mean something else there ("..., we learned").
     */
    private static boolean endsAStatement(String lemma) {
        return CueLexicon.isSpeechVerb(lemma) || (CueLexicon.takesClause(lemma) || CueLexicon.isEvidential(lemma))
                && !NOT_TRAILING.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> NOT_TRAILING = java.util.Set.of("hold", "maintain", "continue", "learn",
            "remind", "underscore", "figure", "post", "rule", "see", "know", "understand", "sense", "hope");

    /** A comma followed by a present participle ("..., citing", "..., adding"): the cue's own words end there. */
    private static boolean opensParticiple(Sentence s, int i) {
        return s.token(i).word().equals(",") && i + 1 < s.tokens().size() && s.token(i + 1).pos().equals("VBG");
    }

    /** A name, or a noun for a person ("one GOP source in the room"). */
    private static boolean namesSomeone(Token t) {
        return t.isProperNoun() || SpeakerResolver.PERSON_NOUNS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** The words between the comma at {@code comma} and the comma or mark before it name someone, no clause. */
    private static boolean nominalSegmentBefore(Sentence s, int comma) {
        boolean noun = false;
        for (int i = comma - 1; i >= 0 && comma - i <= 5; i--) {
            Token t = s.token(i);
            if (t.word().equals(",") || isClosingMark(t)) {
                return noun && isClosingMark(t);
            }
            if (t.isVerb() || t.pos().equals("MD") || t.pos().equals("IN") || t.pos().equals("WP")) {
                return false;
            }
            noun |= t.isProperNoun();
        }
        return false;
    }

    private static boolean isClosingMark(Token t) {
        return t.word().equals("”") || t.word().equals("''") || t.word().equals("\"");
    }
}
