package fwf.chart;

import org.jfree.data.UnknownKeyException;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.AbstractDataset;
import org.jfree.data.general.DatasetChangeEvent;
import org.jfree.data.general.DatasetChangeListener;

import java.util.List;

/**
 * A {@link TimingDataset} seen through one set of {@link ChartOptions}, as the category dataset
 * JFreeChart draws: rows are bars, columns are workload groups, a value is a bar's length
 * (null when it must not be drawn as a time). It recomputes its {@link TimingTable} whenever the
 * dataset changes and passes the event on, so the plot redraws.
 */
public final class TimingView extends AbstractDataset implements CategoryDataset, DatasetChangeListener {
    private final TimingDataset source;
    private final ChartOptions options;
    private final SystemStyles styles;
    private TimingTable table;

    public TimingView(TimingDataset source, ChartOptions options, SystemStyles styles) {
        this.source = source;
        this.options = options;
        this.styles = styles;
        this.table = TimingTable.of(shown(), options, styles);
        source.addChangeListener(this);
    }

    /** The dataset's bars this chart's board shows. */
    private java.util.List<Bar> shown() {
        return source.bars().stream().filter(b -> options.shows(b.key())).toList();
    }

    public TimingTable table() {
        return table;
    }

    public ChartOptions options() {
        return options;
    }

    public SystemStyles styles() {
        return styles;
    }

    /** Stops following the dataset (when the window replaces this chart with another). */
    public void detach() {
        source.removeChangeListener(this);
    }

    @Override
    public void datasetChanged(DatasetChangeEvent event) {
        table = TimingTable.of(shown(), options, styles);
        fireDatasetChanged();
    }

    @Override
    public Comparable<?> getRowKey(int row) {
        return table.rows().get(row);
    }

    @Override
    @SuppressWarnings("rawtypes") // JFreeChart's interface declares the raw type
    public int getRowIndex(Comparable key) {
        return table.rows().indexOf(key);
    }

    @Override
    public List<BarKey> getRowKeys() {
        return table.rows();
    }

    @Override
    public Comparable<?> getColumnKey(int column) {
        return table.columns().get(column);
    }

    @Override
    @SuppressWarnings("rawtypes") // JFreeChart's interface declares the raw type
    public int getColumnIndex(Comparable key) {
        return table.columns().indexOf(key);
    }

    @Override
    public List<String> getColumnKeys() {
        return table.columns();
    }

    @Override
    @SuppressWarnings("rawtypes") // JFreeChart's interface declares the raw type
    public Number getValue(Comparable rowKey, Comparable columnKey) {
        int row = getRowIndex(rowKey);
        int column = getColumnIndex(columnKey);
        if (row < 0 || column < 0) {
            throw new UnknownKeyException("no bar " + rowKey + " in " + columnKey);
        }
        return getValue(row, column);
    }

    @Override
    public int getRowCount() {
        return table.rows().size();
    }

    @Override
    public int getColumnCount() {
        return table.columns().size();
    }

    @Override
    public Number getValue(int row, int column) {
        Cell cell = table.cell(row, column);
        return cell == null ? null : cell.value();
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException("a live view is not cloned");
    }
}
