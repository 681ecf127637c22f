package till.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code closing.note-threshold} in {@code till.properties}: read, defaulted, refused when not an amount. */
class NoteThresholdConfigTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheKeyOrTheFileAnyDifferenceNeedsANote() throws Exception {
        assertThat(new ConfigFile(dir).readNoteThreshold()).isZero();
        Files.writeString(dir.resolve(ConfigFile.NAME), "server.url=http://127.0.0.1:9\n");
        assertThat(new ConfigFile(dir).readNoteThreshold()).isZero();
    }

    @Test
    void theKeyIsAnAmountAndAnythingElseSaysWhatIsExpected() throws Exception {
        Files.writeString(dir.resolve(ConfigFile.NAME), "closing.note-threshold=2.50\n");
        assertThat(new ConfigFile(dir).readNoteThreshold()).isEqualByComparingTo("2.50");

        Files.writeString(dir.resolve(ConfigFile.NAME), "closing.note-threshold=two\n");
        assertThatThrownBy(() -> new ConfigFile(dir).readNoteThreshold()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("\"closing.note-threshold\" is \"two\", expected an amount");
    }
}
