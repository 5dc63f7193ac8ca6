package edu.stanford.nlp.ling.tokensregex;

import java.util.List;
import java.util.Map;

/**
 * CoreNLP's {@link SequenceMatchRules.SequencePatternExtractRule} with the same matches, tried only
 * where a match can start. CoreNLP's matcher tries every start position of the sequence and, at
 * each, builds a fresh set of branch states (hash maps, a hash index, a semaphore) before it looks at
 * the first element; SUTime runs some hundreds of such rules over every sentence, and that
 * allocation is most of its time and most of the garbage of the whole pipeline. Here a position is
 * tried only if {@link MatchStarts} says a match can start there; positions it rejects are
 * positions where CoreNLP's matcher fails on the first element.
 *
 * <p>The matches are CoreNLP's, found in the same order: CoreNLP's {@code find()} returns the match
 * at the first position from the end of the previous match where the matcher succeeds with a
 * non-empty match; here {@code find(start, true)} runs the same matcher at each possible start in
 * turn from the same place (it skips empty matches the same way), and the next search starts at the
 * end of the match as in CoreNLP. Only rules that find non-overlapping matches are replaced.
 */
public final class StartFilteredExtractRule<T, O> implements SequenceMatchRules.ExtractRule<List<? extends T>, O> {
    private final SequenceMatchRules.SequencePatternExtractRule<T, O> original;
    private final MatchStarts<T> starts;

    private StartFilteredExtractRule(SequenceMatchRules.SequencePatternExtractRule<T, O> original, MatchStarts<T> starts) {
        this.original = original;
        this.starts = starts;
    }

    /**
     * The filtered form of {@code rule}, or null when it must stay as it is: the start of its matches
     * cannot be told from its pattern, or it finds overlapping matches.
     */
    static <T, O> StartFilteredExtractRule<T, O> of(SequenceMatchRules.SequencePatternExtractRule<T, O> rule) {
        if (rule.findType != null && rule.findType != SequenceMatcher.FindType.FIND_NONOVERLAPPING) {
            return null;
        }
        MatchStarts<T> starts = MatchStarts.of(rule.pattern);
        return starts == null ? null : new StartFilteredExtractRule<>(rule, starts);
    }

    @Override
    public boolean extract(List<? extends T> seq, List<O> out) {
        if (seq == null) {
            return false;
        }
        boolean extracted = false;
        SequenceMatcher<T> m = original.pattern.getMatcher(seq);
        if (original.findType != null) {
            m.setFindType(original.findType);
        }
        m.setMatchWithResult(original.matchWithResult);
        int from = starts.next(seq, 0);
        while (from >= 0) {
            if (m.find(from, true)) {
                out.add(original.extractor.apply(m));
                extracted = true;
                from = starts.next(seq, m.end());
            } else {
                from = starts.next(seq, from + 1);
            }
        }
        return extracted;
    }

    /** What {@link #install} replaced, by kind of rule. */
    public record Report(int filtered, int kept, Map<String, Integer> keptByKind) {
    }

    /**
     * Replaces, in every stage of {@code extractor}, each token-pattern and composite rule whose
     * match starts can be told with its start-filtered form. Rules of other kinds (text patterns,
     * filters, overlapping matches) stay CoreNLP's.
     */
    public static Report install(CoreMapExpressionExtractor<?> extractor) {
        Map<Integer, CoreMapExpressionExtractor.Stage<?>> stages = MatchStarts.read(extractor, "stages");
        int[] counts = new int[2];
        Map<String, Integer> kept = new java.util.TreeMap<>();
        for (CoreMapExpressionExtractor.Stage<?> stage : stages.values()) {
            replaceIn(stage.basicExtractRule, counts, kept);
            replaceIn(stage.compositeExtractRule, counts, kept);
        }
        return new Report(counts[0], counts[1], kept);
    }

    private static void replaceIn(SequenceMatchRules.ExtractRule<?, ?> rule, int[] counts, Map<String, Integer> kept) {
        if (rule instanceof SequenceMatchRules.ListExtractRule) {
            for (SequenceMatchRules.ExtractRule<?, ?> r : ((SequenceMatchRules.ListExtractRule<?, ?>) rule).rules) {
                replaceIn(r, counts, kept);
            }
        } else if (rule instanceof SequenceMatchRules.AnnotationExtractRule) {
            SequenceMatchRules.AnnotationExtractRule<?, ?> annotationRule = (SequenceMatchRules.AnnotationExtractRule<?, ?>) rule;
            SequenceMatchRules.ExtractRule<?, ?> replaced = filtered(annotationRule.extractRule);
            if (replaced != null) {
                annotationRule.extractRule = cast(replaced);
                counts[0]++;
            } else {
                counts[1]++;
                kept.merge(kind(annotationRule.extractRule), 1, Integer::sum);
            }
        } else if (rule != null) {
            counts[1]++;
            kept.merge(kind(rule), 1, Integer::sum);
        }
    }

    /** The filtered form of an annotation rule's extraction, null to keep it. */
    private static SequenceMatchRules.ExtractRule<?, ?> filtered(SequenceMatchRules.ExtractRule<?, ?> rule) {
        if (rule instanceof SequenceMatchRules.SequencePatternExtractRule) {
            // composite rules: over the list of tokens and expressions matched so far
            return of((SequenceMatchRules.SequencePatternExtractRule<?, ?>) rule);
        }
        if (rule instanceof SequenceMatchRules.CoreMapExtractRule) {
            // token rules: over the tokens of a sentence, read from the sentence by CoreMapExtractRule
            SequenceMatchRules.CoreMapExtractRule<?, ?> coreMapRule = (SequenceMatchRules.CoreMapExtractRule<?, ?>) rule;
            if (coreMapRule.extractRule instanceof SequenceMatchRules.SequencePatternExtractRule) {
                StartFilteredExtractRule<?, ?> inner = of((SequenceMatchRules.SequencePatternExtractRule<?, ?>) coreMapRule.extractRule);
                if (inner != null) {
                    return new SequenceMatchRules.CoreMapExtractRule<>(coreMapRule.env, coreMapRule.annotationField, cast(inner));
                }
            }
        }
        return null;
    }

    private static String kind(SequenceMatchRules.ExtractRule<?, ?> rule) {
        String name = rule == null ? "none" : rule.getClass().getSimpleName();
        if (rule instanceof SequenceMatchRules.CoreMapExtractRule) {
            name += "(" + kind(((SequenceMatchRules.CoreMapExtractRule<?, ?>) rule).extractRule) + ")";
        } else if (rule instanceof SequenceMatchRules.SequencePatternExtractRule) {
            SequenceMatchRules.SequencePatternExtractRule<?, ?> p = (SequenceMatchRules.SequencePatternExtractRule<?, ?>) rule;
            name += p.findType != null && p.findType != SequenceMatcher.FindType.FIND_NONOVERLAPPING ? "/" + p.findType : "/start unknown";
        }
        return name;
    }

    @SuppressWarnings("unchecked")
    private static <X> X cast(Object o) {
        return (X) o;
    }
}
