package till.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The till's memory options are the same wherever it is started: installer, javafx:run, supervised child. */
class JvmMemoryTest {

    @Test
    void theInstallersJavaOptionsAreTheMemoryOptions() throws Exception {
        List<String> options = Files.readAllLines(Path.of("packaging", "jpackage.args")).stream()
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip()).toList();

        assertThat(options).isEqualTo(JvmMemory.OPTIONS);
    }

    @Test
    void javafxRunHasTheMemoryOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher block = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>.*?<options>(.*?)</options>",
                Pattern.DOTALL).matcher(pom);
        assertThat(block.find()).as("javafx-maven-plugin options in pom.xml").isTrue();
        List<String> options = Pattern.compile("<option>(.*?)</option>").matcher(block.group(1)).results()
                .map(m -> m.group(1)).collect(Collectors.toList());

        assertThat(options).isEqualTo(JvmMemory.OPTIONS);
    }
}
