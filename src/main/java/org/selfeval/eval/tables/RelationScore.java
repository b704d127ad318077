package org.selfeval.eval.tables;

/**
 * Counts of adjacency relations and the rates derived from them.
 *
 * @param groundTruth relations in the ground truth
 * @param detected    relations in our output
 * @param correct     relations found in both (multiset intersection)
 */
public record RelationScore(int groundTruth, int detected, int correct) {

    public static final RelationScore ZERO = new RelationScore(0, 0, 0);

    public RelationScore plus(RelationScore other) {
        return new RelationScore(groundTruth + other.groundTruth, detected + other.detected, correct + other.correct);
    }

    /** correct / detected; with nothing detected, 1 when nothing was expected, else 0. */
    public double precision() {
        return detected == 0 ? (groundTruth == 0 ? 1.0 : 0.0) : (double) correct / detected;
    }

    /** correct / ground truth; 1 when the ground truth has no relation. */
    public double recall() {
        return groundTruth == 0 ? 1.0 : (double) correct / groundTruth;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
