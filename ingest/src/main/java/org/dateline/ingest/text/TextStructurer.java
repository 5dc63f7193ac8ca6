package org.dateline.ingest.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadOptions;
import org.dateline.model.Article;
import org.dateline.model.Caption;
import org.dateline.model.Dateline;
import org.dateline.model.Section;
import org.dateline.model.SectionKind;
import org.dateline.model.Span;

/**
 * Finds the article in a plain text: joins hard-wrapped lines into paragraphs, repairs hyphenation,
 * and marks captions, title, byline, dateline and paragraphs. Shared by every reader whose format
 * ends in plain text (text files, PDF, JSON lines).
 *
 * <p>Text that is already clean prose (no line break inside a sentence) is returned unchanged, character
 * for character. In {@link Mode#VERBATIM} the text is never changed; only its structure is found, so
 * offsets into the raw file stay valid.
 */
public final class TextStructurer {
    /** Whether the text may be rewritten. */
    public enum Mode {
        /** Join wrapped lines, repair hyphens, separate paragraphs by one blank line (when the text needs it). */
        NORMALIZE,
        /** Never change a character; sections, captions and dateline are found on the text as it is. */
        VERBATIM
    }

    private static final String PARAGRAPH_SEPARATOR = "\n\n";
    private static final int DATELINE_TRIES = 2;
    private static final int BYLINE_WINDOW = 4;
    private static final int LANGUAGE_SAMPLE_WORDS = 300;
    private static final Pattern LANGUAGE_WORD = Pattern.compile("\\p{L}+");

    private final WordList words;

    public TextStructurer(WordList words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /** A structurer with the English word list shipped in this module (reads a resource). */
    public static TextStructurer withBundledWordList() {
        return new TextStructurer(WordList.bundled());
    }

    /** One structurer over the bundled word list for the whole process, read at the first call. */
    public static TextStructurer bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final TextStructurer INSTANCE = withBundledWordList();
    }

    public StructuredText structure(String text, DocumentMetadata meta, ReadOptions opts) {
        return structure(text, meta, opts, Mode.NORMALIZE);
    }

    public StructuredText structure(String text, DocumentMetadata meta, ReadOptions opts, Mode mode) {
        DocumentMetadata metadata = meta == null ? DocumentMetadata.NONE : meta;
        ReadOptions options = opts == null ? ReadOptions.DEFAULTS : opts;
        List<String> warnings = new ArrayList<>();
        Layout layout = layout(text, mode == Mode.NORMALIZE);
        Findings found = classify(layout);

        Dateline dateline = null;
        String published = null;
        if (found.dateline != null) {
            DatelineParser.Parsed p = found.dateline;
            Span span = Span.of(layout.text, found.datelineBegin, found.datelineBegin + p.end());
            String date = datelineDate(p, found.headTexts, metadata, options, warnings);
            dateline = new Dateline(span, p.place(), date, p.agency());
            if (date != null && !date.startsWith("--")) {
                published = date;
            }
        }
        if (published == null) {
            published = publishedFallback(metadata, options, warnings);
        }
        String title = found.title != null ? found.title : metadata.title();
        Article article = new Article(layout.text, title, found.byline, metadata.outlet(), published, dateline,
                found.sections, found.captions, language(layout.text));
        return new StructuredText(article, warnings);
    }

    /** The final text and its paragraphs (offsets into it), captions already merged into one paragraph each. */
    private record Layout(String text, List<Unit> units) {
    }

    private record Unit(int begin, int end, String credit) {
        boolean isCaption() {
            return credit != null;
        }
    }

    private Layout layout(String source, boolean mayRewrite) {
        LineLayout lines = LineLayout.of(source);
        List<LineLayout.Paragraph> paragraphs = lines.paragraphs();
        boolean rewrite = mayRewrite && lines.hardWrapped();
        List<String> texts = new ArrayList<>(paragraphs.size());
        LineJoiner joiner = rewrite ? new LineJoiner(new HyphenRepair(words, source)) : null;
        for (LineLayout.Paragraph p : paragraphs) {
            texts.add(rewrite ? joiner.join(source, p) : source.substring(p.begin(), p.end()));
        }
        List<CaptionFinder.Group> captions = CaptionFinder.find(texts, lines::cutByWrap);
        List<Unit> units = new ArrayList<>();
        StringBuilder out = rewrite ? new StringBuilder(source.length()) : null;
        int next = 0;
        for (int ci = 0; ci <= captions.size(); ci++) {
            CaptionFinder.Group group = ci < captions.size() ? captions.get(ci) : null;
            int stop = group == null ? texts.size() : group.first();
            for (; next < stop; next++) {
                units.add(place(out, texts.get(next), paragraphs.get(next), paragraphs.get(next), null));
            }
            if (group != null) {
                String merged = String.join(" ", texts.subList(group.first(), group.last() + 1));
                units.add(place(out, merged, paragraphs.get(group.first()), paragraphs.get(group.last()),
                        group.credit()));
                next = group.last() + 1;
            }
        }
        return new Layout(rewrite ? out.toString() : source, units);
    }

