package org.dateline.ingest.html;

import org.jsoup.nodes.Element;

/** Counts inside one element that tell prose from a list of links, a form or an image strip. */
record ElementStats(int textLength, int linkChars, int commas, int paragraphs, int listItems, int images,
                    int inputs, boolean isList) {
    static ElementStats of(Element e) {
        int text = 0;
        int links = 0;
        int commas = 0;
        for (TextBlocks.Block b : TextBlocks.of(e)) {
            text += b.text().length();
            links += b.linkChars();
            commas += CandidateScores.commas(b.text());
        }
        String tag = e.normalName();
        return new ElementStats(text, links, commas, e.getElementsByTag("p").size(),
                e.getElementsByTag("li").size(), e.getElementsByTag("img").size(),
                e.getElementsByTag("input").size(), tag.equals("ul") || tag.equals("ol") || tag.equals("dl"));
    }

    double linkDensity() {
        return textLength == 0 ? 0 : (double) linkChars / textLength;
    }

    /** The tests Readability applies before it drops a container from inside the article. */
    boolean looksLikeFurniture(int classWeight) {
        if (classWeight < 0) {
            return true;
        }
        if (commas >= 10) {
            return false;
        }
        int li = listItems - 100;
        double density = linkDensity();
        return (images > 1 && (double) paragraphs / images < 0.5)
                || (!isList && li > paragraphs)
                || (inputs > paragraphs / 3)
                || (!isList && textLength < 25 && (images == 0 || images > 2))
                || (!isList && classWeight < 25 && density > 0.2)
                || (classWeight >= 25 && density > 0.5);
    }
}
