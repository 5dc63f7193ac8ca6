package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.Modality;
import org.dateline.model.Quote;

/**
 * An event whose trigger lies inside what someone is quoted as saying is that speaker's claim,
 * not the article's assertion: "our effort is to stop the war", the minister said. The event
 * stage sees only the clause around the trigger and misses quotations that run over several
 * sentences or sit beside a participial cue ("adding ..."); the quote stage knows both the extent
 * of each statement and who made it. Negated, hypothetical, future and question events keep their
 * modality and gain the speaker, except that what a speaker denies is negated ("X denied that its troops
 * attacked"); an event already claimed keeps its own speaker. A news outlet
 * that reports is the channel, not a claimant ({@code media}: the ids of MEDIA entities).
 */
final class ClaimsFromQuotes {
    private ClaimsFromQuotes() {
    }

    static List<Event> apply(List<Event> events, List<Quote> quotes, java.util.Set<String> media) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Quote around = e.claimedBy() != null ? null : quoteAround(e, quotes);
            String speaker = around == null ? null : around.speaker().entity();
            if (speaker != null && media.contains(speaker)) {
                speaker = null;
            }
            if (speaker == null) {
                out.add(e);
                continue;
            }
            Modality modality = e.modality() == Modality.ASSERTED ? Modality.CLAIMED : e.modality();
            if (denial(around) && (modality == Modality.CLAIMED || modality == Modality.FUTURE)) {
                modality = Modality.NEGATED;
            }
            out.add(new Event(e.id(), e.cameo(), e.plover(), e.quadClass(), e.goldstein(), e.source(), e.target(),
                    e.date(), e.place(), modality, speaker, e.evidence(), e.trigger(), e.confidence()));
        }
        return out;
    }

    private static boolean denial(Quote q) {
        return q.cue() != null && q.cue().text() != null
                && q.cue().text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bden(y|ies|ied|ying)\\b.*");
    }

    private static Quote quoteAround(Event e, List<Quote> quotes) {
        if (e.trigger() == null) {
            return null;
        }
        for (Quote q : quotes) {
            if (q.speaker() != null && q.speaker().entity() != null && q.content() != null
                    && q.content().begin() <= e.trigger().begin() && e.trigger().end() <= q.content().end()) {
                return q;
            }
        }
        return null;
    }
}
