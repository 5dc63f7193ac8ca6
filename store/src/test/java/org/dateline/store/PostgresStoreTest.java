package org.dateline.store;

/** The same contract on a real PostgreSQL server (see {@link TestPostgres}). */
class PostgresStoreTest extends StoreContractTest {
    private String url;

    @Override
    Store openFresh() {
        url = TestPostgres.freshDatabase();
        return Stores.open(url);
    }

    @Override
    Store reopen() {
        return Stores.open(url);
    }
}
