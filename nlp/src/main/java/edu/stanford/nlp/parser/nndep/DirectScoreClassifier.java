package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Dateline's stand-in for the neural dependency parser's {@link Classifier} at parse time: the same
 * scores, bit for bit, for about two thirds of the CPU time. The arithmetic is CoreNLP's own (the
 * same float products, summed as doubles in the same order), so every parse stays what CoreNLP gives;
 * what differs is the order of the work: CoreNLP sums each of the 83 scores (and each of the 1,000
 * hidden units of a feature that is not precomputed) in one chain of additions, each waiting for the
 * one before, while here the weights are stored column by column and all sums advance together.
 * Feature lookups use an open-addressing table of ints and a cache per thread instead of boxed maps
 * and a least-recently-used cache behind a lock.
 *
 * <p>It lives in CoreNLP's package because {@code computeScores} is package-private there: the
 * parser calls it, and no public hook exists.
 */
public final class DirectScoreClassifier extends Classifier {
    private static final int FEATURES = 48;

    private final float[] w1ByColumn;
    private final int hiddenSize;
    private final float[] b1;
    private final double[] w2ByColumn;
    private final int transitions;
    private final float[][] embeddings;
    private final int embeddingSize;
    private final PrecomputedTable precomputed;
    private final ThreadLocal<SliceCache> slices;

    DirectScoreClassifier(Config config, Classifier original) {
        super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
        this.w1ByColumn = byColumn(original.getW1());
        this.hiddenSize = original.getW1().length;
        this.b1 = original.getb1();
        this.w2ByColumn = widen(byColumn(original.getW2()));
        this.transitions = original.getW2().length;
        this.embeddings = original.getE();
        this.embeddingSize = config.embeddingSize;
        double[][] saved = read(original, "saved");
        if (saved == null) {
            throw new IllegalStateException("the parser's classifier has not precomputed its features yet");
        }
        this.precomputed = new PrecomputedTable(read(original, "preMap"), saved);
        int cacheSize = Math.max(config.numCached, 1024);
        this.slices = ThreadLocal.withInitial(() -> new SliceCache(cacheSize));
        dropTrainingState(this);
    }

    /**
     * A parser of its own (not CoreNLP's shared, cached instance) loaded from {@code model} and
     * scoring with a direct-score classifier.
     */
    public static DependencyParser load(String model, Properties properties) {
        DependencyParser parser = new DependencyParser(properties);
        parser.loadModelFile(model, false);
        install(parser);
        return parser;
    }

