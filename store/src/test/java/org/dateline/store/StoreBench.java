package org.dateline.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.dateline.model.Actor;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisJson;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Modality;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Span;
import org.dateline.model.Speaker;
import org.dateline.store.export.Exporter;

/**
 * Measures the store on synthetic data: {@code StoreBench DB|test-postgresql EVENTS [WORKDIR]}. Articles of about
 * 1,500 characters with ten events, four entities, two places and a quote each; actors, codes,
 * places and dates drawn from small pools so that reports merge across articles. Prints ingest
 * rate, query latencies (median of 5), and for SQLite the file size per 1,000 articles; the
 * baseline is appending the same records as JSON lines to a file.
 */
public final class StoreBench {
    private static final String[] WORDS = ("minister talks border ceasefire council army delegation port harvest "
            + "election court protest convoy envoy treaty sanctions aid refugees parliament statement").split(" ");
    private static final String[] NAMES = {"Ola Berg", "Lena Frost", "Amal Haddad", "Jonas Wik", "Sara Idris",
            "Karim Said", "Mona Lund", "Omar Tahir", "Eva Holm", "Ali Nasser"};
    private static final String[] CODES = {"NORGOV", "SDNMIL", "SDNREB", "SWEGOV", "EGYGOV", "ETHMIL", "KENGOV",
            "UGAOPP", "TCDGOV", "SSDMIL"};
    private static final String[] CAMEO = {"040", "043", "051", "057", "111", "112", "130", "141", "173", "190"};
    private static final String[] PLOVER = {"CONSULT", "CONSULT", "SUPPORT", "SUPPORT", "ACCUSE", "ACCUSE", "THREATEN",
            "PROTEST", "COERCE", "FIGHT"};
    private static final String[] PLACES = {"Oslo", "Khartoum", "Kassala", "Stockholm", "Cairo", "Addis Ababa",
            "Nairobi", "Kampala", "Juba", "Port Sudan"};

    private StoreBench() {
    }

