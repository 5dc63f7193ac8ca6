package org.dateline.extract.quotes;

import java.util.List;
import java.util.regex.Pattern;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * {@code "We have bigger problems," says Ann Lee, a nurse. She says the rules are fair. "It is their life."}: a
 * quotation that would continue an earlier quotation of its paragraph continues instead a reported clause that comes
 * between them in a sentence of its own and ends right before it: that sentence introduces the quotation, and
 * PolNeAR puts the quotation in its content. Before, the earlier quotation's content reached over the statement
 * between, which was then dropped as nested in it.
 */
final class StatementBeforeQuotation {
    /** Between the statement's content and the quotation: only the end of its sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\s*[.!?:]?\\s*");

    /** A relative clause's statement ("..., who suggested that ...") is an aside about a speaker named before. */
    private static final Pattern RELATIVE = Pattern.compile("(?i)who|whom|which|that");

    private StatementBeforeQuotation() {
    }

    /**
     * The reported statement with a speaker and its cue before its content, in a sentence of its own after
     * {@code earlier}, that ends right before {@code open}, the opening mark of the later quotation; {@code earlier}
     * itself when there is none. A statement in the earlier quotation's own sentence ("...," said Lee, who has
     * criticized the plan. "...") is an aside about its speaker, not what the quotation continues.
     */
    static Attribution between(AnnotatedText nlp, Attribution earlier, List<Attribution> found, int open) {
        String text = nlp.text();
        int from = Math.max(earlier.contentEnd, Math.max(earlier.cueEnd, earlier.speakerEnd));
        for (Attribution other : found) {
            if (other != earlier && other.kind == QuoteKind.INDIRECT && other.hasSpeaker() && other.hasCue()
                    && other.cueEnd <= other.contentBegin && other.speakerBegin >= from && other.cueBegin >= from
                    && other.contentEnd <= open
                    && SENTENCE_END.matcher(text.substring(other.contentEnd, open)).matches()
                    && opensSentenceAfter(nlp, Math.min(other.speakerBegin, other.cueBegin), from)
                    && !RELATIVE.matcher(text.substring(other.speakerBegin, other.speakerEnd)).matches()
                    && reportsAClause(nlp, other)) {
                return other;
            }
        }
        return earlier;
    }

    /**
     * What was said is a clause with a verb ("She says people should be free to choose"), not a bare object
     * ("He didn't suggest retaliation. "..."": the quotation goes on with the earlier speaker's words).
     */
    private static boolean reportsAClause(AnnotatedText nlp, Attribution a) {
        Sentence s = nlp.sentenceAt(a.contentBegin);
        if (s == null) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.begin() >= a.contentBegin && t.end() <= a.contentEnd && t.isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentenceAfter(AnnotatedText nlp, int statementBegin, int from) {
        Sentence s = nlp.sentenceAt(statementBegin);
        return s != null && s.begin() >= from;
    }
}
