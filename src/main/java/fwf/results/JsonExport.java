package fwf.results;

import fwf.run.Measurement;

import java.util.List;

/** The JSON export: an array of exactly the objects the journal stores, indented. */
public final class JsonExport {
    private JsonExport() {
    }

    public static String render(List<Measurement> measurements) {
        return PrettyJson.write(measurements.stream().map(MeasurementCodec::toJson).toList(), 2);
    }
}
