package org.dateline.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Joins quotations to statements. A statement from the parse whose content is a quotation becomes
 * direct (content: the words inside the marks); one with a quoted fragment becomes mixed. A quotation
 * left over looks for its speaker: a bare cue in its sentence or the next ({@code "...," he said}), a
 * dash and a name after it, a colon-ended lead-in before it ({@code Caddell continued:}), or the speaker
 * of the quotation in the paragraph before, which it continues. Interview labels ({@code PENCE: ...})
 * are statements of their own.
 */
final class QuoteAttributor {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Shorter quotations with no speaker are names, titles or scare quotes, not statements. */
    private static final int MIN_UNATTRIBUTED_WORDS = 6;

    List<Attribution> attribute(AnnotatedText nlp, List<int[]> paragraphs, List<QuoteMarks.Quoted> quotes,
                                ClauseAttributor.Found found) {
        String text = nlp.text();
        List<Attribution> out = new ArrayList<>(found.attributions());
        boolean[] used = new boolean[quotes.size()];
        for (Attribution a : out) {
            classify(text, a, quotes, used);
        }
        labels(nlp, paragraphs, quotes, used, out);
        for (int qi = 0; qi < quotes.size(); qi++) {
            if (used[qi]) {
                continue;
            }
            QuoteMarks.Quoted q = quotes.get(qi);
            if (runsOnIntoQuotation(text, q, out)) {
                continue;
            }
            Attribution a = new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
            boolean longEnough = words(text, q) >= MIN_UNATTRIBUTED_WORDS;
            boolean kept = byCue(nlp, q, quotes, found.dangling(), a) || SurfaceCue.after(nlp, q, quotes, a)
                    || SurfaceCue.before(nlp, q, quotes, a) || ReadingCue.after(nlp, q, quotes, a)
                    || ReadingCue.before(nlp, q, quotes, a) || byDashName(nlp, q, a) || byLeadIn(nlp, q, a)
                    || InvertedOpening.speaker(nlp, q, quotes, a)
                    || longEnough && QuotingClause.speaker(nlp, q, quotes, a)
                    || !longEnough && QuotedObject.statement(nlp, q, quotes, a)
                    || byPreviousParagraph(nlp, paragraphs, q, out, a);
            if (!kept && longEnough) {
                if (!LeadSentence.speaker(nlp, q, quotes, a)) { // a long quotation stays, with or without a speaker
                    SameParagraphSpeaker.speaker(text, q, out, a);
                }
                kept = true;
            }
            if (kept) {
                out.add(a);
            }
        }
        speakerOfSharedCue(out);
        NameLabelledQuotation.relabel(nlp, quotes, out); // "HEADING - Ann Lee: "..."": the label speaks
        out.sort((x, y) -> Integer.compare(x.contentBegin, y.contentBegin));
        return out;
    }

    /**
     * {@code "My hope," he said, "is that ..."}: the parser may hang the second piece on the cue without its
     * subject; a piece sharing its cue with an attributed one has that one's speaker.
     */
    static void speakerOfSharedCue(List<Attribution> out) {
        for (Attribution a : out) {
            if (!a.hasCue() || a.hasSpeaker()) {
                continue;
            }
            for (Attribution other : out) {
                if (other != a && other.hasSpeaker() && other.cueBegin == a.cueBegin && other.cueEnd == a.cueEnd) {
                    a.speakerFrom(other);
                    break;
                }
            }
        }
    }

    private static final Pattern DASH_OR_COLON = Pattern.compile("\\s*(?:--|[—–:])\\s*");

