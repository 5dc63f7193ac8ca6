package org.dateline.extract.places;

/** The bundled gazetteer, loaded once for all tests of this package (it takes a couple of seconds). */
final class SharedGazetteer {
    private static Gazetteer instance;

    private SharedGazetteer() {
    }

    static synchronized Gazetteer get() {
        if (instance == null) {
            instance = Gazetteer.bundled();
        }
        return instance;
    }
}
