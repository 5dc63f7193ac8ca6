package org.dateline.store.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.store.RowSink.ColumnType;

/**
 * A small Parquet writer for flat tables: every column OPTIONAL, INT64, DOUBLE or UTF-8 BYTE_ARRAY,
 * PLAIN values, RLE definition levels, one GZIP-compressed data page per column per row group
 * (format version 1, readable by Arrow, Spark and DuckDB). Written here because parquet-hadoop
 * needs Hadoop's client jars, tens of megabytes, for what is a few hundred lines of format.
 */
final class ParquetFileWriter implements AutoCloseable {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int ROWS_PER_GROUP = 50_000;
    private static final int TYPE_INT64 = 2;
    private static final int TYPE_DOUBLE = 5;
    private static final int TYPE_BYTE_ARRAY = 6;
    private static final int CODEC_GZIP = 2;

    private final OutputStream out;
    private final List<String> names;
    private final List<ColumnType> types;
    private final List<List<Object>> buffered = new ArrayList<>();
    private final List<byte[]> rowGroups = new ArrayList<>();
    private long position;
    private long rows;
    private int bufferedRows;

    ParquetFileWriter(OutputStream out, List<String> names, List<ColumnType> types) throws IOException {
        this.out = out;
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
        for (int i = 0; i < names.size(); i++) {
            buffered.add(new ArrayList<>());
        }
        write(MAGIC);
    }

    void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            buffered.get(i).add(values[i]);
        }
        bufferedRows++;
        rows++;
        if (bufferedRows == ROWS_PER_GROUP) {
            flushRowGroup();
        }
    }

    private void flushRowGroup() throws IOException {
        if (bufferedRows == 0) {
            return;
        }
        ThriftCompact group = new ThriftCompact();
        group.list(1, ThriftCompact.STRUCT, names.size());
        long groupBytes = 0;
        for (int c = 0; c < names.size(); c++) {
            List<Object> values = buffered.get(c);
            byte[] body = pageBody(values, types.get(c));
            byte[] compressed = gzip(body);
            byte[] header = new ThriftCompact().i32(1, 0).i32(2, body.length).i32(3, compressed.length)
                    .struct(5).i32(1, values.size()).i32(2, 0).i32(3, 3).i32(4, 3).endStruct().finish();
            long pageOffset = position;
            write(header);
            write(compressed);
            long uncompressedTotal = header.length + body.length;
            long compressedTotal = header.length + compressed.length;
            groupBytes += uncompressedTotal;
            group.beginStruct().i64(2, pageOffset).struct(3)
                    .i32(1, parquetType(types.get(c)))
                    .list(2, ThriftCompact.I32, 2).i32Element(0).i32Element(3)
                    .list(3, ThriftCompact.BINARY, 1).stringElement(names.get(c))
                    .i32(4, CODEC_GZIP).i64(5, values.size()).i64(6, uncompressedTotal).i64(7, compressedTotal)
                    .i64(9, pageOffset).endStruct().endStruct();
            values.clear();
        }
        group.i64(2, groupBytes).i64(3, bufferedRows);
        rowGroups.add(group.finish());
        bufferedRows = 0;
    }

    /** Definition levels (RLE runs, bit width 1, length-prefixed) then the non-null values, PLAIN. */
    private static byte[] pageBody(List<Object> values, ColumnType type) throws IOException {
        ByteArrayOutputStream levels = new ByteArrayOutputStream();
        int i = 0;
        while (i < values.size()) {
            boolean present = values.get(i) != null;
            int run = 1;
            while (i + run < values.size() && (values.get(i + run) != null) == present) {
                run++;
            }
            varint(levels, (long) run << 1);
            levels.write(present ? 1 : 0);
            i += run;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeIntLe(body, levels.size());
        levels.writeTo(body);
        for (Object v : values) {
            if (v == null) {
                continue;
            }
            switch (type) {
                case INTEGER -> writeLongLe(body, ((Number) v).longValue());
                case REAL -> writeLongLe(body, Double.doubleToLongBits(((Number) v).doubleValue()));
                case TEXT -> {
                    byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
                    writeIntLe(body, b.length);
                    body.write(b);
                }
            }
        }
        return body.toByteArray();
    }

    private static int parquetType(ColumnType t) {
        return switch (t) {
            case INTEGER -> TYPE_INT64;
            case REAL -> TYPE_DOUBLE;
            case TEXT -> TYPE_BYTE_ARRAY;
        };
    }

    @Override
    public void close() throws IOException {
        flushRowGroup();
        ThriftCompact meta = new ThriftCompact().i32(1, 1);
        meta.list(2, ThriftCompact.STRUCT, names.size() + 1);
        meta.beginStruct().string(4, "schema").i32(5, names.size()).endStruct();
        for (int c = 0; c < names.size(); c++) {
            meta.beginStruct().i32(1, parquetType(types.get(c))).i32(3, 1).string(4, names.get(c));
            if (types.get(c) == ColumnType.TEXT) {
                meta.i32(6, 0);
            }
            meta.endStruct();
        }
        meta.i64(3, rows);
        meta.list(4, ThriftCompact.STRUCT, rowGroups.size());
        byte[] prefix = meta.finish();
        // the footer is the metadata struct with the row groups spliced in before its stop byte
        ByteArrayOutputStream footer = new ByteArrayOutputStream();
        footer.write(prefix, 0, prefix.length - 1);
        for (byte[] g : rowGroups) {
            footer.write(g);
        }
        byte[] createdBy = new ThriftCompact().string(6, "dateline parquet writer").finish();
        // field 6 follows field 4: a delta header of 2, so the bytes stand on their own after the list
        footer.write(0x28);
        footer.write(createdBy, 1, createdBy.length - 2);
        footer.write(0);
        byte[] f = footer.toByteArray();
        write(f);
        ByteArrayOutputStream len = new ByteArrayOutputStream();
        writeIntLe(len, f.length);
        write(len.toByteArray());
        write(MAGIC);
        out.flush();
    }

    private void write(byte[] b) throws IOException {
        out.write(b);
        position += b.length;
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(b.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(b);
        }
        return bytes.toByteArray();
    }

    private static void varint(ByteArrayOutputStream o, long v) {
        while ((v & ~0x7FL) != 0) {
            o.write((int) (v & 0x7F | 0x80));
            v >>>= 7;
        }
        o.write((int) v);
    }

    private static void writeIntLe(ByteArrayOutputStream o, int v) {
        o.write(v);
        o.write(v >>> 8);
        o.write(v >>> 16);
        o.write(v >>> 24);
    }

    private static void writeLongLe(ByteArrayOutputStream o, long v) {
        for (int i = 0; i < 8; i++) {
            o.write((int) (v >>> 8 * i));
        }
    }
}
