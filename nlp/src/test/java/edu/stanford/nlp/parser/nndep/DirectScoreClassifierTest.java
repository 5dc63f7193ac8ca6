package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The direct scores are CoreNLP's scores bit for bit, on a small random network. */
class DirectScoreClassifierTest {
    private static final int FEATURES = 48;
    private static final int VOCABULARY = 40;

    @Test
    void scoresEqualCoreNlpsForPrecomputedAndComputedFeatures() {
        Random random = new Random(7);
        Properties p = new Properties();
        p.setProperty("hiddenSize", "18");
        p.setProperty("embeddingSize", "6");
        p.setProperty("numCached", "50");
        Config config = new Config(p);
        float[][] e = matrix(random, VOCABULARY, 6);
        float[][] w1 = matrix(random, 18, FEATURES * 6);
        float[] b1 = matrix(random, 1, 18)[0];
        float[][] w2 = matrix(random, 9, 18);
        List<Integer> precomputed = new ArrayList<>();
        for (int id = 0; id < VOCABULARY * FEATURES; id += 3) {
            precomputed.add(id);
        }
        Classifier coreNlp = new Classifier(config, e, w1, b1, w2, precomputed);
        coreNlp.preCompute();
        DirectScoreClassifier direct = new DirectScoreClassifier(config, coreNlp);
        for (int n = 0; n < 500; n++) {
            int[] features = new int[FEATURES];
            for (int j = 0; j < FEATURES; j++) {
                features[j] = random.nextInt(VOCABULARY);
            }
            assertArrayEquals(coreNlp.computeScores(features), direct.computeScores(features), 0.0);
        }
    }

    @Test
    void aFullSliceCacheStartsAgainAndStillAnswersRight() {
        DirectScoreClassifier.SliceCache cache = new DirectScoreClassifier.SliceCache(4);
        float[][] slices = new float[20][];
        for (int id = 0; id < slices.length; id++) {
            slices[id] = new float[] {id};
            cache.put(id * 1000, slices[id]);
            assertSame(slices[id], cache.get(id * 1000));
        }
        assertNull(cache.get(0), "the first slices were forgotten when the cache filled up");
    }

    private static float[][] matrix(Random random, int rows, int columns) {
        float[][] m = new float[rows][columns];
        for (float[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = (float) random.nextGaussian();
            }
        }
        return m;
    }
}
