package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.Parse.lower;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * A paragraph opened by who speaks and a colon: interview labels ({@code PENCE: ...}) and headline quotes
 * ({@code Lee: Vote will pass}, {@code Lee camp: ...}, {@code Lee to unions: ...}, {@code Lee on the
 * budget: ...}, {@code Poll: Lee leads}). The speaker is a name, a name with its common nouns, or a
 * noun of a source that speaks through numbers or documents; headline kickers ({@code Breaking:},
 * {@code The Latest:}) and labels that are clauses of their own are not speakers.
 */
final class ColonLabel {
    /** A speaker label: its sentence, its first and last token, and the colon's offset. */
    record Label(Sentence sentence, int first, int last, int colon) {
    }

    private static final Pattern LABEL = Pattern.compile("^[\"“]?([^:\\n\"“”]{1,100}?) ?:\\s+\\S");
    /** The label names its speaker before these: "Lee to unions:", "Lee on the budget:". */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "to", "at", "about", "in", "for");
    /** Sources that speak without a name of their own. */
    private static final Set<String> SOURCE_NOUNS = Set.of("poll", "polls", "report", "survey", "study", "historians",
            "insiders", "newspaper", "experts", "officials", "sources", "analysis", "documents", "records", "data",
            "critics", "aides", "lawmakers", "economists", "advocates", "editorial", "voters", "investigators");
    /** Headline kickers and section names that stand where a speaker would. */
    private static final Set<String> KICKERS = Set.of("latest", "breaking", "exclusive", "revealed", "wow", "look",
            "watch", "byline", "update", "bombshell", "boom", "busted", "leaked", "notice", "video", "photos", "just",
            "live", "opinion", "editor", "note", "correction", "related", "read", "more", "photo", "listen", "transcript",
            "fact", "check", "analysis", "review", "poll", "report");
    private static final int MAX_SPEAKER_TOKENS = 6;
    /** A web address, an e-mail address or a handle standing alone, with its closing punctuation. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(https?://\\S+|www\\.\\S+|@\\w+|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+)[.)\\]]*");

    private ColonLabel() {
    }

    /** The speaker label opening {@code paragraph} ([begin, end) offsets), or null when it has none. */
    static Label find(AnnotatedText nlp, int[] paragraph) {
        String text = nlp.text();
        Matcher m = LABEL.matcher(text.substring(paragraph[0], paragraph[1]));
        if (!m.find()) {
            return null;
        }
        int labelBegin = paragraph[0] + m.start(1);
        int labelEnd = paragraph[0] + m.end(1);
        int colon = text.indexOf(':', labelEnd);
        Sentence s = nlp.sentenceAt(labelBegin);
        int first = s == null ? -1 : Parse.tokenAt(s, labelBegin);
        int last = s == null ? -1 : Parse.tokenAt(s, labelEnd - 1);
        if (first < 0 || last < 0 || !isStatement(text.substring(colon + 1, paragraph[1]))) {
            return null;
        }
        for (int i = first + 1; i <= last; i++) {
            Token t = s.token(i);
            if ((t.pos().equals("IN") || t.pos().equals("TO")) && TOPIC_PREPOSITIONS.contains(lower(t.word()))) {
                last = i - 1; // "Lee to unions": the speaker is before the addressee or the topic
                break;
            }
        }
        return isSpeaker(s, first, last) ? new Label(s, first, last, colon) : null;
    }

    /**
     * Words after the colon that can be a statement, not a figure ("Lee: 1,769.") nor a contact address
     * ("Twitter: @annlee.", "Email: ann@example.com", "Full results: http://example.com/x").
     */
    static boolean isStatement(String content) {
        return content.chars().anyMatch(Character::isLetter) && !ADDRESS.matcher(content.strip()).matches();
    }

    private static boolean isSpeaker(Sentence s, int first, int last) {
        if (last - first + 1 > MAX_SPEAKER_TOKENS) {
            return false;
        }
        if (first == last && SOURCE_NOUNS.contains(lower(s.token(first).word()))) {
            return true; // "Poll: ...", "Insiders: ..."
        }
        boolean named = false;
        for (int i = first; i <= last; i++) {
            Token t = s.token(i);
            String w = t.word();
            boolean upper = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
            if (KICKERS.contains(lower(w)) || "LOCATION".equals(t.ner()) || "DATE".equals(t.ner())) {
                return false;
            }
            if (t.isProperNoun() || upper) {
                named = true;
            } else if (!(named && (t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("POS")) || Parse.isPunct(t))) {
                return false; // common words only after a name ("Lee camp", "Lee's new warning"); no verbs
            }
        }
        return named && !Parse.isPunct(s.token(last));
    }
}
