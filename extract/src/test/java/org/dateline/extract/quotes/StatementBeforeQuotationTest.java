package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Which statement a later quotation continues when a reported statement comes between it and the earlier quotation
 * of its paragraph (sentences written for the test; the parse is not read, only sentences and tags).
 */
class StatementBeforeQuotationTest {
    private static final String FIRST = "\"/\"/`` We/we/PRP have/have/VBP bigger/big/JJR problems/problem/NNS ,/,/, "
            + "\"/\"/'' says/say/VBZ Ann/Ann/NNP/PERSON Lee/Lee/NNP/PERSON ././.";
    private static final String THIRD = "\"/\"/`` It/it/PRP is/be/VBZ their/their/PRP$ life/life/NN ././. \"/\"/''";

    private String text;

    private AnnotatedText nlp(String second) {
        StringBuilder b = new StringBuilder();
        Sentence s1 = HandText.append(0, b, FIRST);
        b.append(' ');
        Sentence s2 = HandText.append(1, b, second);
        b.append(' ');
        Sentence s3 = HandText.append(2, b, THIRD);
        text = b.toString();
        return new AnnotatedText(text, List.of(s1, s2, s3), List.of(), List.of());
    }

    private Attribution statement(String content, String cue, String speaker, QuoteKind kind) {
        Attribution a = new Attribution(text.indexOf(content), text.indexOf(content) + content.length(), kind);
        a.cue(text.indexOf(cue), text.indexOf(cue) + cue.length());
        a.speaker(null, 0, new int[] {text.indexOf(speaker), text.indexOf(speaker) + speaker.length()});
        return a;
    }

    @Test
    void aReportedClauseRightBeforeTheQuotationTakesIt() {
        AnnotatedText nlp = nlp("She/she/PRP says/say/VBZ the/the/DT rules/rule/NNS are/be/VBP fair/fair/JJ ././.");
        Attribution lee = statement("We have bigger problems", "says Ann", "Ann Lee", QuoteKind.DIRECT);
        Attribution she = statement("the rules are fair", "says the", "She", QuoteKind.INDIRECT);
        she.cue(she.cueBegin, she.cueBegin + 4);
        lee.cue(lee.cueBegin, lee.cueBegin + 4);
        assertSame(she, StatementBeforeQuotation.between(nlp, lee, List.of(lee, she), text.lastIndexOf("\" It")));
    }

    @Test
    void aBareObjectOrARelativeClauseLeavesTheQuotationToTheEarlierSpeaker() {
        AnnotatedText nlp = nlp("She/she/PRP did/do/VBD n't/not/RB suggest/suggest/VB retaliation/retaliation/NN ././.");
        Attribution lee = statement("We have bigger problems", "says Ann", "Ann Lee", QuoteKind.DIRECT);
        lee.cue(lee.cueBegin, lee.cueBegin + 4);
        Attribution she = statement("retaliation", "suggest", "She", QuoteKind.INDIRECT);
        assertSame(lee, StatementBeforeQuotation.between(nlp, lee, List.of(lee, she), text.lastIndexOf("\" It")));

        nlp = nlp("Who/who/WP says/say/VBZ the/the/DT rules/rule/NNS are/be/VBP fair/fair/JJ ././.");
        lee = statement("We have bigger problems", "says Ann", "Ann Lee", QuoteKind.DIRECT);
        lee.cue(lee.cueBegin, lee.cueBegin + 4);
        Attribution who = statement("the rules are fair", "says the", "Who", QuoteKind.INDIRECT);
        who.cue(who.cueBegin, who.cueBegin + 4);
        assertSame(lee, StatementBeforeQuotation.between(nlp, lee, List.of(lee, who), text.lastIndexOf("\" It")));
    }
}
