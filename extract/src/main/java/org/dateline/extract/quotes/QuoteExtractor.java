package org.dateline.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.extract.entities.EntityDraft;
import org.dateline.extract.entities.EntityResolver;
import org.dateline.extract.entities.EntitySet;
import org.dateline.model.Article;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Section;
import org.dateline.model.SectionKind;
import org.dateline.model.Span;
import org.dateline.model.Speaker;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;

/**
 * Every statement of an article with who said it and through whom it was heard: direct quotations
 * (marks paired paragraph by paragraph), reported speech from the dependency parse, and mixed forms;
 * each with its cue, its speaker mention resolved to an entity, and the media it came through.
 * Stateless; one instance serves every article.
 */
public final class QuoteExtractor {
    /**
     * What runs on the statements once both passes have found them, in this order: each step sees what the
     * earlier ones left, so dropping or mending a statement here changes what the later steps compare it with.
     */
    private static final List<Step> AFTER_FINDING = List.of(
            // "\"...,\" Lee said, according to the Ledger"
            mend((nlp, marks, all) -> AccordingToQuotation.reachBack(nlp.text(), marks, all)),
            mend((nlp, marks, all) -> NotAStatement.dropFrom(nlp.text(), all)), // "Do you support Lee?"
            mend((nlp, marks, all) -> SpeakerlessStatement.dropFrom(nlp, all)),
            mend((nlp, marks, all) -> RelativePronounSpeaker.restore(all)), // "Zucker, who in the past has voiced ..."
            (nlp, marks, all) -> withoutNested(nlp.text(), all), // "X said Y believes Z": one statement
            mend((nlp, marks, all) -> OuterSpeaker.fromReportingStatement(all)),
            // "Lee rescinded her endorsement of Ortiz"
            mend((nlp, marks, all) -> ReactionToPossessedCue.moveSpeakers(all, marks)),
            // "Lee's attacks alarmed her supporters"
            mend((nlp, marks, all) -> StirredByPossessedCue.moveSpeakers(all, marks)),
            mend((nlp, marks, all) -> RelativeAsideSpeaker.fix(all))); // "Lee, who spoke at the rally, said ..."

    private final ClauseAttributor clauses = new ClauseAttributor();
    private final QuoteAttributor quotations = new QuoteAttributor();

    /** One step after finding: the statements to keep, a new list or {@code all} itself. */
    @FunctionalInterface
    private interface Step {
        List<Attribution> apply(AnnotatedText nlp, List<QuoteMarks.Quoted> marks, List<Attribution> all);
    }

    /** A step that drops or mends statements in {@code all} itself. */
    @FunctionalInterface
    private interface InPlace {
        void apply(AnnotatedText nlp, List<QuoteMarks.Quoted> marks, List<Attribution> all);
    }

    private static Step mend(InPlace step) {
        return (nlp, marks, all) -> {
            step.apply(nlp, marks, all);
            return all;
        };
    }

    /**
     * {@code nominals} links title phrases ("the Qatari minister") to people; may be null. Speakers
     * that are pronouns or title phrases are added to their entity's mentions; unnamed single people
     * ("a source") become PERSON entities of {@code entities}.
     */
    public List<Quote> extract(Article article, AnnotatedText nlp, EntitySet entities, EntityResolver nominals) {
        List<int[]> paragraphs = paragraphs(article);
        List<QuoteMarks.Quoted> marks = QuoteMarks.find(nlp.text(), paragraphs);
        ClauseAttributor.Found found = clauses.find(nlp, marks);
        List<Attribution> attributions = quotations.attribute(nlp, paragraphs, marks, found);
        for (Step step : AFTER_FINDING) {
            attributions = step.apply(nlp, marks, attributions);
        }
        SpeakerResolver speakers = new SpeakerResolver(nlp, entities, nominals);
        for (Attribution a : attributions) {
            a.speakerEntity = speakers.resolve(a);
        }
        for (Attribution a : attributions) {
            reportedBy(a, speakers, entities);
        }
        for (Attribution a : attributions) {
            quotedInsideMediaReport(nlp, a, marks, speakers, entities);
        }
        return records(nlp.text(), attributions);
    }