    /** Appends a paragraph to the rewritten text, or locates it in the source when the text is kept. */
    private static Unit place(StringBuilder out, String text, LineLayout.Paragraph first, LineLayout.Paragraph last,
                              String credit) {
        if (out == null) {
            return new Unit(first.begin(), last.end(), credit);
        }
        if (out.length() > 0) {
            out.append(PARAGRAPH_SEPARATOR);
        }
        int begin = out.length();
        out.append(text);
        return new Unit(begin, out.length(), credit);
    }

    /** What the head of the story holds, and every section in order. */
    private static final class Findings {
        final List<Section> sections = new ArrayList<>();
        final List<Caption> captions = new ArrayList<>();
        final List<String> headTexts = new ArrayList<>();
        String title;
        String byline;
        DatelineParser.Parsed dateline;
        int datelineBegin;
    }

    private static Findings classify(Layout layout) {
        Findings f = new Findings();
        String text = layout.text;
        boolean inBody = false;
        boolean titleChecked = false;
        int datelineTries = 0;
        int headUnits = 0;
        List<Unit> units = layout.units;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String s = text.substring(u.begin(), u.end());
            if (u.isCaption()) {
                f.sections.add(new Section(SectionKind.CAPTION, u.begin(), u.end()));
                f.captions.add(new Caption(Span.of(text, u.begin(), u.end()), u.credit()));
                f.headTexts.add(s);
                continue;
            }
            if (f.dateline == null && datelineTries < DATELINE_TRIES) {
                Optional<DatelineParser.Parsed> parsed = DatelineParser.parse(s);
                if (parsed.isPresent()) {
                    addDateline(f, u, parsed.get());
                    inBody = true;
                    continue;
                }
            }
            if (!inBody) {
                if (!titleChecked && i + 1 < units.size() && HeadMatter.isTitle(s)) {
                    titleChecked = true;
                    f.title = s;
                    f.headTexts.add(s);
                    f.sections.add(new Section(SectionKind.TITLE, u.begin(), u.end()));
                    continue;
                }
                titleChecked = true;
                Optional<String> byline = f.byline == null && headUnits < BYLINE_WINDOW ? HeadMatter.byline(s)
                        : Optional.empty();
                headUnits++;
                if (byline.isPresent()) {
                    f.byline = byline.get();
                    f.headTexts.add(s);
                    f.sections.add(new Section(SectionKind.BYLINE, u.begin(), u.end()));
                    continue;
                }
            }
            if (f.dateline == null) {
                datelineTries++;
            }
            inBody = true;
            f.sections.add(new Section(SectionKind.PARAGRAPH, u.begin(), u.end()));
        }
        return f;
    }

    private static void addDateline(Findings f, Unit u, DatelineParser.Parsed p) {
        f.dateline = p;
        f.datelineBegin = u.begin();
        f.sections.add(new Section(SectionKind.DATELINE, u.begin(), u.begin() + p.end()));
        if (u.begin() + p.bodyStart() < u.end()) {
            f.sections.add(new Section(SectionKind.PARAGRAPH, u.begin() + p.bodyStart(), u.end()));
        }
    }

    /** The dateline's date, completed with a year from the best evidence, or partial with a warning. */
    private static String datelineDate(DatelineParser.Parsed p, List<String> headTexts, DocumentMetadata meta,
                                       ReadOptions opts, List<String> warnings) {
        if (!p.hasDate()) {
            return null;
        }
        if (p.year() != null) {
            if (p.month() == 2 && p.day() == 29 && !java.time.Year.isLeap(p.year())) {
                warnings.add("dateline date February 29 in " + p.year() + ", which is no leap year; date left out");
                return null;
            }
            return LocalDate.of(p.year(), p.month(), p.day()).toString();
        }
        Optional<LocalDate> reference = DatelineDates.firstFullDate(headTexts);
        if (reference.isEmpty()) {
            reference = Optional.ofNullable(opts.fallbackDate());
        }
        if (reference.isEmpty()) {
            reference = DatelineDates.parseIsoDate(meta.published());
        }
        Optional<LocalDate> date = reference.flatMap(r -> DatelineDates.nearest(p.month(), p.day(), r));
        if (date.isPresent()) {
            return date.get().toString();
        }
        String partial = DatelineDates.partial(p.month(), p.day());
        warnings.add("dateline date " + partial + " has no year: no full date in the document's head, "
                + "no --date and no publication date in the metadata");
        return partial;
    }

    private static String publishedFallback(DocumentMetadata meta, ReadOptions opts, List<String> warnings) {
        if (meta.published() != null) {
            Optional<LocalDate> d = DatelineDates.parseIsoDate(meta.published());
            if (d.isPresent()) {
                return d.get().toString();
            }
            warnings.add("publication date \"" + meta.published() + "\" in the metadata is not an ISO date; ignored");
        }
        return opts.fallbackDate() == null ? null : opts.fallbackDate().toString();
    }

    /** "en" when most of the first words are English words; otherwise unknown (null), never guessed. */
    private String language(String text) {
        Matcher m = LANGUAGE_WORD.matcher(text);
        int seen = 0;
        int english = 0;
        while (seen < LANGUAGE_SAMPLE_WORDS && m.find()) {
            String w = m.group();
            if (w.length() < 2) {
                continue;
            }
            seen++;
            if (words.contains(w)) {
                english++;
            }
        }
        return seen >= 5 && english * 2 > seen ? "en" : null;
    }
}
