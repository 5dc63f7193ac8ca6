package org.dateline.store;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Modality;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Section;
import org.dateline.model.SectionKind;
import org.dateline.model.Span;
import org.dateline.model.Speaker;
import org.dateline.model.TimeRef;
import org.dateline.model.TimeType;

/**
 * Analysis records written by hand for the store tests (invented stories, no NLP): three articles
 * report one meeting in Oslo (two outlets), one also reports a denied attack near Kassala.
 */
public final class Fixtures {
    public static final String OSLO_WIRE = """
            OSLO, March 4 (NW) - Norway's foreign minister Ola Berg met a Sudanese army delegation in Oslo on Monday. \
            "Talks will continue next week," Berg told reporters.""";
    public static final String OSLO_HARBOR = """
            A Sudanese army delegation held talks with Norwegian minister Ola Berg in Oslo on Monday, officials said. \
            "We came to listen," the head of the delegation said.""";
    public static final String OSLO_WIRE_FOLLOWUP = """
            Ola Berg, Norway's foreign minister, said on Tuesday that his meeting with the Sudanese army delegation \
            in Oslo on Monday was useful. The army denied that rebels attacked a convoy near Kassala on Tuesday.""";

    private Fixtures() {
    }

    public static List<Analysis> all() {
        return List.of(osloWire(), osloHarbor(), osloFollowup());
    }

    public static Analysis osloWire() {
        Doc d = new Doc("wire-1", "https://northernwire.example/2024/oslo-talks", OSLO_WIRE, "Northern Wire", "2024-03-04");
        Entity berg = d.entity("E1", "Ola Berg", EntityType.PERSON, "NORGOV", "Ola Berg", "Berg");
        Entity army = d.entity("E2", "Sudanese army", EntityType.ORGANIZATION, "SDNMIL", "Sudanese army delegation");
        Place oslo = d.place("P1", "Oslo", "NO", 3143244L, 59.91, 10.75, "PPLC", "OSLO", "Oslo");
        d.time("T1", "Monday", "2024-03-04");
        d.quote("Q1", "Talks will continue next week,", "told", berg, "Berg");
        d.event("V1", "043", "CONSULT", 1, 2.8, berg, army, "2024-03-04", oslo, Modality.ASSERTED,
                "Norway's foreign minister Ola Berg met a Sudanese army delegation in Oslo on Monday.", "met");
        return d.build();
    }

    public static Analysis osloHarbor() {
        Doc d = new Doc("harbor-7", "https://harbortimes.example/news/7", OSLO_HARBOR, "Harbor Times", "2024-03-05");
        Entity army = d.entity("E1", "Sudanese army", EntityType.ORGANIZATION, "SDNMIL", "Sudanese army delegation");
        Entity berg = d.entity("E2", "Ola Berg", EntityType.PERSON, "NORGOV", "Ola Berg");
        Place oslo = d.place("P1", "Oslo", "NO", 3143244L, 59.91, 10.75, "PPLC", "Oslo");
        d.quote("Q1", "We came to listen,", "said", null, "the head of the delegation");
        // the same meeting told from the other side: coded with Norway as the source, as the wire did
        d.event("V1", "040", "CONSULT", 1, 1.0, berg, army, "2024-03-04", oslo, Modality.CLAIMED,
                "A Sudanese army delegation held talks with Norwegian minister Ola Berg in Oslo on Monday, officials said.",
                "held talks");
        return d.build();
    }

    public static Analysis osloFollowup() {
        Doc d = new Doc("wire-2", "https://northernwire.example/2024/oslo-followup", OSLO_WIRE_FOLLOWUP, "Northern Wire",
                "2024-03-05");
        Entity berg = d.entity("E1", "Ola Berg", EntityType.PERSON, "NORGOV", "Ola Berg");
        Entity army = d.entity("E2", "Sudanese army", EntityType.ORGANIZATION, "SDNMIL", "Sudanese army delegation", "army");
        Entity rebels = d.entity("E3", "rebels", EntityType.GROUP, "SDNREB", "rebels");
        Place oslo = d.place("P1", "Oslo", "NO", 3143244L, 59.91, 10.75, "PPLC", "Oslo");
        Place kassala = d.place("P2", "Kassala", "SD", 368277L, 15.45, 36.40, "PPLA", "Kassala");
        d.event("V1", "043", "CONSULT", 1, 2.8, berg, army, "2024-03-04", oslo, Modality.ASSERTED,
                "Ola Berg, Norway's foreign minister, said on Tuesday that his meeting with the Sudanese army delegation "
                        + "in Oslo on Monday was useful.", "meeting");
        d.event("V2", "190", "FIGHT", 4, -10.0, rebels, army, "2024-03-05", kassala, Modality.NEGATED,
                "The army denied that rebels attacked a convoy near Kassala on Tuesday.", "attacked");
        return d.build();
    }

    /** A record under construction: spans are found in the text by their words, so they always match. */
    static final class Doc {
        final String id;
        final String url;
        final String text;
        final String outlet;
        final String published;
        final List<Entity> entities = new ArrayList<>();
        final List<Place> places = new ArrayList<>();
        final List<TimeRef> times = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Doc(String id, String url, String text, String outlet, String published) {
            this.id = id;
            this.url = url;
            this.text = text;
            this.outlet = outlet;
            this.published = published;
        }

        Span span(String words) {
            int at = text.indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("fixture text has no \"" + words + "\"");
            }
            return Span.of(text, at, at + words.length());
        }

        Entity entity(String eid, String name, EntityType type, String code, String... mentions) {
            List<Span> spans = new ArrayList<>();
            for (String m : mentions) {
                spans.add(span(m));
            }
            Entity e = new Entity(eid, name, type, List.of(), null,
                    new Actor(code, code.substring(0, 3), List.of(code.substring(3))), spans);
            entities.add(e);
            return e;
        }

        Place place(String pid, String name, String country, Long geonameId, Double lat, Double lon, String feature,
                    String... mentions) {
            List<Span> spans = new ArrayList<>();
            for (String m : mentions) {
                spans.add(span(m));
            }
            Place p = new Place(pid, name, country, geonameId, lat, lon, feature, spans);
            places.add(p);
            return p;
        }

        void time(String tid, String words, String value) {
            times.add(new TimeRef(tid, span(words), TimeType.DATE, value, "dateline"));
        }

        void quote(String qid, String content, String cue, Entity speaker, String speakerWords) {
            quotes.add(new Quote(qid, QuoteKind.DIRECT, span(content), span(cue),
                    new Speaker(speaker == null ? null : speaker.id(), span(speakerWords)), List.of()));
        }

        void event(String vid, String cameo, String plover, int quad, double goldstein, Entity source, Entity target,
                   String date, Place place, Modality modality, String evidence, String trigger) {
            events.add(new Event(vid, cameo, plover, quad, goldstein,
                    new EventActor(source.id(), source.actor().code()), new EventActor(target.id(), target.actor().code()),
                    date, place.id(), modality, null, span(evidence), span(trigger), 0.8));
        }

        Analysis build() {
            Article article = new Article(text, null, null, outlet, published, null,
                    List.of(new Section(SectionKind.PARAGRAPH, 0, text.length())), List.of(), "en");
            return new Analysis(Analysis.VERSION, new DocumentInfo(id, url, "text/plain", text.length()), article,
                    entities, places, times, quotes, events, List.of()).validated();
        }
    }
}
