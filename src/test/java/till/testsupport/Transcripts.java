package till.testsupport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the golden Odoo transcripts, a copy of the captured exchanges kept in {@code src/test/resources/odoo-transcripts}
 * (with their README), located by the system property {@code till.transcripts} that surefire sets. Stateless and
 * thread-safe.
 */
public final class Transcripts {

    public static final String PROPERTY = "till.transcripts";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Transcripts() {
    }

    /** The transcripts folder (holding {@code v14/}, {@code v15/}, {@code v17/}). */
    public static Path root() {
        String location = System.getProperty(PROPERTY);
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("System property " + PROPERTY + " is not set; run the tests with Maven "
                    + "or pass -D" + PROPERTY + "=<path to src/test/resources/odoo-transcripts>");
        }
        return Path.of(location);
    }

    /**
     * One exchange as a JSON tree, numbers with a fraction as BigDecimal.
     *
     * @param version {@code "v14"}, {@code "v15"} or {@code "v17"}
     * @param name    the file name, with or without {@code .json}, e.g. {@code "300-order-a-paid-with-change"}
     */
    public static JsonNode read(String version, String name) {
        Path file = root().resolve(version).resolve(name.endsWith(".json") ? name : name + ".json");
        try {
            return MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read transcript " + file, e);
        }
    }
}
