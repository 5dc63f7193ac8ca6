package org.dateline.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Hand-built parses for fast tests: tokens as {@code word/lemma/POS}, edges as {@code relation gov dep}
 * (gov -1 for the root). Enhanced-only edges are given after a {@code "|"} entry.
 */
final class ParseFixture {
    private ParseFixture() {
    }

    static Sentence sentence(String tokens, String... edges) {
        List<Token> toks = new ArrayList<>();
        int offset = 0;
        for (String t : tokens.split(" ")) {
            String[] f = t.split("/");
            toks.add(new Token(toks.size(), offset, offset + f[0].length(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O"));
            offset += f[0].length() + 1;
        }
        List<Dependency> basic = new ArrayList<>();
        List<Dependency> enhanced = new ArrayList<>();
        boolean enhancedOnly = false;
        for (String e : edges) {
            if (e.equals("|")) {
                enhancedOnly = true;
                continue;
            }
            String[] f = e.split(" ");
            Dependency d = new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]);
            if (!enhancedOnly) {
                basic.add(new Dependency(d.governor(), d.dependent(), f[0].contains(":") && !f[0].startsWith("nsubj")
                        && !f[0].startsWith("aux") && !f[0].equals("nmod:poss") ? f[0].substring(0, f[0].indexOf(':')) : f[0]));
            }
            enhanced.add(d);
        }
        return new Sentence(0, 0, offset, toks, basic, enhanced);
    }

    /** Actors by token index: {@code "0=REB", "2=SYRMIL"}. */
    static ActorCodeLookup actors(String... codes) {
        return (s, head) -> {
            for (String c : codes) {
                String[] f = c.split("=");
                if (Integer.parseInt(f[0]) == head) {
                    return List.of(new ActorCodeLookup.ActorRef("E" + head, f[1], head, head + 1));
                }
            }
            return List.of();
        };
    }
}
