package org.dateline.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few places where SQLite and PostgreSQL differ: key columns, full-text search, and migration files. */
public enum Dialect {
    SQLITE("sqlite", "INTEGER PRIMARY KEY") {
        @Override
        String searchSql() {
            return "SELECT s.kind, s.document_id, s.ref, s.title, snippet(search_index, 1, '[', ']', '...', 16),"
                    + " -bm25(search_index), d.path FROM search_index s JOIN documents d ON d.id = s.document_id"
                    + " WHERE search_index MATCH ? ORDER BY bm25(search_index) LIMIT ?";
        }

        /**
         * FTS5 has its own query language. Like PostgreSQL's web search syntax: words and "quoted
         * phrases" are all required, OR between two of them allows either; nothing else is an operator.
         */
        @Override
        String searchParameter(String userQuery) {
            List<String> parts = new ArrayList<>();
            Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(userQuery);
            boolean pendingOr = false;
            while (m.find()) {
                if (m.group(2) != null && m.group(2).equals("OR")) {
                    pendingOr = !parts.isEmpty();
                    continue;
                }
                String part = (m.group(1) != null ? m.group(1) : m.group(2)).replace("\"", "");
                if (part.isBlank()) {
                    continue;
                }
                if (pendingOr) {
                    parts.add("OR");
                    pendingOr = false;
                }
                parts.add("\"" + part + "\"");
            }
            return String.join(" ", parts);
        }
    },
    POSTGRESQL("postgresql", "BIGSERIAL PRIMARY KEY") {
        @Override
        String searchSql() {
            return "SELECT s.kind, s.document_id, s.ref, s.title,"
                    + " ts_headline('english', s.body, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=10'),"
                    + " ts_rank(s.tsv, q), d.path FROM search_index s JOIN documents d ON d.id = s.document_id,"
                    + " websearch_to_tsquery('english', ?) q WHERE s.tsv @@ q ORDER BY ts_rank(s.tsv, q) DESC LIMIT ?";
        }

        @Override
        String searchParameter(String userQuery) {
            return userQuery;
        }
    };

    private final String fileSuffix;
    private final String autoKey;

    Dialect(String fileSuffix, String autoKey) {
        this.fileSuffix = fileSuffix;
        this.autoKey = autoKey;
    }

    /** The suffix of dialect-specific migration files: {@code V2__search.sqlite.sql}. */
    String fileSuffix() {
        return fileSuffix;
    }

    /** Fills the placeholders of a shared migration. */
    String substitute(String sql) {
        return sql.replace("${id}", autoKey);
    }

    /** Parameters: the query (from {@link #searchParameter}) and the limit. Columns: kind, document, ref, title, snippet, score, path. */
    abstract String searchSql();

    abstract String searchParameter(String userQuery);
}
