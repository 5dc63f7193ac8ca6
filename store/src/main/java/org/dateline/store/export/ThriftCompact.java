package org.dateline.store.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Just enough of Thrift's compact protocol to write Parquet's page headers and file footer. */
final class ThriftCompact {
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Deque<Integer> lastIds = new ArrayDeque<>();
    private int lastId;

    private void fieldHeader(int id, int type) {
        int delta = id - lastId;
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        lastId = id;
    }

    ThriftCompact i32(int id, int value) {
        fieldHeader(id, I32);
        varint(zigzag(value));
        return this;
    }

    ThriftCompact i64(int id, long value) {
        fieldHeader(id, I64);
        varint(zigzag(value));
        return this;
    }

    ThriftCompact string(int id, String value) {
        fieldHeader(id, BINARY);
        binary(value);
        return this;
    }

    /** Starts a struct-valued field; end it with {@link #endStruct()}. */
    ThriftCompact struct(int id) {
        fieldHeader(id, STRUCT);
        return beginStruct();
    }

    /** Starts a struct that is a list element (no field header). */
    ThriftCompact beginStruct() {
        lastIds.push(lastId);
        lastId = 0;
        return this;
    }

    ThriftCompact endStruct() {
        out.write(0);
        lastId = lastIds.pop();
        return this;
    }

    /** A list field header; then write {@code size} elements of {@code elementType}. */
    ThriftCompact list(int id, int elementType, int size) {
        fieldHeader(id, LIST);
        if (size < 15) {
            out.write(size << 4 | elementType);
        } else {
            out.write(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    ThriftCompact i32Element(int value) {
        varint(zigzag(value));
        return this;
    }

    ThriftCompact stringElement(String value) {
        binary(value);
        return this;
    }

    /** Ends the outermost struct. */
    byte[] finish() {
        out.write(0);
        return out.toByteArray();
    }

    private void binary(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.write(b, 0, b.length);
    }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long zigzag(long v) {
        return v << 1 ^ v >> 63;
    }
}