    /**
     * {@code Lee said the museum would tell the stories of the overlooked -- "the porter, the slave ..."}: a
     * quotation that follows a reported statement after a dash or colon, the parser having cut it off,
     * completes that statement, which becomes mixed. True when it did.
     */
    private static boolean runsOnIntoQuotation(String text, QuoteMarks.Quoted q, List<Attribution> found) {
        for (Attribution a : found) {
            if (a.kind == QuoteKind.INDIRECT && a.hasSpeaker() && a.hasCue() && a.cueEnd <= a.contentBegin
                    && a.contentEnd < q.open() && DASH_OR_COLON.matcher(text.substring(a.contentEnd, q.open())).matches()) {
                a.contentEnd = q.contentEnd();
                a.kind = QuoteKind.MIXED;
                return true;
            }
        }
        return false;
    }

    /** Direct when the content is one quotation, mixed when it has a quoted part; marks the quotations used. */
    private static void classify(String text, Attribution a, List<QuoteMarks.Quoted> quotes, boolean[] used) {
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteMarks.Quoted q = quotes.get(i);
            if (q.open() < a.contentEnd && a.contentBegin < q.end()) {
                inside.add(i);
            }
        }
        if (inside.isEmpty()) {
            return;
        }
        QuoteMarks.Quoted first = quotes.get(inside.get(0));
        QuoteMarks.Quoted last = quotes.get(inside.get(inside.size() - 1));
        inside.forEach(i -> used[i] = true);
        if (inside.size() == 1 && !hasWordsOutside(text, a.contentBegin, a.contentEnd, first)) {
            a.kind = QuoteKind.DIRECT;
            a.contentBegin = first.contentBegin();
            a.contentEnd = first.contentEnd();
            return;
        }
        a.kind = QuoteKind.MIXED;
        if (last.end() > a.contentEnd && last.open() >= a.contentBegin) {
            a.contentEnd = last.contentEnd(); // the quoted part runs on past the parsed clause
        }
    }

    private static boolean hasWordsOutside(String text, int begin, int end, QuoteMarks.Quoted q) {
        String before = text.substring(begin, Math.max(begin, Math.min(end, q.open())));
        String after = text.substring(Math.min(end, Math.max(begin, q.end())), end);
        return WORD.matcher(before).find() || WORD.matcher(after).find();
    }

    /** A bare speech verb in the quotation's sentences or the sentence right after it, nearest first. */
    private static boolean byCue(AnnotatedText nlp, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> quotes,
                                 List<ClauseAttributor.DanglingCue> cues,
                                 Attribution a) {
        Sentence last = nlp.sentenceAt(Math.max(q.contentBegin(), q.end() - 1));
        int nextIndex = last == null ? -1 : last.index() + 1;
        ClauseAttributor.DanglingCue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ClauseAttributor.DanglingCue c : cues) {
            Token t = c.sentence().token(c.token());
            boolean sameSentence = c.sentence().begin() < q.end() && q.open() < c.sentence().end();
            boolean nextSentence = c.sentence().index() == nextIndex && q.closed() && t.begin() > q.end()
                    && t.begin() - q.end() < 60 && !nlp.text().substring(q.end(), t.begin()).contains("\n");
            if (!sameSentence && !nextSentence) {
                continue;
            }
            int distance = t.begin() >= q.end() ? t.begin() - q.end() : q.open() - t.end();
            if (distance >= 0 && distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return false;
        }
        Token t = best.sentence().token(best.token());
        int subject = CueSpeaker.speakerOf(best.sentence(), best.token(), quotes);
        if (subject < 0) {
            subject = NameTakenForWord.before(nlp, best.sentence(), best.token(), quotes); // "...,” Will wrote."
        }
        if (subject >= 0) {
            a.cue(t.begin(), t.end());
            a.speaker(best.sentence(), subject, Parse.nounPhrase(best.sentence(), subject));
            return true;
        }
        return nameBetween(nlp, q.end(), t.begin(), a) && setCue(a, t);
    }

    private static boolean setCue(Attribution a, Token cue) {
        a.cue(cue.begin(), cue.end());
        return true;
    }

    /** A name between the closing mark and a cue the parser split off: "A," Rep. Jo Doe (D-Wis.) said. */
    private static boolean nameBetween(AnnotatedText nlp, int from, int to, Attribution a) {
        for (Sentence s : nlp.sentences()) {
            if (s.end() <= from || s.begin() >= to) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.begin() < from || t.end() > to || !t.isProperNoun()) {
                    continue;
                }
                int last = t.index();
                while (last + 1 < s.tokens().size() && s.token(last + 1).isProperNoun() && s.token(last + 1).end() <= to) {
                    last++;
                }
                a.speaker(s, last, new int[] {t.begin(), s.token(last).end()});
                return true;
            }
        }
        return false;
    }

    /** {@code "..." ― Karen Smith}: a dash and a name right after the closing mark. */
    private static boolean byDashName(AnnotatedText nlp, QuoteMarks.Quoted q, Attribution a) {
        String text = nlp.text();
        int i = q.end();
        while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || "―—–-".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        int dash = i;
        i++;
        while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
            i++;
        }
        Sentence s = nlp.sentenceAt(i);
        int t = s == null ? -1 : Parse.tokenAt(s, i);
        if (t < 0 || !s.token(t).isProperNoun()) {
            return false;
        }
        int end = t;
        while (end + 1 < s.tokens().size() && s.token(end + 1).isProperNoun()) {
            end++;
        }
        a.cue(dash, dash + 1);
        a.speaker(s, end, new int[] {s.token(t).begin(), s.token(end).end()});
        return true;
    }

    /** {@code Caddell continued: "..."}: the clause ending in a colon just before the opening mark. */
    private static boolean byLeadIn(AnnotatedText nlp, QuoteMarks.Quoted q, Attribution a) {
        String text = nlp.text();
        int i = q.open() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) != ':') {
            return false;
        }
        Sentence s = nlp.sentenceAt(i);
        int colon = s == null ? -1 : Parse.tokenAt(s, i);
        if (colon < 0) {
            return false;
        }
        for (int v = colon - 1; v >= 0; v--) {
            Token t = s.token(v);
            if (t.isVerb()) {
                int subject = CueSpeaker.subject(s, v, 0);
                if (subject >= 0) {
                    a.cue(t.begin(), t.end());
                    a.speaker(s, subject, Parse.nounPhrase(s, subject));
                    return true;
                }
            }
        }
        return false;
    }

    /** A quotation opening its paragraph continues the quoted speaker of the paragraph before. */
    static boolean byPreviousParagraph(AnnotatedText nlp, List<int[]> paragraphs, QuoteMarks.Quoted q,
                                               List<Attribution> found, Attribution a) {
        String text = nlp.text();
        int p = paragraphOf(paragraphs, q.open());
        if (p < 0) {
            return false;
        }
        boolean opensParagraph = firstNonSpace(text, paragraphs.get(p)[0]) == q.open();
        int from = opensParagraph && p > 0 ? paragraphs.get(p - 1)[0] : paragraphs.get(p)[0];
        Attribution best = null;
        for (Attribution other : found) {
            if (endsBetween(other, from, q.open()) && other.hasSpeaker()
                    && (other.kind == QuoteKind.DIRECT || opensParagraph || cueAfterContent(other))
                    && (best == null || other.contentBegin > best.contentBegin)) {
                best = other;
            }
        }
        if (best == null || !opensParagraph && !onlySpaceOrCue(text, best, q.open())) {
            return false;
        }
        if (!opensParagraph) {
            best = ContinuedStatement.lastOfSameSpeaker(text, best, found, q.open()); // "...," he said, adding that ... "..."
            best = StatementBeforeQuotation.between(nlp, best, found, q.open()); // "...," says X. She says ... "..."
        }
        a.cue(best.cueBegin, best.cueEnd);
        a.speakerFrom(best);
        return true;
    }

    /**
     * The earlier statement's content ends in [{@code from}, {@code open}]; it may begin before: a quotation run on
     * from the paragraph before ("...\n\n"And it rained," he said. "We left."") hands its speaker on as well.
     */
    private static boolean endsBetween(Attribution earlier, int from, int open) {
        return earlier.contentEnd > from && earlier.contentEnd <= open;
    }

    /**
     * {@code The roads were closed, Ruiz said. "..."}: a statement closed by its own cue hands its speaker to the
     * quotation right after it, whatever its kind.
     */
    private static boolean cueAfterContent(Attribution a) {
        return a.hasCue() && a.cueBegin >= a.contentEnd;
    }

    /** Between the earlier quotation and this one only its own cue sentence: "A," said X. "B." */
    private static boolean onlySpaceOrCue(String text, Attribution earlier, int open) {
        int from = Math.max(earlier.contentEnd, Math.max(earlier.cueEnd, earlier.speakerEnd));
        if (from > open) {
            return false;
        }
        String between = text.substring(from, open);
        return between.length() < 240 && !between.contains("\n");
    }

    /** Paragraphs of the form {@code NAME: words}: transcripts and headline quotes. */
    private static void labels(AnnotatedText nlp, List<int[]> paragraphs, List<QuoteMarks.Quoted> quotes,
                               boolean[] used, List<Attribution> out) {
        String text = nlp.text();
        for (int[] p : paragraphs) {
            ColonLabel.Label label = ColonLabel.find(nlp, p);
            if (label == null) {
                continue;
            }
            int colon = label.colon();
            Sentence s = label.sentence();
            int first = label.first();
            int last = label.last();
            int contentBegin = firstNonSpace(text, colon + 1);
            // a statement whose cue lies inside the labelled words is nested in them ("Lee: I'm tired of X")
            int turnEnd = nextTurn(nlp, quotes, contentBegin, p[1]);
            boolean overlapsOther = out.stream().anyMatch(o -> o.overlapsContent(contentBegin, turnEnd)
                    && !(o.hasCue() && o.cueBegin >= contentBegin && o.cueEnd <= turnEnd));
            if (overlapsOther) {
                continue;
            }
            Attribution a = new Attribution(contentBegin, turnEnd, QuoteKind.DIRECT);
            for (int i = 0; i < quotes.size(); i++) {
                QuoteMarks.Quoted q = quotes.get(i);
                if (q.open() >= p[0] && q.open() < turnEnd) {
                    used[i] = true;
                    if (q.open() == contentBegin && q.end() >= turnEnd - 1 && q.end() <= turnEnd) {
                        a.contentBegin = q.contentBegin();
                        a.contentEnd = q.contentEnd();
                    }
                }
            }
            a.cue(colon, colon + 1);
            a.speaker(s, last, new int[] {s.token(first).begin(), s.token(last).end()});
            out.add(a);
        }
    }

    /**
     * Where the labelled turn opening at {@code contentBegin} ends: before the next name label in its paragraph
     * ({@code Lee: "We will win." Park: "We will not."}: Park's turn is Park's), else at the paragraph's end.
     */
    private static int nextTurn(AnnotatedText nlp, List<QuoteMarks.Quoted> quotes, int contentBegin, int paragraphEnd) {
        for (QuoteMarks.Quoted q : quotes) {
            int label = q.open() > contentBegin && q.open() < paragraphEnd ? NameLabelledQuotation.labelBegin(nlp, q) : -1;
            if (label > contentBegin) {
                int end = label;
                while (end > contentBegin && Character.isWhitespace(nlp.text().charAt(end - 1))) {
                    end--;
                }
                return end;
            }
        }
        return paragraphEnd;
    }

    private static int words(String text, QuoteMarks.Quoted q) {
        Matcher m = WORD.matcher(text.substring(q.contentBegin(), q.contentEnd()));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static int paragraphOf(List<int[]> paragraphs, int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i)[0] <= offset && offset < paragraphs.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    private static int firstNonSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
