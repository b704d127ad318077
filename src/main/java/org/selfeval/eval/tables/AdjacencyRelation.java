package org.selfeval.eval.tables;

/** One ICDAR 2013 adjacency relation: cell {@code from} has {@code to} as nearest neighbour in {@code direction}. */
public record AdjacencyRelation(String from, String to, Direction direction) {

    public enum Direction { RIGHT, BELOW }

    @Override
    public String toString() {
        return from + (direction == Direction.RIGHT ? " → " : " ↓ ") + to;
    }
}
