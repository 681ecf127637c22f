package till.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;

/** The keys of a properties file on the class path, for the language tests. Stateless. */
final class ResourceKeys {

    private ResourceKeys() {
    }

    static Set<String> of(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ResourceKeys.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames();
    }
}
