package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.ClauseAttributor.insideQuote;
import static org.dateline.extract.quotes.CueSpeaker.isTimeWord;
import static org.dateline.extract.quotes.Parse.lower;

import java.util.List;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * A cue's speaker read off the words right next to it rather than off the parse: a name right before a speech
 * verb the parse left without a subject, and the noun phrase right after an inverted cue ({@code "...," said Ann
 * Lee}). Apart from {@link CueSpeaker} because these rules trust word order where the parse of such sentences is
 * often wrong (it takes the quotation for the subject).
 */
final class SpeakerBesideCue {
    /** Verbs of telling whose next noun is always the one told, even after a quotation ("..., told the Ledger"). */
    private static final Set<String> NEVER_INVERTED = Set.of("tell", "inform", "notify", "remind", "assure");

    /** Pronouns that follow a cue as what or whom it is about, never as its inverted subject ("as Lee put it"). */
    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us", "it");

    private SpeakerBesideCue() {
    }

    /**
     * {@code Sen. Ann Lee (R-Ga.) said ...} or {@code the editors of the Ledger Ortiz said ...}: when the parse
     * gives a speech verb no subject, a person's or organization's name right before it (a parenthesis
     * between allowed) is the speaker.
     */
    static int nameRightBefore(Sentence s, int verb, List<QuoteMarks.Quoted> quotes) {
        int i = verb - 1;
        if (i >= 0 && (s.token(i).word().equals(")") || s.token(i).word().equals("-RRB-"))) {
            while (i >= 0 && !s.token(i).word().equals("(") && !s.token(i).word().equals("-LRB-")) {
                i--;
            }
            i--;
        }
        if (i < 0 || !s.token(i).isProperNoun() || insideQuote(quotes, s.token(i))) {
            return -1;
        }
        String ner = s.token(i).ner();
        return "PERSON".equals(ner) || "ORGANIZATION".equals(ner) ? i : -1;
    }

    /**
     * {@code "...," said Tad Devine.}: a speech verb right after a closing quotation mark, inverted, whose
     * name the parser tore apart (tagging "Devine" an adjective) and left it no subject: the person's or
     * organization's name right after it is the speaker (its last token).
     */
    static int nameRightAfter(Sentence s, int verb, List<QuoteMarks.Quoted> quotes) {
        int before = verb - 1;
        if (before >= 0 && s.token(before).word().equals(",")) {
            before--;
        }
        int first = verb + 1;
        if (before < 0 || !isClosingMark(s.token(before).word()) || first >= s.tokens().size()
                || insideQuote(quotes, s.token(first))) {
            return -1;
        }
        String ner = s.token(first).ner();
        if (!"PERSON".equals(ner) && !"ORGANIZATION".equals(ner)) {
            return -1;
        }
        int last = first;
        while (last + 1 < s.tokens().size() && ner.equals(s.token(last + 1).ner())) {
            last++;
        }
        return last;
    }

    private static boolean isClosingMark(String word) {
        return word.equals("”") || word.equals("\"") || word.equals("''") || word.equals("’");
    }

    /**
     * The speaker named right after an inverted cue ({@code "...," said party boss Reince Priebus}),
     * whatever relation the parser gave it: the last noun of the noun run that follows a speech verb
     * standing after a comma or closing mark, or opening the sentence ({@code Said Ellis: "..."}). -1 when the
     * cue is not inverted.
     */
    static int speakerAfter(Sentence s, int verb) {
        String verbPos = s.token(verb).pos();
        boolean inverted = verb == 0 ? Character.isUpperCase(s.token(verb).word().charAt(0)) : Parse.isPunct(s.token(verb - 1));
        if (!inverted || !CueLexicon.isSpeechVerb(s.token(verb).lemma())
                || !(verbPos.equals("VBD") || verbPos.equals("VBZ") || verbPos.equals("VBP"))) {
            return -1; // "..., saying the country is weak" has its speaker before
        }
        if (NEVER_INVERTED.contains(lower(s.token(verb).lemma()))) {
            return -1; // '"...," Lee, who ..., told the Ledger': who is told is never who speaks
        }
        return speakerAfterAny(s, verb);
    }

    /** The head of the noun phrase right after {@code verb}, whatever the verb; -1 when a clause follows. */
    static int speakerAfterAny(Sentence s, int verb) {
        int head = -1;
        for (int i = verb + 1; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            String pos = t.pos();
            if (isTimeWord(t)) {
                if (head < 0) {
                    continue; // "..., said Tuesday that": the day is not who spoke
                }
                break;
            }
            if (pos.equals("PRP") && head < 0 && OBJECT_PRONOUNS.contains(lower(t.word()))) {
                return -1; // "..., told him she worries": whom it was said to
            }
            boolean nextIsNoun = i + 1 < s.tokens().size() && s.token(i + 1).isNoun();
            if (t.isNoun() || pos.equals("PRP") && head < 0) {
                head = i;
                if (pos.equals("PRP")) {
                    break;
                }
            } else if (head < 0 && pos.equals("CD") && i + 1 < s.tokens().size()
                    && lower(s.token(i + 1).word()).equals("of")) {
                head = i; // "said one of those advisers"
                break;
            } else if (head < 0 && (pos.equals("DT") || pos.startsWith("JJ") || pos.equals("PRP$") || pos.equals("CD")
                    || pos.equals("POS") || pos.equals("RB") && i == verb + 1
                    || pos.equals("VBN") && Parse.relation(s, i).equals("amod"))) {
                continue; // "said the former governor", "said Trump's spokeswoman", "said his best friend"
            } else if (head >= 0 && pos.equals("JJ") && s.token(head).isProperNoun()
                    && Character.isUpperCase(t.word().charAt(0))) {
                head = i; // "said Tad Devine" with "Devine" tagged an adjective: the name goes on
            } else if (head >= 0 && (pos.equals("POS") || pos.equals("JJ") && nextIsNoun)) {
                head = -1; // a possessor or a noun modifying an adjective's noun: the head comes later
            } else {
                break;
            }
        }
        int next = head + 1;
        if (head >= 0 && next < s.tokens().size() && (s.token(next).isVerb() || s.token(next).pos().equals("MD"))) {
            return -1; // ", said the country is weak": a clause, not a speaker
        }
        return head;
    }
}
