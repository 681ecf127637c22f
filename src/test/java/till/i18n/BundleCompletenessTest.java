package till.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle of texts under {@code src/main/resources/till} is complete in every shipped language: the same keys
 * as English, and each text takes the same {@code {n}} arguments as its English one.
 */
class BundleCompletenessTest {

    /** The languages Till ships besides English (the base files). */
    static final List<String> SHIPPED = List.of("fr", "de", "es", "nl");

    private static final Path RESOURCES = Path.of("src/main/resources/till");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

    static Stream<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !TRANSLATION.matcher(p.getFileName().toString()).matches())
                    .sorted().toList().stream();
        }
    }

    @Test
    void thereAreBundlesToCheck() throws IOException {
        assertThat(englishBundles()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishBundles")
    void eachShippedLanguageHasEveryKeyWithTheSameArguments(Path english) throws IOException {
        Properties base = load(english);
        List<String> problems = new ArrayList<>();
        for (String language : SHIPPED) {
            Path translated = english.resolveSibling(english.getFileName().toString()
                    .replace(".properties", "_" + language + ".properties"));
            if (!Files.exists(translated)) {
                problems.add(translated.getFileName() + " is missing");
                continue;
            }
            Properties other = load(translated);
            for (String key : new TreeSet<>(base.stringPropertyNames())) {
                String text = other.getProperty(key);
                if (text == null) {
                    problems.add(language + ": no " + key);
                } else if (!arguments(text).equals(arguments(base.getProperty(key)))) {
                    problems.add(language + ": " + key + " takes " + arguments(text) + ", English takes "
                            + arguments(base.getProperty(key)));
                }
            }
            Set<String> extra = new TreeSet<>(other.stringPropertyNames());
            extra.removeAll(base.stringPropertyNames());
            extra.forEach(key -> problems.add(language + ": " + key + " is not in English"));
        }
        assertThat(problems).as("texts of " + english).isEmpty();
    }

    @Test
    void anArgumentMissingInATranslationIsCaught() {
        assertThat(arguments("{0} × {1}")).isNotEqualTo(arguments("{0} ×"));
        assertThat(arguments("{0,number,#} ({1,number,#})")).containsExactly("0", "1");
    }

    static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        }
        return p;
    }
}
