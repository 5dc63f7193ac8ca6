package org.dateline.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.extract.entities.EntityDraft;
import org.dateline.extract.entities.EntitySet;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Modality;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.TimeExpression;
import org.dateline.nlp.Token;

/**
 * The events stage: codes every sentence with {@link EventCoder}, then gives each event its CAMEO
 * numbers, modality, day, place mentions, evidence and confidence, and merges repeats.
 *
 * <p>Confidence is a sum of what the row rests on, clamped to [0.05, 0.95]:
 * {@code 0.35 + 0.25 [source coded] + 0.2 [target coded] + 0.1 [a pattern chose the code]
 * + 0.05 [verb trigger] - 0.1 [day taken from the article, not the sentence]}.
 * An event with no coded actor at all (a truce that began) starts from 0.35 and so stays below 0.5.
 */
public final class EventExtractor {
    private final EventCoder coder;
    private final CameoTables tables;

    public EventExtractor(EventDictionary dictionary, CameoTables tables) {
        this.coder = new EventCoder(dictionary);
        this.tables = tables;
    }

    /** The built-in dictionary and CAMEO table. */
    public static EventExtractor withDefaults() {
        return new EventExtractor(DefaultDictionaryReader.builtIn(), CameoTables.builtIn());
    }

    /**
     * @param datelinePlace the dateline's place name span, used when an event names no place of its own; may be null
     */
    public List<EventFinding> extract(AnnotatedText nlp, EntitySet entities, ActorCodeLookup actors,
                                      LocalDate articleDate, Span datelinePlace) {
        List<Draft> drafts = new ArrayList<>();
        List<Draft> anaphors = new ArrayList<>();
        for (Sentence s : nlp.sentences()) {
            ParseView v = new ParseView(s);
            List<TimeExpression> times = nlp.times().stream().filter(t -> t.sentence() == s.index()).toList();
            for (CodedEvent e : coder.code(s, actors)) {
                if (!tables.isKnown(e.code()) || !e.hasActor() && !e.anaphoric() && !e.entry().actorless()) {
                    continue;
                }
                EventDater.Dated day = EventDater.date(v, e.trigger(), e.clause(), times, articleDate);
                ModalityRules.Result mod = ModalityRules.of(v, e.trigger(), e.clause());
                List<Span> places = places(nlp, v, e, datelinePlace);
                Draft d = new Draft(e, s, day, mod.modality(), speakerEntity(nlp, entities, s, mod.speaker()), places);
                d.ownPlace = !places.isEmpty() && !places.equals(datelinePlace == null ? List.of() : List.of(datelinePlace));
                (e.anaphoric() ? anaphors : drafts).add(d);
            }
        }
        lendDates(drafts, anaphors);
        List<Draft> merged = merge(drafts);
        List<EventFinding> out = new ArrayList<>();
        for (Draft d : merged) {
            out.add(new EventFinding(d.toEvent("V" + (out.size() + 1), nlp.text(), tables), d.places));
        }
        return out;
    }

    /** One event while the stage still adjusts its date. */
    private static final class Draft {
        final CodedEvent coded;
        final Sentence sentence;
        EventDater.Dated day;
        final Modality modality;
        final String claimedBy;
        List<Span> places;
        /** The place comes from the event's own sentence, not the dateline. */
        boolean ownPlace;

        Draft(CodedEvent coded, Sentence sentence, EventDater.Dated day, Modality modality, String claimedBy, List<Span> places) {
            this.coded = coded;
            this.sentence = sentence;
            this.day = day;
            this.modality = modality;
            this.claimedBy = claimedBy;
            this.places = places;
        }

        String key() {
            return coded.code() + "|" + actorKey(coded.source()) + "|" + actorKey(coded.target()) + "|" + modality;
        }

        double confidence() {
            double c = 0.35;
            c += coded.source() != null ? 0.25 : 0;
            c += coded.target() != null ? 0.2 : 0;
            c += coded.pattern() != null ? 0.1 : 0;
            c += sentence.token(coded.trigger()).isVerb() ? 0.05 : 0;
            c -= day.explicit() ? 0 : 0.1;
            return Math.max(0.05, Math.min(0.95, Math.round(c * 100) / 100.0));
        }

        Event toEvent(String id, String text, CameoTables tables) {
            Token t = sentence.token(coded.trigger());
            String code = coded.code();
            return new Event(id, code, tables.plover(code), tables.quadClass(code), tables.goldstein(code),
                    actor(coded.source()), actor(coded.target()), day.day() == null ? null : day.day().toString(), null,
                    modality, claimedBy, Span.of(text, sentence.begin(), sentence.end()), Span.of(text, t.begin(), t.end()),
                    confidence());
        }

        private static EventActor actor(ActorCodeLookup.ActorRef a) {
            return a == null ? null : new EventActor(a.entity(), a.code());
        }

        private static String actorKey(ActorCodeLookup.ActorRef a) {
            // by code: the caption's "Hamas" and the body's "Haniyeh of Hamas" meeting one minister is one row
            return a == null ? "" : a.code();
        }
    }