    /**
     * A cue inside another statement's content is part of what that speaker said ("X said Y believes
     * Z"): the outer statement stands for both; except a trailing "according to X", which reports the
     * outer statement and ends its content.
     */
    static List<Attribution> withoutNested(String text, List<Attribution> all) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : all) {
            boolean nested = false;
            for (Attribution outer : all) {
                if (outer != a && StatementBoundary.closesWithItsSource(text, outer, a)) {
                    outer.contentEnd = StatementBoundary.beforeComma(text, outer.contentBegin, a.cueBegin);
                    a.contentBegin = StatementBoundary.statementBegin(outer);
                    a.contentEnd = outer.contentEnd;
                    continue; // "Lee told her it was not that simple, according to an account she gave": two statements
                }
                int separated = outer != a ? SeparatedStatement.end(text, outer, a) : -1;
                if (separated > outer.contentBegin) {
                    outer.contentEnd = separated;
                    continue; // "He calls for X; Lee aims to Y": two statements
                }
                if (outer != a && a.hasCue() && outer.contentBegin <= a.cueBegin && a.cueEnd <= outer.contentEnd
                        && outer.contentEnd - outer.contentBegin > a.contentEnd - a.contentBegin) {
                    int pronoun = RelativeClauseStatement.pronounBegin(text, a, outer);
                    if (pronoun >= 0) {
                        outer.contentEnd = StatementBoundary.beforeComma(text, outer.contentBegin, pronoun);
                        continue; // "cited policies, which he said had harmed ...": two statements
                    }
                    nested = true;
                    break;
                }
                if (outer != a && runsOnPastItsOuter(a, outer)) {
                    outer.contentEnd = a.contentEnd;
                    if (outer.kind == QuoteKind.INDIRECT && a.kind != QuoteKind.INDIRECT) {
                        outer.kind = QuoteKind.MIXED;
                    }
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * {@code Ida said she hoped the road would open}: when the parse cuts the outer content short inside the
     * nested statement ("she hoped the road"), the nested one, begun inside the outer content with its cue,
     * completes it. The outer cue must lie before both contents, so two statements never swallow each other.
     */
    static boolean runsOnPastItsOuter(Attribution a, Attribution outer) {
        return a.hasCue() && outer.hasCue() && outer.cueEnd <= outer.contentBegin
                && outer.contentBegin <= a.cueBegin && a.cueEnd <= outer.contentEnd
                && a.contentBegin >= outer.contentBegin && a.contentBegin < outer.contentEnd
                && a.contentEnd > outer.contentEnd;
    }

    private static List<Quote> records(String text, List<Attribution> attributions) {
        List<Quote> out = new ArrayList<>();
        for (Attribution a : attributions) {
            if (a.contentEnd <= a.contentBegin) {
                continue;
            }
            Speaker speaker = a.hasSpeaker() || a.speakerEntity != null
                    ? new Speaker(a.speakerEntity, a.hasSpeaker() ? Span.of(text, a.speakerBegin, a.speakerEnd) : null)
                    : null;
            out.add(new Quote("Q" + (out.size() + 1), a.kind, Span.of(text, a.contentBegin, a.contentEnd),
                    a.hasCue() ? Span.of(text, a.cueBegin, a.cueEnd) : null, speaker, a.reportedBy));
        }
        return out;
    }

    /** Media among the channels ("told CNN", "according to Reuters") and a speaker that is a medium. */
    private static void reportedBy(Attribution a, SpeakerResolver speakers, EntitySet entities) {
        for (int[] channel : a.channels) {
            Optional<EntityDraft> e = speakers.covering(channel[0], channel[1]);
            if (e.isEmpty()) {
                e = entities.at(channel[0], channel[1]);
            }
            e.filter(QuoteExtractor::isMedia).ifPresent(m -> addOnce(a.reportedBy, m.id()));
        }
        if (a.speakerEntity != null) {
            entities.byId(a.speakerEntity).filter(QuoteExtractor::isMedia).ifPresent(m -> addOnce(a.reportedBy, m.id()));
        }
    }

    /**
     * "X thanked Iran for its "pivotal role," Fars reported": a medium's report whose clause quotes
     * someone else. The quoted words are that person's statement, heard through the medium.
     */
    private static void quotedInsideMediaReport(AnnotatedText nlp, Attribution a, List<QuoteMarks.Quoted> marks,
                                                SpeakerResolver speakers, EntitySet entities) {
        if (a.kind != QuoteKind.MIXED || a.reportedBy.isEmpty() || !a.reportedBy.contains(a.speakerEntity)) {
            return;
        }
        for (QuoteMarks.Quoted q : marks) {
            if (q.open() < a.contentBegin || q.contentEnd() > a.contentEnd) {
                continue;
            }
            Sentence s = nlp.sentenceAt(q.contentBegin());
            int t = s == null ? -1 : Parse.tokenAt(s, q.contentBegin());
            int verb = t < 0 ? -1 : verbOutside(s, t, q);
            int subject = verb < 0 ? -1 : CueSpeaker.subject(s, verb, 0);
            if (subject < 0) {
                continue;
            }
            Optional<EntityDraft> who = speakers.entityOfHead(s, subject);
            if (who.isEmpty() || isMedia(who.get())) {
                continue;
            }
            a.kind = QuoteKind.DIRECT;
            a.contentBegin = q.contentBegin();
            a.contentEnd = q.contentEnd();
            a.cue(s.token(verb).begin(), s.token(verb).end());
            a.speaker(s, subject, Parse.nounPhrase(s, subject));
            a.speakerEntity = who.get().id();
            return;
        }
    }

    private static int verbOutside(Sentence s, int token, QuoteMarks.Quoted q) {
        int t = token;
        for (int steps = 0; t >= 0 && steps < 12; steps++) {
            if (s.token(t).isVerb() && !q.containsOffset(s.token(t).begin(), s.token(t).end())) {
                return t;
            }
            t = Parse.governor(s, t);
        }
        return -1;
    }

    static boolean isMedia(EntityDraft e) {
        if (e.type() == EntityType.MEDIA) {
            return true;
        }
        if (e.type() != EntityType.ORGANIZATION) {
            return false;
        }
        for (String w : e.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (CueLexicon.isMediaWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /** Paragraph ranges: the article's sections other than the dateline, else its blank-line blocks. */
    static List<int[]> paragraphs(Article article) {
        List<int[]> out = new ArrayList<>();
        for (Section s : article.sections()) {
            if (s.kind() != SectionKind.DATELINE && s.end() > s.begin()) {
                out.add(new int[] {s.begin(), s.end()});
            }
        }
        if (out.isEmpty()) {
            out.addAll(blankLineBlocks(article.text()));
        }
        out.sort((x, y) -> Integer.compare(x[0], y[0]));
        return out;
    }

    /** [begin, end) of each run of text between blank lines, trimmed of surrounding whitespace. */
    public static List<int[]> blankLineBlocks(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int begin = i;
            int end = i;
            while (i < n) {
                int lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                if (text.substring(i, lineEnd).isBlank()) {
                    break;
                }
                end = lineEnd;
                i = lineEnd + 1;
            }
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new int[] {begin, end});
        }
        return out;
    }
}
