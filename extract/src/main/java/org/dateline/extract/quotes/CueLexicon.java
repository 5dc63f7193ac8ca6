package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce a statement. Verbs of saying and of thinking take the statement as a clause
 * ({@code said that ...}); some take it as an infinitive ({@code urged them to ...}); a few nouns and
 * prepositions frame it ({@code according to}). Lists written for news prose; lemmas, lower case.
 */
final class CueLexicon {
    /** Verbs whose clausal complement (ccomp, parataxis) is what the subject said or thinks. */
    private static final Set<String> CLAUSE_VERBS = words(
            "say", "tell", "add", "note", "write", "report", "announce", "claim", "argue", "insist", "warn", "explain",
            "suggest", "acknowledge", "admit", "deny", "believe", "think", "know", "expect", "hope", "fear", "show",
            "find", "estimate", "predict", "promise", "pledge", "vow", "agree", "recall", "state", "declare", "assert",
            "contend", "maintain", "stress", "emphasize", "emphasise", "tweet", "ask", "respond", "reply", "answer",
            "confirm", "concede", "complain", "charge", "allege", "indicate", "reveal", "testify", "conclude", "worry",
            "feel", "remark", "mention", "observe", "point", "caution", "predict", "reiterate", "repeat", "signal",
            "assure", "inform", "notify", "remind", "boast", "brag", "joke", "quip", "lament", "acknowledge",
            "speculate", "guess", "suspect", "doubt", "wonder", "imply", "hint", "concur", "proclaim", "counter",
            "retort", "scream", "shout", "yell", "whisper", "demand", "urge", "suggest", "propose", "recommend",
            "determine", "decide", "discover", "learn", "realize", "understand", "agree", "accuse", "blame",
            "criticize", "praise", "thank", "continue", "post", "comment", "describe", "contend", "swear", "predict",
            "acknowledge", "accept", "insist", "estimate", "project", "forecast", "calculate", "figure", "presume",
            "assume", "imagine", "consider", "recognize", "confess", "disclose", "divulge", "testify", "certify",
            "clarify", "elaborate", "emphasize", "underline", "underscore", "highlight", "stipulate", "specify",
            "threaten", "announce", "declare", "publish", "reason", "conclude", "hold", "rule", "sense", "see",
            "question", "dispute",
            // seen on PolNeAR train with their clause: "affirmed that", "interjected that", "noticed that"
            "affirm", "interject", "notice", "anticipate", "ponder", "outline", "forget", "demonstrate", "persuade",
            "convince");

    /** Verbs whose infinitive complement is the statement: "vowed to fight", "urged voters to stay home". */
    private static final Set<String> INFINITIVE_VERBS = words(
            "promise", "pledge", "vow", "urge", "ask", "call", "plan", "want", "refuse", "decline", "threaten",
            "propose", "demand", "encourage", "warn", "tell", "intend", "hope", "expect", "agree", "offer", "seek",
            "order", "instruct", "advise", "invite", "beg", "implore", "challenge", "dare", "appeal", "vote", "claim",
            "predict", "swear", "wish", "aim", "push", "press", "lobby",
            // "announced plans to run", "argued to keep the tax", "prefers to wait", "decided to stay out"
            "announce", "declare", "argue", "suggest", "prefer", "decide");

    /** Verbs that report speech even with a plain object clause or a quote nearby but no complement. */
    private static final Set<String> BARE_SPEECH = words(
            "say", "tell", "add", "write", "tweet", "continue", "explain", "ask", "respond", "reply", "answer",
            "note", "declare", "insist", "warn", "recall", "joke", "quip", "shout", "yell", "scream", "whisper",
            "remark", "argue", "state", "conclude", "post", "comment", "counter", "retort", "muse", "exclaim",
            "chant", "sing", "announce", "claim", "describe", "call", "put", "report");

    /** Verbs whose object noun phrase is what was said: "cited a poll", "called for a recount". */
    private static final Set<String> OBJECT_VERBS = words(
            "cite", "call", "describe", "criticize", "attack", "blast", "condemn", "propose", "demand", "mention",
            "discuss", "question", "deny", "acknowledge", "reveal", "announce", "predict", "show", "find", "suggest",
            "dismiss", "reject", "praise", "urge", "promise", "pledge", "vow", "recommend", "endorse", "accuse",
            "slam", "decry", "denounce", "defend", "tout", "highlight", "express", "voice", "echo", "quote",
            "thank", "apologize", "commend", "applaud", "credit", "fault", "congratulate", "blast", "mock", "ridicule",
            "offer", "tweet", "share", "repeat", "reiterate", "list", "challenge", "downplay", "promote", "welcome",
            "hail", "bemoan", "lament", "lambaste", "trash", "rebuke", "disavow", "renounce", "dispute", "contest",
            // what was told or confirmed: "confirmed the report", "claimed victory", "reaffirmed its support"
            "confirm", "report", "reaffirm", "reference", "extol", "herald", "assail", "criticise", "protest",
            "cheer", "coin", "foresee", "articulate", "compare", "liken", "contrast", "equate", "note",
            // what was stressed, explained, feared or hoped for: "stressed the late timing", "hopes for a deal"
            "blame", "claim", "declare", "recall", "post", "explain", "fear", "argue", "emphasize", "emphasise",
            "stress", "underscore", "expect", "hope", "disclose", "retweet", "invoke", "point", "say",
            // object right on train where the object is all that is said: "ordered the release of", "declined
            // comment", "did not admit wrongdoing", "didn't concede defeat", "the film documents the boom"
            "order", "decline", "admit", "concede", "document", "outline",
            // what was grasped or felt: "understands the frustration", "feels the same way"
            "understand", "feel");

