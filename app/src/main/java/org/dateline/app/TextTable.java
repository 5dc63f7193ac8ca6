package org.dateline.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows printed as an aligned text table (long cells cut) or as RFC 4180 CSV. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    void add(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c == null ? "" : c.toString());
        }
        rows.add(row);
    }

    void printTable(PrintWriter out, int maxCell) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], Math.min(maxCell, flat(r.get(i)).length()));
            }
        }
        printRow(out, header, width, maxCell);
        for (List<String> r : rows) {
            printRow(out, r, width, maxCell);
        }
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] width, int maxCell) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = flat(cells.get(i));
            if (c.length() > maxCell) {
                c = c.substring(0, maxCell - 3) + "...";
            }
            b.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(i == cells.size() - 1 ? 0 : width[i] - c.length()));
        }
        out.println(b.toString().stripTrailing());
    }

    void printCsv(PrintWriter out) {
        out.print(csvLine(header));
        for (List<String> r : rows) {
            out.print(csvLine(r));
        }
    }

    private static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append(c.matches("(?s).*[,\"\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return b.append("\r\n").toString();
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