    /**
     * Puts a direct-score classifier into {@code parser} in place of its own, which it reads the
     * weights and precomputed features from. {@code parser} must not be shared: CoreNLP's parser
     * cache hands one instance to every pipeline of a JVM, CoreNLP's own depparse annotator included.
     */
    private static void install(DependencyParser parser) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            classifierField.setAccessible(true);
            Field configField = DependencyParser.class.getDeclaredField("config");
            configField.setAccessible(true);
            Classifier original = (Classifier) classifierField.get(parser);
            Config config = (Config) configField.get(parser);
            if (config.numCached == 0) {
                // CoreNLP then sums every feature in doubles: other scores than the cached floats give
                return;
            }
            classifierField.set(parser, new DirectScoreClassifier(config, original));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's DependencyParser changed: no classifier field", e);
        }
    }

    /**
     * The AdaGrad histories: the classifier allocates them (the size of the embeddings and weights,
     * in doubles) even when it only parses, and nothing reads them outside training.
     */
    private static void dropTrainingState(Classifier c) {
        try {
            for (String name : new String[] {"eg2E", "eg2W1", "eg2W2", "eg2b1"}) {
                Field f = Classifier.class.getDeclaredField(name);
                f.setAccessible(true);
                f.set(c, null);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's Classifier changed", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(Classifier c, String name) {
        try {
            Field f = Classifier.class.getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's Classifier changed: no field " + name, e);
        }
    }

    /** As {@code Classifier.computeScores(int[], Map)}, same operations in the same order. */
    @Override
    double[] computeScores(int[] features) {
        double[] hidden = new double[b1.length];
        SliceCache cache = slices.get();
        int offset = 0;
        for (int j = 0; j < features.length; j++) {
            int token = features[j];
            int id = token * FEATURES + j;
            double[] saved = precomputed.get(id);
            if (saved != null) {
                for (int h = 0; h < hidden.length; h++) {
                    hidden[h] += saved[h];
                }
            } else {
                float[] slice = cache.get(id);
                if (slice == null) {
                    slice = slice(w1ByColumn, hiddenSize, embeddings[token], offset);
                    cache.put(id, slice);
                }
                for (int h = 0; h < hidden.length; h++) {
                    hidden[h] += slice[h];
                }
            }
            offset += embeddingSize;
        }
        for (int h = 0; h < hidden.length; h++) {
            hidden[h] += b1[h];
            hidden[h] = hidden[h] * hidden[h] * hidden[h];
        }
        return times(w2ByColumn, transitions, hidden);
    }

    /** A matrix as one array, column after column: {@code out[c * rows + r] = m[r][c]}. */
    static float[] byColumn(float[][] m) {
        int rows = m.length;
        int columns = m[0].length;
        float[] out = new float[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                out[c * rows + r] = m[r][c];
            }
        }
        return out;
    }

    /** The same numbers as doubles: CoreNLP widens each weight before it multiplies, so this is exact. */
    static double[] widen(float[] m) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i];
        }
        return out;
    }

    /**
     * As {@code Classifier.matrixMultiply(float[][], double[])}, the matrix given column by column:
     * every row's sum gets its terms in CoreNLP's order (column 0, 1, ...), but all rows advance
     * together, one column at a time, a loop the JIT compiler turns into vector instructions where
     * one sum per row waits for each addition.
     */
    static double[] times(double[] byColumn, int rows, double[] v) {
        double[] out = new double[rows];
        for (int c = 0; c < v.length; c++) {
            double x = v[c];
            int base = c * rows;
            for (int r = 0; r < rows; r++) {
                out[r] += x * byColumn[base + r];
            }
        }
        return out;
    }

    /**
     * As {@code Classifier.matrixMultiplySlice}: row h is the sum over k of the float products
     * {@code W1[h][offset + k] * embedding[k]}, added as doubles in k's order, stored as a float;
     * here with W1 column by column, all rows advancing together as in {@link #times}.
     */
    static float[] slice(float[] w1ByColumn, int rows, float[] embedding, int offset) {
        double[] sums = new double[rows];
        for (int k = 0; k < embedding.length; k++) {
            float e = embedding[k];
            int base = (offset + k) * rows;
            for (int h = 0; h < rows; h++) {
                sums[h] += w1ByColumn[base + h] * e;
            }
        }
        float[] out = new float[rows];
        for (int h = 0; h < rows; h++) {
            out[h] = (float) sums[h];
        }
        return out;
    }

    /** Feature id to its precomputed hidden-layer contribution; ids are never negative. */
    static final class PrecomputedTable {
        private final IntTable<double[]> table;

        PrecomputedTable(Map<Integer, Integer> index, double[][] saved) {
            table = new IntTable<>(Integer.highestOneBit(Math.max(4, index.size() * 2 - 1)) << 1);
            for (Map.Entry<Integer, Integer> e : index.entrySet()) {
                table.put(e.getKey(), saved[e.getValue()]);
            }
        }

        double[] get(int id) {
            return table.get(id);
        }
    }

    /**
     * One thread's computed slices, by feature id. When it is half full it starts again empty: a
     * slice is a pure function of its id, so forgetting one costs time, never a different score.
     */
    static final class SliceCache {
        private final IntTable<float[]> table;
        private final int limit;

        SliceCache(int entries) {
            int capacity = Integer.highestOneBit(entries * 2 - 1) << 1;
            table = new IntTable<>(capacity);
            limit = capacity / 2;
        }

        float[] get(int id) {
            return table.get(id);
        }

        void put(int id, float[] slice) {
            if (table.size() >= limit) {
                table.clear();
            }
            table.put(id, slice);
        }
    }

    /**
     * An open-addressing map from non-negative int keys to values, without boxing: the parser looks
     * a feature up for every one of its 48 features per transition.
     */
    static final class IntTable<V> {
        private final int[] keys;
        private final Object[] values;
        private final int mask;
        private final int shift;
        private int size;

        /** {@code capacity}: a power of two. */
        IntTable(int capacity) {
            keys = new int[capacity];
            java.util.Arrays.fill(keys, -1);
            values = new Object[capacity];
            mask = capacity - 1;
            shift = 32 - Integer.numberOfTrailingZeros(capacity);
        }

        @SuppressWarnings("unchecked")
        V get(int key) {
            int slot = slot(key);
            while (true) {
                int k = keys[slot];
                if (k == key) {
                    return (V) values[slot];
                }
                if (k == -1) {
                    return null;
                }
                slot = (slot + 1) & mask;
            }
        }

        void put(int key, V value) {
            int slot = slot(key);
            while (keys[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == -1) {
                size++;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int size() {
            return size;
        }

        void clear() {
            java.util.Arrays.fill(keys, -1);
            java.util.Arrays.fill(values, null);
            size = 0;
        }

        private int slot(int key) {
            return (key * 0x9E3779B9 >>> shift) & mask;
        }
    }
}
