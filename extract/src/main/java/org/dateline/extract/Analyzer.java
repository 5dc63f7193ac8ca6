package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.extract.entities.EntityExtractor;
import org.dateline.extract.entities.EntitySet;
import org.dateline.ingest.ReadDocument;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Span;
import org.dateline.model.TimeRef;
import org.dateline.model.TimeType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.TimeExpression;

/**
 * The facade of extraction: a read document in, its analysis record out. Runs the NLP stage once
 * and hands its result to each extractor in turn. Thread-safe when the annotator is.
 */
public final class Analyzer {
    private final Annotator annotator;
    private final EntityExtractor entityExtractor;

    public Analyzer(Annotator annotator) {
        this(annotator, ActorDictionaries.defaults());
    }

    /** {@code dictionaries}: the default actor dictionaries, possibly with the user's PETRARCH ones. */
    public Analyzer(Annotator annotator, ActorDictionaries dictionaries) {
        this.annotator = annotator;
        this.entityExtractor = new EntityExtractor(dictionaries);
    }

    public Analysis analyze(ReadDocument doc) {
        Article article = doc.article();
        ArticleDate date = ArticleDate.of(article);
        List<String> warnings = new ArrayList<>(doc.warnings());
        if (date.date() == null) {
            warnings.add("the article has no date: relative times are left unresolved");
        }
        AnnotatedText masked = annotator.annotate(NlpText.of(article), date.date());
        AnnotatedText nlp = new AnnotatedText(article.text(), masked.sentences(), masked.mentions(), masked.times());
        EntitySet entities = entityExtractor.extract(nlp, date.date());
        return new Analysis(Analysis.VERSION, doc.info(), article, entities.toEntities(), List.of(),
                times(nlp, date), List.of(), List.of(), warnings).validated();
    }

    private static List<TimeRef> times(AnnotatedText nlp, ArticleDate date) {
        List<TimeRef> out = new ArrayList<>();
        for (TimeExpression t : nlp.times()) {
            out.add(new TimeRef("T" + (out.size() + 1), Span.of(nlp.text(), t.begin(), t.end()),
                    TimeType.valueOf(t.type()), t.value(), t.value() == null ? null : date.source()));
        }
        return out;
    }
}
