package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A participle hung on a reported clause speaks for the reporting statement's speaker (sentences written for the test). */
class OuterSpeakerTest {
    private static final String[] DEPS = {"nsubj 1 0", "root -1 1", "nsubj 3 2", "ccomp 1 3", "det 5 4", "obj 3 5",
            "punct 3 6", "dep 3 7", "nsubj 10 8", "cop 10 9", "ccomp 7 10"};

    @Test
    void theParticipleGoesOnWithTheReportingSpeaker() {
        Sentence s = sentence("Ortiz/Ortiz/NNP/PERSON said/say/VBD she/she/PRP doubted/doubt/VBD the/the/DT count/count/NN "
                + ",/,/, arguing/argue/VBG it/it/PRP was/be/VBD late/late/JJ", DEPS);
        Attribution arguing = statements(s).get(1);
        assertEquals("Ortiz", text(s).substring(arguing.speakerBegin, arguing.speakerEnd));
    }

    @Test
    void aPronounReportingSpeakerNamesNobodyBetter() {
        Sentence s = sentence("They/they/PRP said/say/VBD she/she/PRP doubted/doubt/VBD the/the/DT count/count/NN "
                + ",/,/, arguing/argue/VBG it/it/PRP was/be/VBD late/late/JJ", DEPS);
        Attribution arguing = statements(s).get(1);
        assertEquals("she", text(s).substring(arguing.speakerBegin, arguing.speakerEnd));
    }

    private static List<Attribution> statements(Sentence s) {
        Attribution said = attribution(s, 3, 5, 1, 0);
        Attribution arguing = attribution(s, 8, 10, 7, 2);
        List<Attribution> all = List.of(said, arguing);
        OuterSpeaker.fromReportingStatement(all);
        return all;
    }

    private static Attribution attribution(Sentence s, int from, int to, int cue, int speaker) {
        Attribution a = new Attribution(s.token(from).begin(), s.token(to).end(), QuoteKind.INDIRECT);
        a.cue(s.token(cue).begin(), s.token(cue).end());
        a.speaker(s, speaker, Parse.nounPhrase(s, speaker));
        return a;
    }
}
