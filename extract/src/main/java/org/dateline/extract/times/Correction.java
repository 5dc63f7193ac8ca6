package org.dateline.extract.times;

import java.util.List;

/** One stage of time resolution: takes the times found so far (in text order), returns corrected ones. */
interface Correction {
    List<Candidate> apply(List<Candidate> times, ResolutionContext context);
}
