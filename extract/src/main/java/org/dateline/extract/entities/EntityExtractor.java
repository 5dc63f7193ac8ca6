package org.dateline.extract.entities;

import java.time.LocalDate;
import org.dateline.extract.actors.ActorDictionaries;
import org.dateline.nlp.AnnotatedText;

/**
 * Groups the mentions of an article into entities, one per real-world actor named by its fullest proper
 * name, adds the titles and affiliations the text gives them, links title phrases to the people they
 * denote, and codes every entity with a CAMEO actor code. Stateless apart from its dictionaries.
 */
public final class EntityExtractor {
    private final ActorDictionaries dictionaries;
    private final NameCollector names;
    private final TitleFinder titles;
    private final NominalFinder nominals;
    private final EntityCoding coding;

    public EntityExtractor() {
        this(ActorDictionaries.defaults());
    }

    public EntityExtractor(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.names = new NameCollector(dictionaries);
        this.titles = new TitleFinder(dictionaries, names);
        this.nominals = new NominalFinder(dictionaries, names);
        this.coding = new EntityCoding(dictionaries);
    }

    public EntitySet extract(AnnotatedText text) {
        return extract(text, null);
    }

    /** {@code day} is the article's date, for dictionary codes that hold only in a period; may be null. */
    public EntitySet extract(AnnotatedText text, LocalDate day) {
        EntitySet set = new EntitySet();
        names.collect(text, set);
        Acronyms.merge(set);
        titles.addTitles(text, set);
        nominals.find(text, set);
        set.compact();
        coding.code(text, set, day);
        return set;
    }

    /**
     * Codes the officials the text names without a country as officials of {@code alpha3}, the story's
     * home country (see {@code HomeCountry}); people already coded keep their codes.
     */
    public void codeLocalOfficials(EntitySet set, String alpha3) {
        coding.codeLocalOfficials(set, alpha3);
    }

    /** A resolver over {@code set} with this extractor's dictionaries, for later stages. */
    public EntityResolver resolver(EntitySet set) {
        return new EntityResolver(set, dictionaries);
    }
}
