package org.dateline.model;

import java.util.List;
import java.util.Objects;

/** The normalized document: text with its structure. Every span elsewhere points into {@link #text}. */
public record Article(String text, String title, String byline, String outlet, String published,
                      Dateline dateline, List<Section> sections, List<Caption> captions, String language) {
    public Article {
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections == null ? List.of() : sections);
        captions = List.copyOf(captions == null ? List.of() : captions);
        for (Section s : sections) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("section " + s + " beyond text of length " + text.length());
            }
        }
    }

    /** The text of every section of one kind, in order. */
    public List<String> sectionTexts(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).map(s -> text.substring(s.begin(), s.end())).toList();
    }
}
