package till.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** How the benches print their figures: one JSON object, or a line per figure with three decimals. Stateless. */
final class BenchOutput {

    private BenchOutput() {
    }

    /** A figure rounded to three decimals, as printed. */
    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    static void print(Map<String, Object> result, boolean json, PrintStream out) throws IOException {
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(result));
            return;
        }
        result.forEach((key, value) -> out.println(key + " " + (value instanceof Double d
                ? String.format(Locale.ROOT, "%.3f", d) : value)));
    }
}
