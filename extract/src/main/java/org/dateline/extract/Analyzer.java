package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.extract.actors.Country;
import org.dateline.extract.entities.EntityExtractor;
import org.dateline.extract.entities.EntitySet;
import org.dateline.extract.events.EntityActorLookup;
import org.dateline.extract.events.EventExtractor;
import org.dateline.extract.events.EventFinding;
import org.dateline.extract.places.Gazetteer;
import org.dateline.extract.places.Geoparser;
import org.dateline.extract.quotes.QuoteExtractor;
import org.dateline.extract.times.TimeResolver;
import org.dateline.ingest.ReadDocument;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.TimeRef;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.SaidClauseRepair;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.TimeExpression;

/**
 * The facade of extraction: a read document in, its analysis record out. Runs the NLP stage once
 * and hands its result to each extractor in turn. Thread-safe when the annotator is.
 */
public final class Analyzer {
    private final Annotator annotator;
    private final EntityExtractor entityExtractor;
    private final TimeResolver timeResolver = new TimeResolver();
    private final EventExtractor eventExtractor = EventExtractor.withDefaults();
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();
    private final Geoparser geoparser;
    private final ActorDictionaries dictionaries;

    public Analyzer(Annotator annotator) {
        this(annotator, ActorDictionaries.defaults());
    }

    /** {@code dictionaries}: the default actor dictionaries, possibly with the user's PETRARCH ones. */
    public Analyzer(Annotator annotator, ActorDictionaries dictionaries) {
        this(annotator, dictionaries, Gazetteer.bundled());
    }

    /** {@code gazetteer}: the bundled one, or one loaded from a GeoNames dump. Loading takes seconds: share it. */
    public Analyzer(Annotator annotator, ActorDictionaries dictionaries, Gazetteer gazetteer) {
        this.annotator = annotator;
        this.geoparser = new Geoparser(gazetteer);
        this.entityExtractor = new EntityExtractor(dictionaries);
        this.dictionaries = dictionaries;
    }

    public Analysis analyze(ReadDocument doc) {
        return analyze(doc, new StageTimes());
    }

    /** Analyzes one document, adding the time of each stage to {@code clock}. */
    public Analysis analyze(ReadDocument doc, StageTimes clock) {
        Article article = doc.article();
        ArticleDate date = ArticleDate.of(article);
        List<String> warnings = new ArrayList<>(doc.warnings());
        if (date.date() == null) {
            warnings.add("the article has no date: relative times are left unresolved");
        }
        AnnotatedText masked = clock.time("nlp", () -> SaidClauseRepair.apply(annotator.annotate(NlpText.of(article), date.date())));
        clock.addTokens(masked.sentences().stream().mapToLong(x -> x.tokens().size()).sum());
        AnnotatedText nlp = new AnnotatedText(article.text(), masked.sentences(), masked.mentions(), masked.times());
        EntitySet entities = clock.time("actors", () -> entityExtractor.extract(nlp, date.date()));
        // quotes run before the entities are frozen: speaker resolution adds mentions ("he", "the minister")
        List<Quote> quotes = clock.time("quotes",
                () -> quoteExtractor.extract(article, nlp, entities, entityExtractor.resolver(entities)));
        List<TimeRef> times = clock.time("times", () -> timeResolver.resolve(nlp, date.date(), date.origin()));
        // events are dated with our corrected times, not SUTime's raw values
        AnnotatedText resolved = new AnnotatedText(nlp.text(), nlp.sentences(), nlp.mentions(), asExpressions(nlp, times));
        List<Place> places = clock.time("places", () -> PlaceConflicts.resolve(geoparser.parse(nlp, article), entities));
        String home = HomeCountry.of(places, datelinePlace(article), actorMentions(entities))
                .flatMap(dictionaries.countries()::byAlpha2)
                .map(Country::alpha3).orElse(null);
        if (home != null) {
            entityExtractor.codeLocalOfficials(entities, home);
        }
        List<EventFinding> events = clock.time("events", () -> eventExtractor.extract(resolved, entities,
                new EntityActorLookup(entities, home), date.date(), datelinePlace(article)));
        List<Entity> found = entities.toEntities();
        Set<String> media = found.stream().filter(e -> e.type() == EntityType.MEDIA).map(Entity::id).collect(Collectors.toSet());
        return new Analysis(Analysis.VERSION, doc.info(), article, found, places, times, quotes,
                ClaimsFromQuotes.apply(EventPlaces.assign(events, places), quotes, media), warnings).validated();
    }

    /** Mentions of the people and organisations coded as a country's, per alpha-2 country (see HomeCountry). */
    private java.util.Map<String, Integer> actorMentions(EntitySet entities) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (var e : entities.all()) {
            boolean placeLike = e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION;
            if (!placeLike && e.actor() != null && e.actor().country() != null) {
                dictionaries.countries().byAlpha3(e.actor().country())
                        .ifPresent(c -> out.merge(c.alpha2(), e.mentions().size(), Integer::sum));
            }
        }
        return out;
    }

    private static List<TimeExpression> asExpressions(AnnotatedText nlp, List<TimeRef> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeRef t : times) {
            Sentence s = nlp.sentenceAt(t.span().begin());
            if (s != null) {
                out.add(new TimeExpression(t.span().begin(), t.span().end(), t.span().text(), t.type().name(), t.value(),
                        s.index()));
            }
        }
        return out;
    }

    /** The place name inside the dateline ("Doha" in "Doha, November 24 (RHC)--"), or null. */
    private static Span datelinePlace(Article article) {
        if (article.dateline() == null || article.dateline().span() == null || article.dateline().place() == null) {
            return null;
        }
        Span d = article.dateline().span();
        int at = d.text().indexOf(article.dateline().place());
        return at < 0 ? null : Span.of(article.text(), d.begin() + at, d.begin() + at + article.dateline().place().length());
    }

}
