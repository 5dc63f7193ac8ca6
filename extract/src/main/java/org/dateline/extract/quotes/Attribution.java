package org.dateline.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Sentence;

/**
 * A statement while it is being attributed: content range, kind, cue range, the speaker's head token
 * (sentence and index) with its mention range, and the token ranges of channels it came through
 * ("told CNN", "according to Reuters"). Mutable and private to this package.
 */
final class Attribution {
    int contentBegin;
    int contentEnd;
    QuoteKind kind;
    int cueBegin = -1;
    int cueEnd = -1;
    Sentence speakerSentence;
    int speakerHead = -1;
    int speakerBegin = -1;
    int speakerEnd = -1;
    /** Speaker taken from an earlier attribution (a quotation continuing its speaker's paragraph). */
    Attribution speakerFrom;
    final List<int[]> channels = new ArrayList<>();
    String speakerEntity;
    final List<String> reportedBy = new ArrayList<>();

    Attribution(int contentBegin, int contentEnd, QuoteKind kind) {
        this.contentBegin = contentBegin;
        this.contentEnd = contentEnd;
        this.kind = kind;
    }

    boolean hasSpeaker() {
        return speakerBegin >= 0;
    }

    boolean hasCue() {
        return cueBegin >= 0;
    }

    void speaker(Sentence s, int head, int[] charRange) {
        int[] range = SpeakerSpan.withoutLeadingPreposition(s, head, charRange);
        int[] longer = SpeakerSpan.withPostmodifiers(s, head, range);
        if (!overlapsContent(longer[0], longer[1]) && !(cueBegin < longer[1] && longer[0] < cueEnd)) {
            range = longer; // never over what was said or its cue ("her embrace of the plan")
        }
        speakerSentence = s;
        speakerHead = head;
        speakerBegin = range[0];
        speakerEnd = range[1];
    }

    /** Takes {@code other}'s speaker, remembering where it came from. */
    void speakerFrom(Attribution other) {
        speakerFrom = other;
        speaker(other.speakerSentence, other.speakerHead, new int[] {other.speakerBegin, other.speakerEnd});
    }

    void cue(int begin, int end) {
        cueBegin = begin;
        cueEnd = end;
    }

    boolean overlapsContent(int begin, int end) {
        return contentBegin < end && begin < contentEnd;
    }

    @Override
    public String toString() {
        return kind + "[" + contentBegin + "," + contentEnd + ") cue[" + cueBegin + "," + cueEnd + ") speaker["
                + speakerBegin + "," + speakerEnd + ")";
    }
}
