package org.dateline.ingest.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A sorted list of lowercase English words, kept as one string with an offset table (a third of the
 * memory of a hash set of 275,000 strings). Source and licence: {@code WORDLIST-SOURCE.txt}.
 */
public final class WordList {
    private static final String BUNDLED = "english-words.txt.gz";

    private final String words;
    private final int[] starts;

    private WordList(String words, int[] starts) {
        this.words = words;
        this.starts = starts;
    }

    /** Loads the word list shipped with the reader. Reads a resource; call once and pass the result on. */
    public static WordList bundled() {
        try (InputStream raw = WordList.class.getResourceAsStream(BUNDLED)) {
            if (raw == null) {
                throw new IllegalStateException("resource " + BUNDLED + " missing from the classpath");
            }
            try (InputStream in = new GZIPInputStream(raw)) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(3 << 20);
                in.transferTo(buffer);
                return of(Arrays.asList(buffer.toString(StandardCharsets.UTF_8).split("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + BUNDLED, e);
        }
    }

    /** A word list from the given words (lowercased, sorted, duplicates dropped). */
    public static WordList of(List<String> entries) {
        List<String> sorted = new ArrayList<>();
        for (String w : entries) {
            String t = w.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                sorted.add(t);
            }
        }
        sorted.sort(null);
        StringBuilder all = new StringBuilder();
        int[] starts = new int[sorted.size() + 1];
        int n = 0;
        String previous = null;
        for (String w : sorted) {
            if (w.equals(previous)) {
                continue;
            }
            starts[n++] = all.length();
            all.append(w);
            previous = w;
        }
        starts[n] = all.length();
        return new WordList(all.toString(), Arrays.copyOf(starts, n + 1));
    }

    public int size() {
        return starts.length - 1;
    }

    /** True when the word, lowercased, is in the list. */
    public boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareEntry(mid, w);
            if (c == 0) {
                return true;
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    /** Compares entry {@code i} with {@code w} the way {@link String#compareTo} would. */
    private int compareEntry(int i, String w) {
        int b = starts[i];
        int len = starts[i + 1] - b;
        int n = Math.min(len, w.length());
        for (int k = 0; k < n; k++) {
            int d = words.charAt(b + k) - w.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return len - w.length();
    }
}
