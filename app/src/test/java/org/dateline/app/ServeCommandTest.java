package org.dateline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.store.Fixtures;
import org.dateline.store.Store;
import org.dateline.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dateline serve} as a user runs it: the URL on stdout, answers there, stops cleanly, fails clearly. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void servesPrintsItsUrlAndStopsWhenInterrupted() throws Exception {
        String db = dir.resolve("dateline.db").toString();
        try (Store s = Stores.open(db)) {
            Fixtures.all().forEach(s::put);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(cl.execute("serve", "--db", db, "--port", "0")), "serve-under-test");
        serving.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!out.toString().contains("\n") && System.currentTimeMillis() < deadline && serving.isAlive()) {
            Thread.sleep(50);
        }
        String url = out.toString().strip();
        assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/"), "stdout is the URL: " + url + " / " + err);
        assertTrue(err.toString().contains("serving " + db), err.toString());
        HttpResponse<String> stats = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "api/stats")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("\"articles\":3"), stats.body());
        serving.interrupt();
        serving.join(30_000);
        assertFalse(serving.isAlive(), "the command returns once stopped");
        assertEquals(0, exit.get());
    }

    @Test
    void helpNamesEveryOption() {
        Cli help = Cli.run("serve", "--help");
        assertEquals(0, help.exit());
        for (String option : java.util.List.of("--db", "--port", "--host", "--allow-analyze")) {
            assertTrue(help.out().contains(option), option + " in " + help.out());
        }
    }

    @Test
    void aPortInUseOrABadStoreIsAUsageError() throws Exception {
        String db = dir.resolve("dateline.db").toString();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Cli r = Cli.run("serve", "--db", db, "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
            assertEquals("", r.out());
        }
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database at all; ".repeat(100));
        Cli bad = Cli.run("serve", "--db", junk.toString(), "--port", "0");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("not a Dateline database"), bad.err());
        assertEquals(2, Cli.run("serve", "--port", "70000").exit());
    }
}
