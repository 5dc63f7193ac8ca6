package org.dateline.extract.times;

import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.TimeExpression;
import org.dateline.nlp.Token;

/**
 * Builds small AnnotatedTexts by hand, so the corrections are tested without CoreNLP: one sentence
 * per {@link #sentence} call, tokens as "word/POS" with their heads, times by their words.
 */
final class TextBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<NerMention> names = new ArrayList<>();

    /**
     * Adds a sentence. {@code tokens} are "word/POS"; {@code heads[i]} is the head of token i (-1 for
     * the root) and {@code relations[i]} its relation.
     */
    TextBuilder sentence(String[] tokens, int[] heads, String[] relations) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int begin = text.length();
        List<Token> toks = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String[] wordPos = tokens[i].split("/");
            if (i > 0) {
                text.append(' ');
            }
            int b = text.length();
            text.append(wordPos[0]);
            toks.add(new Token(i, b, text.length(), wordPos[0], wordPos[0].toLowerCase(), wordPos[1], "O"));
            deps.add(new Dependency(heads[i], i, heads[i] < 0 ? "root" : relations[i]));
        }
        sentences.add(new Sentence(sentences.size(), begin, text.length(), toks, deps, deps));
        return this;
    }

    /** A sentence of plain words without a parse (tense unknown). */
    TextBuilder words(String words) {
        String[] split = words.split(" ");
        String[] tokens = new String[split.length];
        int[] heads = new int[split.length];
        String[] relations = new String[split.length];
        for (int i = 0; i < split.length; i++) {
            tokens[i] = split[i] + "/NN";
            heads[i] = i == 0 ? -1 : 0;
            relations[i] = "dep";
        }
        return sentence(tokens, heads, relations);
    }

    /** Marks the {@code occurrence}-th (0-based) appearance of {@code words} as a SUTime time. */
    TextBuilder time(String words, int occurrence, String type, String value) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(words, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' not in the text: " + text);
        }
        int sentence = 0;
        for (Sentence s : sentences) {
            if (s.begin() <= at && at < s.end()) {
                sentence = s.index();
            }
        }
        times.add(new TimeExpression(at, at + words.length(), words, type, value, sentence));
        return this;
    }

    TextBuilder time(String words, String type, String value) {
        return time(words, 0, type, value);
    }

    TextBuilder name(String words, String type) {
        int at = text.indexOf(words);
        names.add(new NerMention(at, at + words.length(), words, type, 0, 0, 1));
        return this;
    }

    AnnotatedText build() {
        List<TimeExpression> sorted = new ArrayList<>(times);
        sorted.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return new AnnotatedText(text.toString(), sentences, names, sorted);
    }
}
