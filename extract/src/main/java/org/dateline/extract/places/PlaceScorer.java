package org.dateline.extract.places;

/**
 * How likely a gazetteer feature is to be meant by its name before any context: countries and
 * continents first, then named regions, capitals and first-level divisions, then other places by
 * population. The numbers are points on one scale with {@link StoryContext}'s bonuses.
 */
final class PlaceScorer {
    /** Countries carry no population in the bundled table; this stands in for it. */
    private static final long COUNTRY_POPULATION = 10_000_000;
    /** Points per tenfold population. */
    private static final double POPULATION_WEIGHT = 0.5;

    private PlaceScorer() {
    }

    static double prior(GazetteerEntry e) {
        String code = e.featureCode();
        double base;
        long population = e.population();
        if (e.isCountry() || isNamedRegion(e)) {
            base = 8;
            population = Math.max(population, COUNTRY_POPULATION);
        } else if (e.isContinent()) {
            base = 11;
        } else if (e.isCapital()) {
            base = 6;
        } else if (e.isFirstLevelDivision()) {
            base = 5;
        } else if ("PPLA".equals(code)) {
            base = 3;
        } else if ("ADM2".equals(code)) {
            base = 2.5;
        } else if (code.startsWith("PPLA") || "PPLG".equals(code)) {
            base = 2.2; // county seats: weak evidence against a bigger namesake
        } else if (e.isPopulatedPlace()) {
            base = 2;
        } else if ("A".equals(e.featureClass()) || "L".equals(e.featureClass()) || "H".equals(e.featureClass())) {
            base = 1.5;
        } else {
            base = 0.5; // buildings, farms, hills: rarely what a news story means by a bare name
        }
        return base + POPULATION_WEIGHT * Math.log10(population + 1.0);
    }

    /**
     * Regions, territories, seas and landmarks news names like countries (Gaza Strip, Middle East, the
     * Gulf, the Atlantic, the White House): the hand-written features of the bundled gazetteer, which
     * carry no GeoNames id.
     */
    static boolean isNamedRegion(GazetteerEntry e) {
        String code = e.featureCode();
        return "TERR".equals(code) || e.geonameId() == null && NAMED_REGION_CODES.contains(code);
    }

    private static final java.util.Set<String> NAMED_REGION_CODES = java.util.Set.of("RGN", "GULF", "OCN", "SEA",
            "DSRT", "BLDG");
}
