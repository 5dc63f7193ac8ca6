package org.dateline.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for the tests: the one named by {@code DATELINE_TEST_PG_URL}
 * ({@code postgresql://user:pass@host:port/db}), else one started here from the binaries that ship in
 * the {@code io.zonky.test.postgres} Maven artifact. PostgreSQL refuses to run as root, so as root
 * the server runs as {@code nobody} through {@code setpriv}. Each caller gets a fresh database.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Stores.PgUrl admin;
    private static String baseUrl;

    private TestPostgres() {
    }

    /** A new empty database on the test server, as a {@code postgresql://} URL. */
    public static synchronized String freshDatabase() {
        if (admin == null) {
            String given = System.getenv("DATELINE_TEST_PG_URL");
            baseUrl = given != null && !given.isBlank() ? given : startServer();
            admin = Stores.PgUrl.parse(baseUrl);
        }
        String name = "dateline_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin.display() + ": " + e.getMessage(), e);
        }
        return baseUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name);
    }

    private static String startServer() {
        try {
            Path dir = Files.createTempDirectory("dateline-pg");
            extract(dir);
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "-R", "65534:65534", dir.toString()), dir);
            }
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path data = dir.resolve("data");
            run(as(root, dir.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
                    "-E", "UTF-8", "--no-locale"), dir);
            run(as(root, dir.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                    "-o", "-p " + port + " -h 127.0.0.1 -k " + dir, "-w", "-t", "60", "start"), dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, dir, data)));
            return "postgresql://postgres@127.0.0.1:" + port + "/postgres";
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test PostgreSQL server: " + e.getMessage(), e);
        }
    }

    private static void stop(boolean root, Path dir, Path data) {
        try {
            run(as(root, dir.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), dir);
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | IllegalStateException e) {
            System.err.println("test PostgreSQL in " + dir + " was not cleaned up: " + e.getMessage());
        }
    }

    private static List<String> as(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private static void run(List<String> command, Path dir) throws IOException {
        Path log = Files.createTempFile("dateline-pg-cmd", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void extract(Path dir) throws IOException {
        try (InputStream raw = TestPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (raw == null) {
                throw new IOException("no postgres-linux-x86_64.txz on the test class path (io.zonky.test.postgres binaries)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    Path target = dir.resolve(e.getName()).normalize();
                    if (!target.startsWith(dir)) {
                        throw new IOException("archive entry outside the folder: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target);
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                                (e.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
        }
    }
}
