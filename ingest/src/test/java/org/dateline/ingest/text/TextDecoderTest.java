package org.dateline.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.dateline.ingest.DocumentException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final long LIMIT = 1 << 20;
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8WithoutBomIsReadStrictly() throws DocumentException {
        DecodedText d = decoder.decode("a.txt", "Caf\u00e9 \u201cquoted\u201d \u2014 done".getBytes(StandardCharsets.UTF_8), LIMIT);
        assertEquals("Caf\u00e9 \u201cquoted\u201d \u2014 done", d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void utf8BomIsDropped() throws DocumentException {
        byte[] body = "Hello".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals("Hello", decoder.decode("a.txt", bytes, LIMIT).text());
    }

    @Test
    void utf16WithBomIsDecodedInBothByteOrders() throws DocumentException {
        String text = "Doha, November 24 \u2014 talks";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(text, decoder.decode("le.txt", le, LIMIT).text());
        assertEquals("UTF-16LE", decoder.decode("le.txt", le, LIMIT).charset());
        assertEquals(text, decoder.decode("be.txt", be, LIMIT).text());
    }

    @Test
    void latin1BytesWithoutDeclarationFallBackToWindows1252() throws DocumentException {
        byte[] bytes = "Caf\u00e9 na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        DecodedText d = decoder.decode("latin1.txt", bytes, LIMIT);
        assertEquals("Caf\u00e9 na\u00efve r\u00e9sum\u00e9", d.text());
        assertEquals("windows-1252", d.charset());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("decoded as windows-1252")), d.warnings().toString());
    }

    @Test
    void windows1252CurlyQuotesAreRecovered() throws DocumentException {
        byte[] bytes = {(byte) 0x93, 'H', 'i', (byte) 0x94, ' ', (byte) 0x97, ' ', 'o', 'k'};
        assertEquals("\u201cHi\u201d \u2014 ok", decoder.decode("cp.txt", bytes, LIMIT).text());
    }

    @Test
    void truncatedUtf8AtTheEndKeepsWhatIsThereAndWarns() throws DocumentException {
        byte[] full = "Talks in Doha \u2014".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1); // em dash is 3 bytes; keep 2 of them
        DecodedText d = decoder.decode("cut.txt", cut, LIMIT);
        assertEquals("Talks in Doha ", d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.warnings().get(0).contains("truncated UTF-8"), d.warnings().toString());
    }

    @Test
    void truncationDetectionNeedsAValidPrefix() {
        assertTrue(TextDecoder.isTruncatedSequence(new byte[] {'a', (byte) 0xE2, (byte) 0x80}, 1));
        assertTrue(!TextDecoder.isTruncatedSequence(new byte[] {'a', (byte) 0xE2, 'b'}, 1));
        assertTrue(!TextDecoder.isTruncatedSequence(new byte[] {'a', (byte) 0x80}, 1));
    }

    @Test
    void emptyAndWhitespaceOnlyAreRejected() {
        DocumentException empty = assertThrows(DocumentException.class, () -> decoder.decode("e.txt", new byte[0], LIMIT));
        assertTrue(empty.getMessage().contains("e.txt") && empty.getMessage().contains("empty document"));
        byte[] spaces = " \n\t\r\n\u00a0 ".getBytes(StandardCharsets.UTF_8);
        assertThrows(DocumentException.class, () -> decoder.decode("s.txt", spaces, LIMIT));
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = {'a', 'b', 0, 'c'};
        DocumentException e = assertThrows(DocumentException.class, () -> decoder.decode("b.bin", bytes, LIMIT));
        assertTrue(e.getMessage().contains("binary") && e.getMessage().contains("b.bin"), e.getMessage());
    }

    @Test
    void randomBytesAreRejectedAsBinary() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        DocumentException e = assertThrows(DocumentException.class, () -> decoder.decode("r.bin", bytes, LIMIT));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void manyControlCharactersMeanBinaryEvenWithoutNul() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
        }
        assertThrows(DocumentException.class, () -> decoder.decode("c.bin", bytes, LIMIT));
    }

    @Test
    void documentsOverTheLimitAreRejectedNamingBothSizes() {
        byte[] bytes = new byte[101];
        java.util.Arrays.fill(bytes, (byte) 'a');
        DocumentException e = assertThrows(DocumentException.class, () -> decoder.decode("big.txt", bytes, 100));
        assertTrue(e.getMessage().contains("101") && e.getMessage().contains("100"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
