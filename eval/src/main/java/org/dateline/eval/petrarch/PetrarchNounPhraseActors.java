package org.dateline.eval.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.extract.events.ActorCodeLookup;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Codes a noun phrase of our parse with the PETRARCH actor and agent dictionaries, the way PETRARCH
 * codes a Treebank NP: the longest actor phrase gives the country or group code, agent phrases add role
 * codes in sentence order ({@code ~GOV} after, {@code NGO~} before), {@code former} makes an elite
 * ({@code ELI}). A role noun without a country in its phrase takes the country of its prepositional
 * complement ({@code ambassadors of Arnor}) or of the first conjunct ({@code Danish media and
 * government}); a role with no country at all gives PETRARCH's unknown-country code {@code ---ROLE}.
 */
final class PetrarchNounPhraseActors implements ActorCodeLookup {
    private final PetrarchActorPhrases dictionary;
    private final LocalDate day;

    PetrarchNounPhraseActors(PetrarchActorPhrases dictionary, LocalDate day) {
        this.dictionary = dictionary;
        this.day = day;
    }

    @Override
    public List<ActorRef> actorsOf(Sentence s, int head) {
        Coded own = codeCore(s, head);
        if (own.actors.isEmpty() && !own.headIsRole) {
            return List.of();
        }
        if (own.actors.isEmpty()) {
            // a role without a country: look into its complements, then its first conjunct's country or complements
            List<ActorRef> inner = complementActors(s, head, own);
            if (!inner.isEmpty()) {
                return inner;
            }
            Dependency up = s.head(head);
            if (up != null && up.relation().startsWith("conj") && up.governor() >= 0) {
                Coded first = codeCore(s, up.governor());
                if (!first.actors.isEmpty()) {
                    return List.of(new ActorRef(null, combine(own.prefix, first.actors.get(0), own.agents), head, head + 1));
                }
                // "lawmakers and officials in Fornost and Gondor": the place phrase serves both roles
                inner = complementActors(s, up.governor(), own);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
            return List.of(new ActorRef(null, combine(own.prefix, "---", own.agents), head, head + 1));
        }
        List<ActorRef> out = new ArrayList<>();
        for (String a : own.actors) {
            out.add(new ActorRef(null, combine(own.prefix, a, own.agents), own.first, head + 1));
        }
        return out;
    }

    /** The countries of {@code head}'s prepositional complements ("ambassadors of Arnor"), with {@code role}'s codes. */
    private List<ActorRef> complementActors(Sentence s, int head, Coded role) {
        List<ActorRef> inner = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            if (d.relation().startsWith("nmod") && !d.relation().equals("nmod:poss")) {
                for (int h : withConjuncts(s, d.dependent())) {
                    Coded c = codeCore(s, h);
                    for (String a : c.actors) {
                        inner.add(new ActorRef(null, combine(role.prefix, a, role.agents), h, h + 1));
                    }
                }
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return inner;
    }

    private static List<Integer> withConjuncts(Sentence s, int h) {
        List<Integer> out = new ArrayList<>(List.of(h));
        for (int i = 0; i < out.size(); i++) {
            for (Dependency d : s.children(out.get(i))) {
                if (d.relation().startsWith("conj") && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    private static String combine(String prefix, String actor, List<String> agents) {
        StringBuilder b = new StringBuilder(prefix).append(actor);
        for (String a : agents) {
            if (!containsChunk(b.toString(), a)) {
                b.append(a);
            }
        }
        return b.toString();
    }

    private static boolean containsChunk(String code, String role) {
        for (int i = 0; i + role.length() <= code.length(); i += 3) {
            if (code.startsWith(role, i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code headIsRole}: the head noun itself is part of an agent phrase ("officials", not "official visit"). */
    private record Coded(List<String> actors, String prefix, List<String> agents, int first, boolean headIsRole) {
    }

    /** The head, its modifiers, possessor and name parts (not its prepositional phrases or clauses). */
    private Coded codeCore(Sentence s, int head) {
        List<Integer> core = new ArrayList<>();
        collect(s, head, core, true);
        core.sort(null);
        List<String> words = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        for (int t : core) {
            Token tok = s.token(t);
            if (tok.pos().equals("POS") || tok.pos().matches("\\p{Punct}+") || tok.pos().equals(",")) {
                continue;
            }
            words.add(tok.word().toUpperCase(Locale.ROOT));
            tokens.add(t);
        }
        List<String> actors = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        List<String> agents = new ArrayList<>();
        boolean former = false;
        boolean headIsRole = false;
        int first = head;
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(dictionary.longestPhrase(), words.size() - i); n >= 1 && matched == 0; n--) {
                List<String> phrase = words.subList(i, i + n);
                boolean conjunct = isConjunctModifier(s, tokens.get(i), head);
                if ((actors.isEmpty() || conjunct) && dictionary.isActor(phrase, day)) {
                    actors.addAll(dictionary.actorCodes(phrase, day));
                    first = Math.min(first, tokens.get(i));
                    matched = n;
                } else if (dictionary.agentCode(phrase) != null) {
                    String code = dictionary.agentCode(phrase).replace(" ", "");
                    headIsRole |= tokens.subList(i, i + n).contains(head);
                    if (code.endsWith("~")) {
                        prefix.append(code, 0, code.length() - 1);
                    } else {
                        agents.add(code.replace("~", ""));
                    }
                    matched = n;
                }
            }
            if (matched == 0 && words.get(i).equals("FORMER")) {
                former = true;
            }
            i += Math.max(1, matched);
        }
        if (former && (!agents.isEmpty() || !actors.isEmpty())) {
            agents = new ArrayList<>(List.of("ELI"));
        }
        return new Coded(actors, prefix.toString(), agents, first, headIsRole);
    }

    /** "Calenardhon" in "Eriadori and Calenardhon leaders": a conjunct of a modifier, a second actor of the phrase. */
    private static boolean isConjunctModifier(Sentence s, int t, int head) {
        Dependency up = s.head(t);
        if (up == null || !up.relation().startsWith("conj") || up.governor() < 0) {
            return false;
        }
        Dependency modifier = s.head(up.governor());
        return modifier != null && modifier.governor() == head
                && (modifier.relation().startsWith("compound") || modifier.relation().equals("amod"));
    }

    private static void collect(Sentence s, int t, List<Integer> out, boolean top) {
        out.add(t);
        for (Dependency d : s.children(t)) {
            String r = d.relation();
            boolean keep = r.startsWith("compound") || r.startsWith("flat") || r.equals("amod") || r.equals("det")
                    || r.equals("nmod:poss") || r.equals("case") && !top || r.equals("nummod") || r.equals("advmod")
                    || r.startsWith("conj") && isConjunctModifier(s, d.dependent(), s.head(t) == null ? -1 : s.head(t).governor());
            if (keep) {
                collect(s, d.dependent(), out, false);
            }
        }
    }
}
