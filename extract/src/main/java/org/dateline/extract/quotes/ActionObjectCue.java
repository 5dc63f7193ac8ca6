package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Official acts that PolNeAR counts as statements of whoever performs them, the act's object being the content:
 * {@code The governor signed the bill}, {@code Lee laid out her plan}, {@code The court deemed the pages
 * personal}, {@code The judge ordered the release of the files}, {@code The agency issued new rules}, and acts of
 * stance toward their object ({@code Democrats blocked the bill}, {@code she ignored the advice}, {@code he derided
 * the plan}, {@code ripped}, {@code resisted}, {@code chided}, {@code lambasted} (the parser's lemma "lambast"),
 * {@code hammered}, {@code trumpeted}, {@code played down}, {@code ticked off a list of}) or of deciding on it
 * ({@code vetoed}, {@code authorized}, {@code approved}, {@code banned}, {@code struck down}), and feelings toward it
 * ({@code admires Putin}, {@code despise}, {@code love}, {@code hate}). Each verb
 * only in the construction where it is such an act ("laid eyes on", "signed up for a class", "signed Walker to a
 * contract", "issued a statement" followed by what it said are not), with its own subject and in the active.
 */
final class ActionObjectCue {
    /** Particles that make "lay" an act of telling or deciding: "laid out his vision", "laid off 200 staffers". */
    private static final Set<String> LAY_PARTICLES = Set.of("out", "off");
    /** Particles of "sign" whose infinitive is what the signer committed to: "signed up to serve as a delegate". */
    private static final Set<String> SIGN_PARTICLES = Set.of("up", "on");

    private ActionObjectCue() {
    }

    /** The statement of an act named by {@code verb}, added to {@code out}; false when there is none. */
    static boolean verb(String text, Sentence s, Token verb, List<QuoteMarks.Quoted> quotes, List<Attribution> out) {
        int v = verb.index();
        if (!verb.pos().startsWith("VB") || Parse.hasChild(s, v, "nsubj:pass") || Parse.hasChild(s, v, "aux:pass")
                || Parse.relation(s, v).equals("acl") || Parse.relation(s, v).equals("amod")) {
            return false;
        }
        int[] range = content(s, v, verb.lemma().toLowerCase(Locale.ROOT));
        if (range == null) {
            return false;
        }
        int subject = CueSpeaker.speakerOf(s, v, quotes);
        if (subject < 0 || s.token(subject).pos().startsWith("W")
                || ClauseAttributor.insideQuote(quotes, s.token(subject))) {
            return false; // "a bill that he signed": the relative word is no signer
        }
        return ClauseAttributor.addStatement(text, s, range[0], range[1], new int[] {verb.begin(), verb.end()},
                s, subject, out) != null;
    }

    /** The token range of what the act is about, or null when this use of the verb is no such act. */
    private static int[] content(Sentence s, int v, String lemma) {
        int obj = Parse.child(s, v, "obj");
        String particle = particle(s, v);
        switch (lemma) {
            case "sign":
                if (obj > v && !isPerson(s.token(obj))) {
                    return s.subtreeRange(obj); // "signed the bill", not "signed Walker to a contract"
                }
                int infinitive = Parse.child(s, v, "xcomp");
                return infinitive > v && SIGN_PARTICLES.contains(particle) ? s.subtreeRange(infinitive) : null;
            case "lay":
                return obj > v && LAY_PARTICLES.contains(particle) ? s.subtreeRange(obj) : null;
            case "deride", "rip", "resist", "ignore", "block", "chide", "lambast", "hammer", "trumpet",
                 "veto", "authorize", "approve", "ban",
                 // feelings toward someone, like CueLexicon's "like" and "dislike": "openly admires Putin"
                 "love", "hate", "despise", "admire", "loathe", "detest", "adore", "contemplate":
                return obj > v ? s.subtreeRange(obj) : null; // "ripped the deal", "Democrats blocked the bill"
            case "tick":
                return obj > v && particle.equals("off") ? s.subtreeRange(obj) : null; // "ticked off a list of"
            case "play":
                return obj > v && particle.equals("down") ? s.subtreeRange(obj) : null; // "played down the idea"
            case "strike":
                return obj > v && particle.equals("down") ? s.subtreeRange(obj) : null; // "struck down the ban"
            case "deem":
                return judged(s, v, obj);
            case "order":
                int clause = Parse.child(s, v, "ccomp");
                if (clause > v) {
                    return s.subtreeRange(clause); // "ordered that the records be released"
                }
                // "ordered the release of the files"; "ordered them to leave" is the infinitive's, handled elsewhere
                return obj > v && !isPerson(s.token(obj)) && !Parse.hasChild(s, v, "xcomp") ? s.subtreeRange(obj) : null;
            case "issue":
                // "issued new rules"; "issued a statement (saying ...)" is told by what the statement says
                return obj > v && !s.token(obj).lemma().toLowerCase(Locale.ROOT).equals("statement")
                        ? s.subtreeRange(obj) : null;
            default:
                return null;
        }
    }

    /** "deemed the pages personal": the object and its predicate are the judgement, however the parse hung them. */
    private static int[] judged(Sentence s, int v, int obj) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int child : new int[] {obj, Parse.child(s, v, "xcomp"), Parse.child(s, v, "ccomp")}) {
            if (child > v) {
                int[] r = s.subtreeRange(child);
                lo = Math.min(lo, r[0]);
                hi = Math.max(hi, r[1]);
            }
        }
        return hi < 0 ? null : new int[] {lo, hi};
    }

    private static String particle(Sentence s, int v) {
        int p = Parse.child(s, v, "compound:prt");
        return p < 0 ? "" : s.token(p).word().toLowerCase(Locale.ROOT);
    }

    private static boolean isPerson(Token t) {
        return t.ner().equals("PERSON") || Parse.isPronoun(t);
    }
}
