package org.dateline.app.web;

import org.dateline.store.TestPostgres;

/** The server over a real PostgreSQL server (the store tests' embedded one, or DATELINE_TEST_PG_URL). */
class PostgresWebServerTest extends WebServerContractTest {
    @Override
    String freshDb() {
        return TestPostgres.freshDatabase();
    }
}
