package org.dateline.app.web;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The server over the embedded SQLite store. */
class SqliteWebServerTest extends WebServerContractTest {
    @TempDir
    Path dir;

    @Override
    String freshDb() {
        return dir.resolve("dateline.db").toString();
    }
}