    /**
     * Verbs of stance whose object is what the subject holds a view on ("supported Sanders", "want a
     * recount", "sees Cruz as a uniter"): a statement only with a subject, who holds the view.
     */
    private static final Set<String> STANCE_VERBS = words(
            "support", "back", "prefer", "favor", "favour", "oppose", "want", "endorse", "embrace", "champion",
            "like", "dislike", "see", "view", "regard", "portray", "depict", "characterize", "characterise", "cast",
            "paint", "label", "brand", "interpret", "identify", "remember", "frame", "bill");

    /** Verbs by which records, polls and studies tell what they found: "records show", "the poll found". */
    private static final Set<String> EVIDENTIAL_VERBS = words(
            "show", "find", "indicate", "reveal", "suggest", "confirm", "estimate", "project", "conclude",
            "demonstrate", "document");

    /** Verbs of praise and blame whose for-phrase (of-phrase for accuse) is what was said of someone. */
    private static final Set<String> REASON_VERBS = words(
            "thank", "praise", "criticize", "criticise", "blame", "slam", "attack", "fault", "apologize", "apologise",
            "commend", "applaud", "credit", "congratulate", "blast", "chastise", "scold", "rebuke", "knock", "hit",
            "accuse", "lambaste", "mock", "ridicule", "condemn", "denounce");

    /** Nouns naming the medium a statement came through ("in a statement", "in an interview with"). */
    private static final Set<String> MEDIA_NOUNS = words(
            "agency", "news", "newspaper", "paper", "daily", "tv", "television", "channel", "broadcaster", "radio",
            "magazine", "outlet", "network", "wire", "times", "post", "journal", "tribune", "gazette", "herald");

    private CueLexicon() {
    }

    static boolean takesClause(String lemma) {
        return CLAUSE_VERBS.contains(norm(lemma));
    }

    static boolean takesInfinitive(String lemma) {
        return INFINITIVE_VERBS.contains(norm(lemma));
    }

    static boolean takesObject(String lemma) {
        return OBJECT_VERBS.contains(norm(lemma)) || isStance(lemma);
    }

    static boolean isStance(String lemma) {
        return STANCE_VERBS.contains(norm(lemma));
    }

    /** Stance verbs that hold a view only with an as-phrase ("sees Cruz as a uniter", not "have seen an uptick"). */
    static boolean needsAs(String lemma) {
        return VIEW_VERBS.contains(norm(lemma));
    }

    /** "portrays him as a victim", "cast herself as an outsider": without the as-phrase these are other acts. */
    private static final Set<String> VIEW_VERBS = Set.of("see", "view", "regard", "portray", "depict", "characterize",
            "characterise", "cast", "paint", "label", "brand", "interpret", "identify", "remember", "frame", "bill");

    /** Adverbs by which a view verb judges its object: "views him favorably". */
    private static final Set<String> JUDGEMENTS = Set.of("favorably", "favourably", "unfavorably", "unfavourably",
            "positively", "negatively", "warily", "skeptically", "sceptically", "dimly", "kindly", "highly", "poorly");

    static boolean isJudgement(String adverb) {
        return JUDGEMENTS.contains(norm(adverb));
    }

    /** Verbs that set their object against a second one: "compared the plan to a tax". */
    private static final java.util.Map<String, Set<String>> PAIRING_VERBS = java.util.Map.of(
            "compare", Set.of("to", "with"), "liken", Set.of("to"), "contrast", Set.of("with"), "equate", Set.of("with"));

    /** True when {@code preposition} introduces the second term of a pairing verb ("likened X to Y"). */
    static boolean pairs(String lemma, String preposition) {
        return PAIRING_VERBS.getOrDefault(norm(lemma), Set.of()).contains(norm(preposition));
    }

    /** "thanked X for Y", "accused X of Y": the preposition that introduces the statement after such a verb. */
    static boolean takesReason(String lemma, String preposition) {
        return REASON_VERBS.contains(norm(lemma))
                && (preposition.equals("for") || preposition.equals("of") && norm(lemma).equals("accuse"));
    }

    static boolean isEvidential(String lemma) {
        return EVIDENTIAL_VERBS.contains(norm(lemma));
    }

    static boolean isSpeechVerb(String lemma) {
        return BARE_SPEECH.contains(norm(lemma));
    }

    static boolean isAnyCue(String lemma) {
        return takesClause(lemma) || takesInfinitive(lemma) || isSpeechVerb(lemma) || takesObject(lemma);
    }

    static boolean isMediaWord(String word) {
        return MEDIA_NOUNS.contains(norm(word));
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words)); // the lists may repeat a word
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
