package io.studygraph.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws ranks 0..n-1 with Zipf–Mandelbrot weights {@code 1 / (rank + 1 + offset)}: a long tail
 * with a head flattened by {@code offset}, so the most prolific of 16,000 authors writes about one
 * paper in a hundred rather than one in ten. Inverse CDF over a precomputed table.
 */
final class ZipfSampler {
    private final double[] cumulative;

    ZipfSampler(int n, double offset) {
        if (n < 1 || offset < 0) throw new IllegalArgumentException("n must be at least 1 and offset at least 0");
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / (k + 1 + offset);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) cumulative[k] /= sum;
    }

    int next(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = at >= 0 ? at : -at - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
