package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "Lee has gone after Ortiz as a “danger to the harbour and to us all”", "“The port will not close,” Lee
 * fumed.": a quotation that is part of a clause whose verb we do not know as a cue is still quoted by that
 * clause's subject; its speaker is the subject of the nearest clause above the quoted words, and that
 * clause's verb its cue. Words that a noun with a possessor holds ("her remark that “...”", "Lee's “...”
 * promise") are the possessor's.
 */
final class QuotingClause {
    /** Nouns of words said or written: their possessor said them ("her remark that “...”", "Lee's “...” pledge"). */
    private static final Set<String> SAYING_NOUNS = Set.of("assertion", "claim", "comment", "remark", "word", "statement",
            "promise", "pledge", "vow", "post", "tweet", "speech", "message", "letter", "dictum", "motto", "slogan",
            "mantra", "line", "catchphrase", "refrain", "warning", "argument", "answer", "reply", "plea", "call",
            "demand", "suggestion", "insistence", "testimony", "quip", "joke", "boast", "complaint", "criticism",
            "accusation", "allegation", "prediction", "description", "characterization", "question", "memo", "email",
            "note", "column", "essay", "editorial", "op-ed", "book", "advice", "admission", "declaration", "retort");
    /** How far up the tree the quoted words and then their clause may lie. */
    private static final int MAX_STEPS = 12;

    private QuotingClause() {
    }

    /** Gives {@code a} the speaker of the clause holding quotation {@code q}; false when there is none. */
    static boolean speaker(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes, Attribution a) {
        Sentence s = nlp.sentenceAt(q.contentBegin());
        int t = s == null ? -1 : Parse.tokenAt(s, q.contentBegin());
        if (t < 0) {
            return false;
        }
        int holder = holderAbove(s, t, q);
        if (holder < 0) {
            return false;
        }
        boolean noun = !s.token(holder).isVerb();
        int speaker = noun ? Parse.child(s, holder, "nmod:poss") : CueSpeaker.speakerOf(s, holder, quotes);
        if (speaker < 0 || ClauseAttributor.insideQuote(quotes, s.token(speaker)) || isPointing(s.token(speaker))
                || NotAQuoter.is(s, speaker)) {
            return false;
        }
        a.cue(s.token(holder).begin(), s.token(holder).end());
        a.speaker(s, speaker, Parse.nounPhrase(s, speaker));
        return true;
    }

    private static boolean isSayingNounWithPossessor(Sentence s, int t) {
        return s.token(t).isNoun() && SAYING_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))
                && Parse.hasChild(s, t, "nmod:poss");
    }

    /** "That makes her “a good person”": a demonstrative or "there" points at something, it does not speak. */
    private static boolean isPointing(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return t.pos().equals("DT") && (w.equals("that") || w.equals("this")) || w.equals("there") || w.equals("what");
    }

    /**
     * The nearest word above the quoted words, outside them, that tells whose they are: a verb, or a noun of saying
     * with a possessor; -1 when none.
     */
    static int holderAbove(Sentence s, int token, QuoteMarks.Quoted q) {
        int t = token;
        for (int steps = 0; t >= 0 && steps < MAX_STEPS; steps++) {
            boolean outside = !q.containsOffset(s.token(t).begin(), s.token(t).end());
            if (outside && (s.token(t).isVerb() || isSayingNounWithPossessor(s, t))) {
                return t;
            }
            t = Parse.governor(s, t);
        }
        return -1;
    }
}
