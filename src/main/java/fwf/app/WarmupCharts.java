package fwf.app;

import fwf.bench.Measurement;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** TEMPORARY until fwf.chart.WarmupChart is merged. */
final class WarmupCharts {
    private WarmupCharts() {
    }

    static JFreeChart of(Measurement m, boolean presenter) {
        XYSeries s = new XYSeries("iterations");
        int i = 0;
        for (long ns : m.warmupNs()) {
            s.add(i++, ns / 1e6);
        }
        for (long ns : m.samplesNs()) {
            s.add(i++, ns / 1e6);
        }
        return ChartFactory.createXYLineChart("Warm-up", "iteration", "ms", new XYSeriesCollection(s));
    }
}
