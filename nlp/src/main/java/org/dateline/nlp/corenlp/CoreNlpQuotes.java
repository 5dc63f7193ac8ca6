package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * CoreNLP's own quote finder and attributor (annotators up to coref, then quote), kept as a baseline
 * for the quote evaluation. Heavy: about 7 GB of heap and 30 s to load; not part of the pipeline.
 */
public final class CoreNlpQuotes {
    /** One quote as CoreNLP finds it: the quoted text with its marks, and the speaker span or -1s. */
    public record FoundQuote(int begin, int end, int speakerBegin, int speakerEnd) {
        public boolean hasSpeaker() {
            return speakerBegin >= 0;
        }
    }

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuotes() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible,ptb3Escaping=false,splitHyphenated=false");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** CoreNLP's own account of the time each annotator took so far. */
    public String timingInformation() {
        return pipeline.timingInformation();
    }

    public List<FoundQuote> quotes(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        List<FoundQuote> out = new ArrayList<>();
        for (CoreQuote q : doc.quotes()) {
            Pair<Integer, Integer> at = q.quoteCharOffsets();
            Optional<List<CoreLabel>> speaker = q.speakerTokens();
            if (speaker.isPresent() && !speaker.get().isEmpty()) {
                List<CoreLabel> toks = speaker.get();
                out.add(new FoundQuote(at.first(), at.second(), toks.get(0).beginPosition(),
                        toks.get(toks.size() - 1).endPosition()));
            } else {
                out.add(new FoundQuote(at.first(), at.second(), -1, -1));
            }
        }
        return out;
    }
}
