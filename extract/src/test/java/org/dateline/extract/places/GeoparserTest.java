package org.dateline.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Place;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class GeoparserTest {
    private final Geoparser geoparser = new Geoparser(SharedGazetteer.get());

    private List<Place> parse(String markup) {
        AnnotatedText text = TextFixture.annotate(markup);
        return geoparser.parse(text, article(text.text(), null));
    }

    private static Article article(String text, Dateline dateline) {
        return new Article(text, null, null, null, null, dateline, List.of(), List.of(), "en");
    }

    private static Place named(List<Place> places, String mention) {
        return places.stream().filter(p -> p.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst().orElseThrow(() -> new AssertionError("no place mentioned as " + mention + " in " + places));
    }

    @Test
    void dohaResolvesToTheCapitalOfQatar() {
        AnnotatedText text = TextFixture.annotate("[DOHA|LOCATION] - The talks resumed in [Doha|LOCATION] on Friday.");
        Dateline dateline = new Dateline(Span.of(text.text(), 0, 4), "Doha", null, null);
        List<Place> places = geoparser.parse(text, article(text.text(), dateline));
        assertEquals(1, places.size(), places.toString());
        Place doha = places.get(0);
        assertEquals("P1", doha.id());
        assertEquals("QA", doha.country());
        assertEquals("PPLC", doha.featureCode());
        assertEquals(290030L, doha.geonameId());
        assertEquals(2, doha.mentions().size());
    }

    @Test
    void aPlaceNamedOnlyInTheDatelineIsAPlaceOfTheStory() {
        AnnotatedText text = TextFixture.annotate("AMMAN, Oct. 12 (Lumen) -- Talks on water resumed in [Aqaba|LOCATION] on Friday.");
        Dateline dateline = new Dateline(Span.of(text.text(), 0, 25), "AMMAN", null, "Lumen");
        List<Place> places = geoparser.parse(text, article(text.text(), dateline));
        Place amman = places.stream().filter(p -> "Amman".equals(p.name())).findFirst().orElseThrow(() -> new AssertionError(places.toString()));
        assertEquals("JO", amman.country());
        assertEquals(List.of("AMMAN"), amman.mentions().stream().map(Span::text).toList());
        assertEquals("P1", amman.id(), "numbered by first mention");
        assertEquals("JO", places.get(1).country(), "the dateline speaks for the story: Aqaba in Jordan");
    }

    @Test
    void aDatelineTownWithItsStateIsThatStatesTown() {
        AnnotatedText text = TextFixture.annotate("HARRISBURG, Pa., June 30 (Lumen) - Lawmakers met again on Friday.");
        Dateline dateline = new Dateline(Span.of(text.text(), 0, 34), "HARRISBURG, Pa.", null, "Lumen");
        List<Place> places = geoparser.parse(text, article(text.text(), dateline));
        Place town = named(places, "HARRISBURG");
        assertEquals("US", town.country());
        assertEquals(5192726L, town.geonameId(), "Harrisburg, Pennsylvania, not one of the five other Harrisburgs: " + town);
    }

    @Test
    void parisWithoutContextIsTheFrenchCapital() {
        Place paris = named(parse("Ministers met in [Paris|LOCATION] on Monday."), "Paris");
        assertEquals("FR", paris.country());
    }

    @Test
    void parisFollowedByTexasIsInTexas() {
        Place paris = named(parse("The fair opened in [Paris|LOCATION], [Texas|LOCATION] on Monday."), "Paris");
        assertEquals("US", paris.country());
        assertEquals(33.66, paris.lat(), 0.2);
    }

    @Test
    void parisInAStoryAboutTexasTownsIsInTexas() {
        Place paris = named(parse("Storms hit [Dallas|LOCATION] and [Sherman|LOCATION] before reaching "
                + "[Paris|LOCATION], the [Texas|LOCATION] weather service said."), "Paris");
        assertEquals("US", paris.country());
    }

    @Test
    void gazaAloneIsTheGazaStripButGazaCityIsTheCity() {
        List<Place> places = parse("Aid reached [Gaza|LOCATION] while fighting went on in [Gaza City|LOCATION].");
        Place strip = named(places, "Gaza");
        Place city = named(places, "Gaza City");
        assertEquals("Gaza Strip", strip.name());
        assertEquals("PS", strip.country());
        assertTrue(city.featureCode().startsWith("PPL"), city.toString());
        assertTrue(!strip.equals(city));
    }

    @Test
    void georgiaInAStoryAboutAtlantaIsTheUsState() {
        Place georgia = named(parse("Voters in [Atlanta|LOCATION] and [Savannah|LOCATION] went to the polls as "
                + "[Georgia|LOCATION] counted ballots."), "Georgia");
        assertEquals("US", georgia.country());
        assertEquals("ADM1", georgia.featureCode());
    }

    @Test
    void georgiaInAStoryAboutTbilisiIsTheCountry() {
        Place georgia = named(parse("Troops from [Russia|LOCATION] moved toward [Tbilisi|LOCATION] as "
                + "[Georgia|LOCATION] appealed for help."), "Georgia");
        assertEquals("GE", georgia.country());
        assertTrue(georgia.featureCode().startsWith("PCL"));
    }

    @Test
    void demonymsAreNotPlaces() {
        List<Place> places = parse("[Iranian|LOCATION] officials met [Qatari|MISC] diplomats and Iranians in "
                + "[Doha|LOCATION].");
        assertEquals(1, places.size(), places.toString());
        assertEquals("QA", places.get(0).country());
    }

    @Test
    void oneCountryUnderTwoNamesIsOnePlace() {
        List<Place> places = parse("[The United States|LOCATION] said the [U.S.|LOCATION] position had not changed.");
        assertEquals(1, places.size(), places.toString());
        assertEquals("US", places.get(0).country());
        assertEquals(List.of("United States", "U.S."), places.get(0).mentions().stream().map(Span::text).toList());
    }

    @Test
    void wellKnownNamesAreFoundWhereTheNerSawAnOrganizationOrNothing() {
        List<Place> places = parse("[Turkey|ORGANIZATION] said on Monday that Egypt would host the talks.");
        assertEquals("TR", named(places, "Turkey").country());
        assertEquals("EG", named(places, "Egypt").country());
    }

    @Test
    void organizationsThatAreNotPlacesStayOut() {
        assertEquals(List.of(), parse("[Reuters|ORGANIZATION] and [Hamas|ORGANIZATION] spoke."));
    }

    @Test
    void aLocationTheGazetteerLacksIsAPlaceWithoutCoordinates() {
        Place p = named(parse("The fire was on [Zqxbrook Lane|LOCATION] on Tuesday."), "Zqxbrook Lane");
        assertNull(p.lat());
        assertNull(p.country());
        assertEquals("Zqxbrook Lane", p.name());
    }

    @Test
    void placesAreNumberedByFirstMentionAndSpansPointAtTheText() {
        AnnotatedText text = TextFixture.annotate("From [Cairo|LOCATION] to [Amman|LOCATION] and back to [Cairo|LOCATION].");
        List<Place> places = geoparser.parse(text, article(text.text(), null));
        assertEquals(List.of("P1", "P2"), places.stream().map(Place::id).toList());
        assertEquals("EG", places.get(0).country());
        for (Place p : places) {
            p.mentions().forEach(m -> assertTrue(m.pointsInto(text.text()), m.toString()));
        }
    }

    @Test
    void aPlaceNameTaggedOnceIsAPlaceWhereverItRecurs() {
        Place mansfield = named(parse("Police in [Mansfield|LOCATION] said Mansfield schools stay open; "
                + "[Mansfield|PERSON] residents cheered."), "Mansfield");
        assertEquals(3, mansfield.mentions().size(), mansfield.toString());
    }

    @Test
    void aSurnameInsideAPersonsNameIsNotAPlace() {
        List<Place> places = parse("[Jackson|LOCATION] voters liked [Andrew Jackson|PERSON] best.");
        assertEquals(1, places.size());
        assertEquals(1, places.get(0).mentions().size(), places.toString());
    }

    @Test
    void aWellKnownPlaceInsideAnOrganizationNameIsAPlace() {
        Place texas = named(parse("The [Texas Department of Transportation|ORGANIZATION] closed the road."), "Texas");
        assertEquals("US", texas.country());
        assertEquals("ADM1", texas.featureCode());
    }

    @Test
    void aLongerNameTheGazetteerLacksResolvesToThePlaceAtItsHead() {
        Place p = named(parse("Fires spread across [Northeast Georgia|LOCATION] and [Atlanta|LOCATION]."),
                "Northeast Georgia");
        assertEquals("Georgia", p.name());
        assertEquals("ADM1", p.featureCode());
    }

    private List<Place> parseFrom(String outlet, String markup) {
        AnnotatedText text = TextFixture.annotate(markup);
        return geoparser.parse(text, new Article(text.text(), null, null, outlet, null, null, List.of(), List.of(), "en"));
    }

    @Test
    void aLocalOutletNamedAfterItsTownMeansThatTownNotTheCountry() {
        String story = "Police in [Palestine|LOCATION] closed the downtown square for the Dogwood festival on Saturday.";
        assertEquals("PS", named(parse(story), "Palestine").country());
        Place town = named(parseFrom("http://www.palestineherald.com/local/x.html", story), "Palestine");
        assertEquals("US", town.country());
        assertTrue(town.featureCode().startsWith("PPL"), town.toString());
    }

    @Test
    void anOutletInAnotherCountryDoesNotPullACountryIntoTheUnitedStates() {
        Place malta = named(parseFrom("https://www.timesofmalta.com/articles/view/1", "[Malta|LOCATION] and "
                + "[Gozo|LOCATION] ferries stopped as Maltese ports closed."), "Malta");
        assertEquals("MT", malta.country());
    }

    @Test
    void aTownAndTheCountyItLiesInBackEachOther() {
        List<Place> places = parse("The burn ban for [Walker County|LOCATION] was lifted, and residents inside "
                + "[Huntsville|LOCATION] city limits may burn again.");
        Place town = named(places, "Huntsville");
        Place county = named(places, "Walker County");
        assertEquals("US", town.country());
        assertEquals(30.72, town.lat(), 0.2); // Huntsville, Texas, not Alabama
        assertEquals(county.lat(), town.lat(), 0.5);
    }

    @Test
    void theAtlanticAloneIsTheOcean() {
        Place atlantic = named(parse("The storm formed over the [Atlantic|LOCATION] on Tuesday."), "Atlantic");
        assertEquals("OCN", atlantic.featureCode());
    }

    @Test
    void aBuildingWordIsNoPlaceInsideAnInstitutionsName() {
        Place centre = named(parse("Delegates gathered at the [Harbourside Convention Centre|LOCATION] on Monday."),
                "Harbourside Convention Centre");
        assertNull(centre.lat(), centre.toString());
    }

    @Test
    void aBigCityInTheOutletsAddressSpeaksForTheStory() {
        String story = "A woman was struck by a car in [Arlington|LOCATION] on Tuesday, police said.";
        Place arlington = named(parseFrom("https://www.dallasnews.com/news/2009/x", story), "Arlington");
        assertEquals("US", arlington.country());
        assertEquals(32.7, arlington.lat(), 0.3); // Arlington, Texas, not Virginia
    }

    @Test
    void aDotComPaperInAStoryAboutOntarioIsCanadian() {
        Place woodstock = named(parseFrom("woodstockherald.com", "Reaction in [Woodstock|LOCATION] to the "
                + "[Ontario|LOCATION] budget was mixed, the [Ontario|LOCATION] finance minister heard."), "Woodstock");
        assertEquals("CA", woodstock.country());
    }

    @Test
    void aStateAbbreviationCutBeforeItsPeriodIsStillTheState() {
        Place va = named(parse("The plant closed in [Roanoke|LOCATION], [Va|LOCATION]. on Friday."), "Va");
        assertEquals("US", va.country());
        assertEquals("ADM1", va.featureCode());
    }

    @Test
    void aCountyInsideAnOrganizationsNameIsAPlace() {
        List<Place> places = parse("[Licking County Prosecutor|ORGANIZATION] Ken Oswalt said the trial would resume.");
        Place county = named(places, "Licking County");
        assertEquals("US", county.country());
        assertEquals("ADM2", county.featureCode());
    }

    @Test
    void aNameInAListOfCountiesIsTheCountyNotTheTown() {
        List<Place> places = parse("Enrollment grew in [Barrow|LOCATION], [Jackson|LOCATION] and "
                + "[Madison|LOCATION] counties this year.");
        Place barrow = named(places, "Barrow");
        assertEquals("ADM2", barrow.featureCode());
        assertEquals("US", barrow.country());
        assertEquals(34.0, barrow.lat(), 0.5, "Barrow County, Georgia, not Barrow, Alaska");
    }

    @Test
    void aBareDirectionIsNoPlaceEvenWhereARegionIsCalledSo() {
        List<Place> places = parse("Voters in the South and in Central Florida went to the polls; SOUTH of the river it rained.");
        assertTrue(places.stream().noneMatch(p -> p.mentions().stream()
                .anyMatch(m -> m.text().equalsIgnoreCase("South") || m.text().equals("Central"))), places.toString());
    }

    @Test
    void aSmallTownIsNotMeantByItsOldNameEvenInItsState() {
        // Watervliet, New York is also called Washington; New York must not make it the meaning
        Place washington = named(parse("After stops in [Washington|LOCATION], [New York|LOCATION] and "
                + "[Boston|LOCATION], the prince flew west."), "Washington");
        assertEquals("PPLC", washington.featureCode(), washington.toString());
    }

    @Test
    void aLongerNameHoldingANameIsNoEvidenceForIt() {
        // the Ohio paper's Dublin: "Dublin Recreation Center" resolved to Ireland's capital must not vote for it
        AnnotatedText text = TextFixture.annotate("The [Dublin|LOCATION] Singers will perform at the "
                + "[Dublin Recreation Center|LOCATION] in May.");
        Article article = new Article(text.text(), null, null, "columbuslocalnews.com", null, null, List.of(), List.of(), "en");
        Place dublin = named(geoparser.parse(text, article), "Dublin");
        assertEquals("US", dublin.country(), dublin.toString());
    }

    @Test
    void aNameListedWithStatesIsAState() {
        Place washington = named(parse("Firms are leaving [California|LOCATION], [Oregon|LOCATION] or "
                + "[Washington|LOCATION] because of high costs."), "Washington");
        assertEquals("ADM1", washington.featureCode(), washington.toString());
    }

    @Test
    void aListWithACitySaysNothingOfKind() {
        Place washington = named(parse("After stops in [Washington|LOCATION], [California|LOCATION] and "
                + "[Boston|LOCATION], the prince flew home."), "Washington");
        assertEquals("PPLC", washington.featureCode(), washington.toString());
    }

    @Test
    void commasAloneMakeAPlaceAndItsQualifiersNotAList() {
        Place mexico = named(parse("Migrants camped in [Matias Romero|LOCATION], [Oaxaca|LOCATION], "
                + "[Mexico|LOCATION] on Wednesday."), "Mexico");
        assertTrue(mexico.featureCode().startsWith("PCL"), mexico.toString());
    }
}
