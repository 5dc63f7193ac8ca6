package org.dateline.extract.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.extract.actors.Country;
import org.dateline.extract.actors.RoleNoun;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Titles and affiliations written before or beside a person's name: the common-noun premodifiers
 * ("Iran's Foreign Minister X" gives "Foreign Minister" with affiliation Iran; "Hamas politburo chief
 * X" gives "politburo chief" with affiliation Hamas; "Qatari Prime Minister X" gives Qatar, created from
 * the demonym when the article never names it), appositives ("X, a spokesman for the ministry") and
 * "of" phrases ("X of the Red Cross").
 */
final class TitleFinder {
    private static final Set<String> TITLE_POS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ");
    private static final Set<String> STOP_WORDS = Set.of("mr", "mrs", "ms", "dr", "said", "says", "told");

    private final ActorDictionaries dictionaries;
    private final NameCollector names;

    TitleFinder(ActorDictionaries dictionaries, NameCollector names) {
        this.dictionaries = dictionaries;
        this.names = names;
    }

    void addTitles(AnnotatedText text, EntitySet set) {
        for (EntityDraft person : set.all()) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            for (Span mention : person.mentions()) {
                Sentence s = text.sentenceAt(mention.begin());
                if (s == null) {
                    continue;
                }
                int first = tokenStartingAt(s, mention.begin());
                int last = tokenEndingAt(s, mention.end());
                if (first < 0 || last < 0) {
                    continue;
                }
                premodifierTitle(text, s, first, last, person, set);
                appositiveTitle(text, s, first, last, person, set);
                ofAffiliation(text, s, last, person, set);
            }
        }
    }

    private void premodifierTitle(AnnotatedText text, Sentence s, int first, int last, EntityDraft person, EntitySet set) {
        int i = first - 1;
        while (i >= 0 && (titleWordOutsideEntities(s.token(i), set) || isInnerOf(s, i, first))) {
            i--;
        }
        int titleStart = i + 1;
        if (titleStart < first && hasNoun(s, titleStart, first) && attachedToName(s, titleStart, first, last)) {
            person.addTitle(text.text().substring(s.token(titleStart).begin(), s.token(first - 1).end()));
            if (i >= 0) {
                affiliationAt(text, s, i, set).ifPresent(org -> person.setAffiliation(org.id()));
            }
        }
    }

    /**
     * Words before a name are its title only when the parse joins them to the name directly, whichever
     * heads the other ("Farm leader Rosa Quispe", "Foreign Minister" heading "Hakan Fidan"); "a proposal
     * Benavides called" puts a noun right before a name that is not its title.
     */
    private static boolean attachedToName(Sentence s, int from, int first, int last) {
        for (int k = from; k <= last; k++) {
            Dependency head = s.head(k);
            if (head == null) {
                continue;
            }
            int g = head.governor();
            boolean titleOnName = k < first && g >= first && g <= last;
            boolean nameOnTitle = k >= first && g >= from && g < first;
            if (titleOnName || nameOnTitle) {
                return true;
            }
        }
        return false;
    }

    /** "of" inside a title ("Secretary of State"), with title words on both sides. */
    private static boolean isInnerOf(Sentence s, int i, int nameStart) {
        return s.token(i).word().equalsIgnoreCase("of") && i > 0 && i + 1 < nameStart
                && isTitleWord(s.token(i - 1)) && isTitleWord(s.token(i + 1));
    }

    private void appositiveTitle(AnnotatedText text, Sentence s, int first, int last, EntityDraft person, EntitySet set) {
        for (int h = first; h <= last; h++) {
            for (Dependency d : s.children(h)) {
                int a = d.dependent();
                if (!d.relation().equals("appos") || a <= last || !s.token(a).isNoun() || s.token(a).isProperNoun()) {
                    continue;
                }
                int start = a;
                while (start - 1 > last && titleWordOutsideEntities(s.token(start - 1), set)) {
                    start--;
                }
                person.addTitle(text.text().substring(s.token(start).begin(), s.token(ofBodyEnd(s, a, set)).end()));
                for (Dependency mod : s.children(a)) {
                    if (mod.relation().startsWith("nmod")) {
                        affiliationAt(text, s, mod.dependent(), set).ifPresent(org -> person.setAffiliation(org.id()));
                    }
                }
                if (start - 1 > last) {
                    affiliationAt(text, s, start - 1, set).ifPresent(org -> person.setAffiliation(org.id()));
                }
            }
        }
    }

    /**
     * The last token of a title that holds an unnamed body ("president of the state employees' union",
     * "head of the city's police"): the body says what the title is of, where "president" alone would read
     * as a head of state. {@code title} itself when its "of" phrase is no body noun ("minister of
     * defence") or is named (an affiliation then).
     */
    private int ofBodyEnd(Sentence s, int title, EntitySet set) {
        for (Dependency mod : s.children(title)) {
            int body = mod.dependent();
            boolean of = mod.relation().startsWith("nmod") && s.children(body).stream().anyMatch(c -> c.relation().equals("case")
                    && s.token(c.dependent()).word().equalsIgnoreCase("of"));
            Token t = s.token(body);
            if (of && body > title && t.isNoun() && !t.isProperNoun() && set.at(t.begin(), t.end()).isEmpty()
                    && dictionaries.roles().forPhrase(t.word()).filter(r -> r.kind() == RoleNoun.Kind.BODY).isPresent()) {
                return body;
            }
        }
        return title;
    }

    /** "X of the Red Cross", "X from Hamas": an organization or country right after the name. */
    private void ofAffiliation(AnnotatedText text, Sentence s, int last, EntityDraft person, EntitySet set) {
        if (person.affiliation() != null) {
            return;
        }
        for (Dependency d : s.children(last)) {
            if (!d.relation().startsWith("nmod") || d.dependent() <= last) {
                continue;
            }
            boolean ofOrFrom = s.children(d.dependent()).stream().anyMatch(c -> c.relation().equals("case")
                    && Set.of("of", "from").contains(s.token(c.dependent()).word().toLowerCase(Locale.ROOT)));
            if (ofOrFrom) {
                affiliationAt(text, s, d.dependent(), set).ifPresent(org -> person.setAffiliation(org.id()));
            }
        }
    }

    /** The organization or country named at a token; a bare demonym or country word creates its country. */
    private Optional<EntityDraft> affiliationAt(AnnotatedText text, Sentence s, int tokenIndex, EntitySet set) {
        Token t = s.token(tokenIndex);
        if (t.word().equals("'s") || t.word().equals("’s") || t.word().equals("'")) {
            if (tokenIndex == 0) {
                return Optional.empty();
            }
            t = s.token(tokenIndex - 1);
        }
        Optional<EntityDraft> named = set.at(t.begin(), t.end()).filter(e -> e.type() != EntityType.PERSON);
        if (named.isPresent()) {
            return named;
        }
        Optional<Country> country = dictionaries.countries().byNameOrDemonym(t.word());
        if (country.isPresent() && Character.isUpperCase(t.word().charAt(0))) {
            EntityDraft c = names.ensureCountry(set, country.get());
            c.addMention(Span.of(text.text(), t.begin(), t.end()));
            return Optional.of(c);
        }
        return Optional.empty();
    }

    /** A title word that no entity claims: "Chinese" in "Chinese President" is the country, not the title. */
    private static boolean titleWordOutsideEntities(Token t, EntitySet set) {
        return isTitleWord(t) && set.at(t.begin(), t.end()).isEmpty();
    }

    static boolean isTitleWord(Token t) {
        return TITLE_POS.contains(t.pos()) && "O".equals(t.ner())
                && !STOP_WORDS.contains(t.word().toLowerCase(Locale.ROOT))
                && Character.isLetter(t.word().charAt(0));
    }

    private static boolean hasNoun(Sentence s, int from, int to) {
        List<Token> tokens = s.tokens().subList(from, to);
        return tokens.stream().anyMatch(Token::isNoun);
    }

    static int tokenStartingAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.begin() == offset) {
                return t.index();
            }
        }
        return -1;
    }

    static int tokenEndingAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.end() == offset) {
                return t.index();
            }
        }
        return -1;
    }
}
