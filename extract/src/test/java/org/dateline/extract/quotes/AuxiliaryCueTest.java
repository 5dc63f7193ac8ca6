package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of saying the parse hung as an auxiliary on the verb of the clause it reports ({@link AuxiliaryCue}). On
 * hand-built parses (sentences written for the test, with the misparse the tagger makes).
 */
class AuxiliaryCueTest {
    @Test
    void aCueParsedAsAnAuxiliaryReportsTheClauseAfterItAndTheNameBeforeItSpeaks() {
        // "said" hung as "aux" of "expected", the name an apposition of the time phrase before it
        List<Attribution> all = found("On/on/IN Sunday/Sunday/NNP ,/,/, Mayor/Mayor/NNP Ortiz/Ortiz/NNP said/say/VBD "
                        + "she/she/PRP expected/expect/VBD a/a/DT close/close/JJ vote/vote/NN ././.",
                "root -1 7", "obl 7 1", "case 1 0", "punct 1 2", "compound 4 3", "appos 1 4", "aux 7 5", "nsubj 7 6",
                "obj 7 10", "det 10 8", "amod 10 9", "punct 7 11");
        // the reported clause's own "expected" is found too and later gives way as nested (QuoteExtractor.withoutNested)
        Attribution a = all.stream().filter(x -> x.cueBegin == "On Sunday , Mayor Ortiz ".length()).findFirst().orElseThrow();
        assertEquals("she expected a close vote", content(a));
        assertEquals("Mayor Ortiz", speaker(a));
    }

    @Test
    void anInfinitiveCueParsedAsAnAuxiliaryReportsTheInfinitive() {
        // "decided" hung as "aux" of "enter", the subject given to "enter"
        List<Attribution> all = found("Mayor/Mayor/NNP Ortiz/Ortiz/NNP/PERSON decided/decide/VBD not/not/RB to/to/TO "
                        + "enter/enter/VB the/the/DT race/race/NN ././.",
                "root -1 5", "compound 1 0", "nsubj 5 1", "aux 5 2", "advmod 5 3", "mark 5 4", "obj 5 7", "det 7 6",
                "punct 5 8");
        Attribution a = all.stream().filter(x -> x.cueBegin == "Mayor Ortiz ".length()).findFirst().orElseThrow();
        assertEquals("not to enter the race", content(a));
        assertEquals("Mayor Ortiz", speaker(a));
    }
}
