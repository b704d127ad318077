package org.selfeval.extract;

/**
 * The table grid slots one document may still hold (extract.max_cells), spent as its tables are
 * built, so a document of a million cells is refused before the million cells exist and before
 * the form readers and checks walk them.
 */
public final class CellBudget {

    private final long max;
    private long spent;

    public CellBudget(long max) {
        this.max = max;
    }

    public static CellBudget unlimited() {
        return new CellBudget(Long.MAX_VALUE);
    }

    /** Spends {@code slots} grid slots; throws once the document's total passes the limit. */
    public void spend(long slots) {
        spent += Math.max(0, slots);
        if (spent > max) {
            throw new LimitExceeded(new ExtractionException(FailureCode.TOO_LARGE,
                    "tables hold more than " + max + " cells (extract.max_cells)").withUserMessage(
                    "文件中的表格单元格超过" + max + "个（处理上限），未予处理。请删去与自评无关的大型数据表后重新提交。"));
        }
    }
}