    public static void main(String[] args) throws IOException {
        // "test-postgresql" starts the tests' PostgreSQL server (see TestPostgres)
        String db = args[0].equals("test-postgresql") ? TestPostgres.freshDatabase() : args[0];
        int events = Integer.parseInt(args[1]);
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench");
        Files.createDirectories(work);
        int articles = events / 10;
        List<Analysis> data = new ArrayList<>(articles);
        Random random = new Random(42);
        for (int i = 0; i < articles; i++) {
            data.add(article(i, random));
        }
        long baselineStart = System.nanoTime();
        Path jsonl = work.resolve("baseline.jsonl");
        try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Analysis a : data) {
                w.write(AnalysisJson.toJson(a, false));
                w.write('\n');
            }
        }
        double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;

        long start = System.nanoTime();
        try (Store store = Stores.open(db)) {
            for (Analysis a : data) {
                store.put(a);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "store %s%n", store.location());
            System.out.printf(Locale.ROOT, "rows %s%n", store.rowCounts());
            System.out.printf(Locale.ROOT, "ingest %d articles, %d event reports in %.1f s: %.0f articles/s, %.0f events/s%n",
                    articles, events, seconds, articles / seconds, events / seconds);
            System.out.printf(Locale.ROOT, "baseline (JSON lines append) %.2f s: the store is %.1fx slower%n",
                    baselineSeconds, seconds / baselineSeconds);
            time("events --actor berg (name)", () -> store.events(new EventQuery("berg", null, null, null, null, null, null, 1000)).size());
            time("events --actor SDN (code prefix)", () -> store.events(new EventQuery("SDN", null, null, null, null, null, null, 1000)).size());
            time("events --code 19 --from 2024-03-01 --to 2024-03-31", () -> store.events(new EventQuery(null, "19", null, "2024-03-01", "2024-03-31", null, null, 1000)).size());
            time("events --place kassala --modality negated", () -> store.events(new EventQuery(null, null, null, null, null, "kassala", "negated", 1000)).size());
            time("quotes --speaker frost --text harbour", () -> store.quotes(new QuoteQuery("frost", "harbour", 1000)).size());
            time("search \"ceasefire convoy\"", () -> store.search("ceasefire convoy", 20).size());
            long exportStart = System.nanoTime();
            Exporter.export(store, Exporter.Format.GDELT, work.resolve("events.tsv"));
            System.out.printf(Locale.ROOT, "export gdelt (all events) %.1f s%n", (System.nanoTime() - exportStart) / 1e9);
            exportStart = System.nanoTime();
            Exporter.export(store, Exporter.Format.PARQUET, work.resolve("parquet"));
            System.out.printf(Locale.ROOT, "export parquet (all tables) %.1f s%n", (System.nanoTime() - exportStart) / 1e9);
        }
        if (!db.contains("://")) {
            long size = Files.size(Path.of(db));
            Path wal = Path.of(db + "-wal");
            long walSize = Files.exists(wal) ? Files.size(wal) : 0;
            System.out.printf(Locale.ROOT, "sqlite file %.1f MB (+ wal %.1f MB): %.2f MB per 1,000 articles;"
                    + " JSON lines baseline %.2f MB per 1,000 articles%n", size / 1e6, walSize / 1e6,
                    size / 1e6 / (articles / 1000.0), Files.size(jsonl) / 1e6 / (articles / 1000.0));
        }
    }

    private static void time(String what, Supplier<Integer> query) {
        double[] ms = new double[5];
        int n = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            n = query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-55s %6.1f ms median (%d rows)%n", what, ms[2], n);
    }

    private static Analysis article(int i, Random r) {
        StringBuilder text = new StringBuilder();
        List<Span> sentences = new ArrayList<>();
        String speaker = NAMES[r.nextInt(NAMES.length)];
        for (int s = 0; s < 10; s++) {
            int begin = text.length();
            text.append(NAMES[r.nextInt(NAMES.length)]).append(" met officials in ").append(PLACES[r.nextInt(PLACES.length)]);
            for (int w = 0; w < 14; w++) {
                text.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            }
            text.append('.');
            sentences.add(new Span(begin, text.length(), text.substring(begin)));
            text.append(' ');
        }
        int quoteBegin = text.length() + 1;
        text.append("\"The harbour talks will go on,\" ").append(speaker).append(" said.");
        String t = text.toString();
        List<Entity> entities = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            String name = NAMES[(i + e) % NAMES.length];
            int at = t.indexOf(name);
            List<Span> mentions = at < 0 ? List.of() : List.of(Span.of(t, at, at + name.length()));
            String code = CODES[(i + e) % CODES.length];
            entities.add(new Entity("E" + (e + 1), name, EntityType.PERSON, List.of(), null,
                    new Actor(code, code.substring(0, 3), List.of(code.substring(3))), mentions));
        }
        List<Place> places = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int k = r.nextInt(PLACES.length);
            places.add(new Place("P" + (p + 1), PLACES[k], "SD", 360000L + k, 15.0 + k, 32.0 + k, "PPL", List.of()));
        }
        int speakerAt = t.lastIndexOf(speaker);
        Quote q = new Quote("Q1", QuoteKind.DIRECT, Span.of(t, quoteBegin, quoteBegin + 30),
                Span.of(t, t.length() - 5, t.length() - 1), new Speaker(null, Span.of(t, speakerAt, speakerAt + speaker.length())),
                List.of());
        List<Event> events = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            int a = r.nextInt(4);
            int b = (a + 1 + r.nextInt(3)) % 4;
            int c = r.nextInt(CAMEO.length);
            String date = String.format(Locale.ROOT, "2024-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
            Span sentence = sentences.get(v);
            events.add(new Event("V" + (v + 1), CAMEO[c], PLOVER[c], 1 + c * 4 / CAMEO.length, -5.0 + c,
                    new EventActor("E" + (a + 1), entities.get(a).actor().code()),
                    new EventActor("E" + (b + 1), entities.get(b).actor().code()), date, "P" + (1 + r.nextInt(2)),
                    Modality.values()[r.nextInt(3)], null, sentence, Span.of(t, sentence.begin(), sentence.begin() + 3), 0.7));
        }
        Article article = new Article(t, "Report " + i, null, "Outlet " + (i % 25), "2024-06-01", null, List.of(),
                List.of(), "en");
        return new Analysis(Analysis.VERSION, new DocumentInfo("bench-" + i, "https://bench.example/" + i, "text/plain",
                t.length()), article, entities, places, List.of(), List.of(q), events, List.of());
    }
}
