package org.dateline.store;

import java.nio.file.Path;
import org.dateline.store.jdbc.SqliteStore;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    Store openFresh() {
        return SqliteStore.open(dir.resolve("dateline.db"));
    }

    @Override
    Store reopen() {
        return Stores.open(dir.resolve("dateline.db").toString());
    }
}
