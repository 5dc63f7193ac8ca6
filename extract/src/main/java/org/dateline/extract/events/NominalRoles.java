package org.dateline.extract.events;

import java.util.Set;

/**
 * Closed word lists that tell how a nominal trigger relates to the verb governing it. Kept here as
 * grammar (not vocabulary of events), so the dictionaries need not repeat them.
 */
final class NominalRoles {
    /** Verbs whose subject performs the event named by their object: "held talks", "launched an invasion". */
    static final Set<String> SUPPORT_VERBS = Set.of("hold", "have", "conduct", "launch", "stage", "mount", "wage",
            "carry", "begin", "start", "resume", "continue", "intensify", "escalate", "step", "make", "sign",
            "reach", "conclude", "seal", "declare", "open", "unleash", "commit", "perpetrate", "undertake",
            "pursue", "join", "lead", "announce", "order", "give", "offer", "deliver", "impose", "issue", "agree");

    /** Verbs whose subject undergoes the event named by their object: "forces have seen attacks". */
    static final Set<String> EXPERIENCER_VERBS = Set.of("see", "suffer", "face", "endure", "experience",
            "sustain", "witness", "survive", "receive", "absorb", "repel", "report");

    /** Nouns that only count or measure the event below them: "an uptick in attacks", "a wave of strikes". */
    static final Set<String> QUANTITY_NOUNS = Set.of("rise", "uptick", "increase", "surge", "wave", "series",
            "spate", "string", "number", "escalation", "flurry", "barrage", "round", "spike", "jump", "upsurge",
            "package", "raft", "batch", "set", "list");

    /** Verbs of which a bare nominal event may be the subject and still be reported: "a truce began". */
    static final Set<String> OCCURRENCE_VERBS = Set.of("begin", "start", "follow", "occur", "happen", "take",
            "come", "go", "hold", "enter", "resume", "proceed", "continue", "get");

    /** Verbs whose object names an event being ended or kept from happening, which the mention does not report: "stop the war". */
    static final Set<String> TERMINATIVE_VERBS = Set.of("stop", "end", "halt", "prevent", "avert", "avoid", "cease",
            "stem", "forestall", "head");

    /** Prepositions that mark the target of a nominal event ("attacks on", "talks with", "invasion of"). */
    static final Set<String> TARGET_CASES = Set.of("on", "against", "with", "of", "at", "to", "into", "toward",
            "towards", "upon", "between", "for");

    /** Prepositions of place: a phrase under them is where the event happened before it is whom. */
    static final Set<String> PLACE_CASES = Set.of("in", "near", "at", "inside", "outside", "across", "around",
            "throughout", "within", "along", "from");

    private NominalRoles() {
    }
}