    /** "The meeting on Thursday night": a definite nominal with its own day dates the last such event before it. */
    private static void lendDates(List<Draft> drafts, List<Draft> anaphors) {
        for (Draft a : anaphors) {
            if (!a.day.explicit() || a.day.day() == null) {
                continue;
            }
            Draft target = null;
            for (Draft d : drafts) {
                boolean before = d.sentence.index() < a.sentence.index();
                // an event the dater set as a backdrop (no day, not explicit: "amid the invasion") keeps no day
                boolean backdrop = d.day.day() == null;
                if (before && !d.day.explicit() && !backdrop && d.coded.code().substring(0, 2).equals(a.coded.code().substring(0, 2))) {
                    target = d;
                }
            }
            if (target != null) {
                target.day = a.day;
            }
        }
    }

    /**
     * Repeats of one event (same event code, actor codes and modality) become one row, keeping a day and place
     * the text gave: a headline's "agree to talks" takes "talks in Geneva" from the body over the dateline's city.
     */
    private static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Optional<Draft> same = out.stream().filter(o -> o.key().equals(d.key())).findFirst();
            if (same.isEmpty()) {
                out.add(d);
            } else {
                if (!same.get().day.explicit() && d.day.explicit()) {
                    same.get().day = d.day;
                }
                if (same.get().places.isEmpty() || !same.get().ownPlace && d.ownPlace) {
                    same.get().places = d.places;
                    same.get().ownPlace = d.ownPlace;
                }
            }
        }
        return out;
    }

    /** The entity that says the clause: the speaker's own entity, or for he/she the last person named before. */
    private static String speakerEntity(AnnotatedText nlp, EntitySet entities, Sentence s, int speaker) {
        if (speaker < 0) {
            return null;
        }
        Token t = s.token(speaker);
        Optional<EntityDraft> e = entities.at(t.begin(), t.end());
        if (e.isPresent()) {
            return e.get().id();
        }
        for (Dependency d : s.children(speaker)) {
            if (d.relation().startsWith("compound") || d.relation().startsWith("flat") || d.relation().equals("appos")) {
                Token m = s.token(d.dependent());
                Optional<EntityDraft> inner = entities.at(m.begin(), m.end());
                if (inner.isPresent()) {
                    return inner.get().id();
                }
            }
        }
        if (t.pos().equals("PRP") && java.util.Set.of("he", "she").contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
            EntityDraft best = null;
            int bestEnd = -1;
            for (EntityDraft d : entities.all()) {
                if (d.type() != EntityType.PERSON) {
                    continue;
                }
                for (Span m : d.mentions()) {
                    if (m.end() <= t.begin() && m.end() > bestEnd && !m.text().equalsIgnoreCase(t.word())) {
                        best = d;
                        bestEnd = m.end();
                    }
                }
            }
            return best == null ? null : best.id();
        }
        return null;
    }

    /**
     * Place mentions: a location named in the event's own place phrase ({@code in Doha}, {@code in Iraq
     * and Syria}; a nominal's own phrase before its clause's, and for force the place it is used on:
     * {@code the invasion of Gaza}), else in the target's ({@code U.S. forces in Iraq}), else the
     * dateline's place.
     */
    private static List<Span> places(AnnotatedText nlp, ParseView v, CodedEvent e, Span datelinePlace) {
        List<Span> out = new ArrayList<>();
        boolean nominal = e.trigger() != e.clause();
        List<Integer> heads = new ArrayList<>(nominal ? List.of(e.trigger(), e.clause()) : List.of(e.clause()));
        if (e.target() != null) {
            heads.add(e.target().endToken() - 1);
        }
        // "protesters marched in Khartoum to demand ...": a purpose clause happens where its governor does
        String rel = v.relation(e.clause());
        if (v.governor(e.clause()) >= 0 && (rel.startsWith("xcomp") || rel.startsWith("advcl") && "to".equals(v.childWord(e.clause(), "mark")))) {
            heads.add(v.governor(e.clause()));
        }
        for (int h : heads) {
            for (Dependency d : v.enhancedOut(h)) {
                String r = d.relation();
                int colon = r.indexOf(':');
                boolean forceOn = h == e.trigger() && nominal && r.equals("nmod:of") && materialConflict(e.code());
                if ((r.startsWith("obl:") || r.startsWith("nmod:")) && colon > 0
                        && (NominalRoles.PLACE_CASES.contains(r.substring(colon + 1)) || forceOn) && !r.endsWith(":from")) {
                    Span place = location(nlp, v, d.dependent());
                    if (place != null && !out.contains(place)) {
                        out.add(place);
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return datelinePlace == null ? List.of() : List.of(datelinePlace);
    }

    /** CAMEO roots 15 to 20: force shown, reduced, coerced, assaulted, fought, mass violence. */
    private static boolean materialConflict(String code) {
        return code != null && code.length() >= 2 && code.compareTo("15") >= 0 && code.compareTo("21") < 0;
    }

    private static Span location(AnnotatedText nlp, ParseView v, int token) {
        Token t = v.token(token);
        for (NerMention m : nlp.mentions()) {
            if ("LOCATION".equals(m.type()) && m.begin() <= t.begin() && t.end() <= m.end()) {
                return Span.of(nlp.text(), m.begin(), m.end());
            }
        }
        return null;
    }
}
