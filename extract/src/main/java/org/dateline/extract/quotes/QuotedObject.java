package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "Reid has been pounding Trump as a “con artist”", "Cruz exhorted delegates to “vote your conscience”": a short
 * quotation inside what a person's verb takes after it marks that person's words even when the verb is no cue of
 * ours. The statement is everything the verb takes after it up to the end of the phrase holding the quoted words,
 * its speaker the verb's subject, which must name a person or an organization. Short quotations elsewhere (titles,
 * nicknames, scare quotes in the writer's own clauses) stay out.
 */
final class QuotedObject {
    /** Subjects that stand for the people quoted: personal pronouns (names and organizations go by their NER tag). */
    /** Relations of the verb's dependents that are not part of what it takes. */
    private static final Set<String> NOT_TAKEN = Set.of("punct", "advmod", "aux", "aux:pass", "cop", "cc", "conj",
            "mark", "parataxis", "compound:prt", "nsubj", "nsubj:pass", "expl", "discourse", "dep");

    /** Words a title leaves in lower case ("Fox and Friends", "Meet the Press"). */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "on", "in", "for", "to", "at",
            "with", "or", "from", "by");

    private QuotedObject() {
    }

    /** Makes {@code a} the statement around quotation {@code q}; false when no person's verb takes it. */
    static boolean statement(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes, Attribution a) {
        if (isTitle(nlp.text().substring(q.contentBegin(), q.contentEnd()))) {
            return false;
        }
        Sentence s = nlp.sentenceAt(q.contentBegin());
        int t = s == null ? -1 : Parse.tokenAt(s, q.contentBegin());
        int verb = t < 0 ? -1 : QuotingClause.holderAbove(s, t, q);
        if (verb < 0 || !s.token(verb).isVerb() || s.token(verb).lemma().equalsIgnoreCase("be")) {
            return false;
        }
        int taken = childHolding(s, verb, t);
        if (taken <= verb || NOT_TAKEN.contains(Parse.relation(s, taken))) {
            return false;
        }
        int speaker = CueSpeaker.speakerOf(s, verb, quotes);
        if (speaker < 0 || speaker > verb || ClauseAttributor.insideQuote(quotes, s.token(speaker))
                || NotAQuoter.is(s, speaker) || !isPersonLike(s.token(speaker))) {
            return false;
        }
        int open = Parse.tokenAt(s, q.open());
        int close = Parse.tokenAt(s, q.end() - 1);
        int lo = open < 0 ? firstTaken(s, verb) : Math.min(firstTaken(s, verb), open);
        int hi = Math.max(s.subtreeRange(taken)[1], close);
        int[] range = ClauseAttributor.trim(nlp.text(), s, lo, hi);
        if (range == null) {
            return false;
        }
        a.contentBegin = Math.min(range[0], q.contentBegin());
        a.contentEnd = Math.max(range[1], q.contentEnd());
        a.kind = a.contentBegin < q.open() || a.contentEnd > q.end() ? QuoteKind.MIXED : QuoteKind.DIRECT;
        if (a.kind == QuoteKind.DIRECT) {
            a.contentBegin = q.contentBegin();
            a.contentEnd = q.contentEnd();
        }
        a.cue(s.token(verb).begin(), s.token(verb).end());
        a.speaker(s, speaker, Parse.nounPhrase(s, speaker));
        return true;
    }

    /** The verb's dependent whose phrase holds token {@code t}, or -1. */
    private static int childHolding(Sentence s, int verb, int t) {
        for (int i = t; i >= 0; i = Parse.governor(s, i)) {
            if (Parse.governor(s, i) == verb) {
                return i;
            }
        }
        return -1;
    }

    /** The first word of what the verb takes after it ("pounding Trump as ...": "Trump"). */
    private static int firstTaken(Sentence s, int verb) {
        int first = Integer.MAX_VALUE;
        for (int i = verb + 1; i < s.tokens().size(); i++) {
            if (Parse.governor(s, i) == verb && !NOT_TAKEN.contains(Parse.relation(s, i))) {
                first = Math.min(first, s.subtreeRange(i)[0]);
            }
        }
        return Math.max(first == Integer.MAX_VALUE ? verb + 1 : first, verb + 1);
    }

    /** "on “Meet the Press”", "a new season of “Twin Peaks”": names of works and shows are nobody's words. */
    static boolean isTitle(String quoted) {
        boolean capital = false;
        for (String w : quoted.split("[^\\p{L}']+")) {
            if (w.isEmpty() || SMALL_WORDS.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            capital = true;
        }
        return capital;
    }

    private static boolean isPersonLike(Token t) {
        return SpeakerResolver.namesSomeone(t)
                || t.pos().startsWith("PRP") && Parse.PERSONAL_SUBJECTS.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
