package edu.stanford.nlp.ling.tokensregex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The start-filtered rule finds exactly CoreNLP's matches, in the same order, on many sequences. */
class StartFilteredExtractRuleTest {
    private static final String[] WORDS = {"a", "b", "c", "d", "x", "7", "May"};

    @ParameterizedTest
    @ValueSource(strings = {
            "/a/ /b/",
            "/a/? /b/",
            "/a/* /b/ /c/?",
            "(/a/ | /b/ /c/)+ /d/",
            "[]* /x/",
            "^ /a/ /b/",
            "/a/ /b/ $",
            "/a/{2,3}",
            "/[0-9]+/ /May/",
            "(?$year /[0-9]+/) (/a/|/b/)",
            "[ { word:/a|b/ } & !{ word:b } ] /c/",
            "(/a/ /b/ | /c/ /d/ | /b/ /c/ | /d/ /a/ | /x/ /x/ | /a/ /c/)",
            "\"a\" \"b\" | \"c\" \"d\" | \"b\" \"c\" | \"d\" \"a\" | \"x\" \"x\" | \"a\" \"c\"",
            "(/a/ /b/) /b/??",
            "/a/ /b/*?",
            "(?$g /a/ | /b/) /c/ $$g",
    })
    void findsCoreNlpsMatchesOnRandomSequences(String regex) {
        TokenSequencePattern pattern = TokenSequencePattern.compile(regex);
        Function<SequenceMatchResult<CoreMap>, String> describe = m -> m.start() + "-" + m.end() + ":" + m.group();
        SequenceMatchRules.SequencePatternExtractRule<CoreMap, String> coreNlp = new SequenceMatchRules.SequencePatternExtractRule<>(
                pattern, describe, SequenceMatcher.FindType.FIND_NONOVERLAPPING, false);
        StartFilteredExtractRule<CoreMap, String> filtered = StartFilteredExtractRule.of(coreNlp);
        assertNotNull(filtered, "the start of " + regex + " can be told");
        Random random = new Random(regex.hashCode());
        int matches = 0;
        for (int n = 0; n < 3000; n++) {
            List<CoreMap> tokens = tokens(random, random.nextInt(14));
            List<String> want = new ArrayList<>();
            List<String> got = new ArrayList<>();
            assertEquals(coreNlp.extract(tokens, want), filtered.extract(tokens, got));
            assertEquals(want, got, regex + " on " + tokens);
            matches += want.size();
        }
        assertEquals(true, matches > 0, "the sequences exercise " + regex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/?", "/a/*", "[]*", "(/a/ /b/) & (/a/ [])", "^ /a/? $"})
    void leavesRulesWhoseStartCannotBeToldToCoreNlp(String regex) {
        TokenSequencePattern pattern = TokenSequencePattern.compile(regex);
        assertNull(MatchStarts.of(pattern), regex);
    }

    @Test
    void leavesOverlappingSearchesToCoreNlp() {
        SequenceMatchRules.SequencePatternExtractRule<CoreMap, String> all = new SequenceMatchRules.SequencePatternExtractRule<>(
                TokenSequencePattern.compile("/a/ /b/"), m -> "", SequenceMatcher.FindType.FIND_ALL, false);
        assertNull(StartFilteredExtractRule.of(all));
    }

    private static List<CoreMap> tokens(Random random, int n) {
        List<CoreMap> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CoreLabel t = new CoreLabel();
            String w = WORDS[random.nextInt(WORDS.length)];
            t.setWord(w);
            t.setValue(w);
            t.set(CoreAnnotations.TextAnnotation.class, w);
            out.add(t);
        }
        return out;
    }
}
