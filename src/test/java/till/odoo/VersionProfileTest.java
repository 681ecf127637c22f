package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import till.testsupport.Transcripts;

/** Version detection from the recorded {@code version_info} answers. */
class VersionProfileTest {

    private static ServerVersion recorded(String version) throws OdooException {
        return ServerVersion.parse(Transcripts.read(version, "010-version-info").at("/response/body/result"));
    }

    @ParameterizedTest
    @CsvSource({"v14, V14", "v15, V15"})
    void fourteenAndFifteenAreSupported(String version, VersionProfile expected) throws Exception {
        assertThat(VersionProfile.of(recorded(version))).isEqualTo(expected);
    }

    @Test
    void seventeenIsRecognisedButNotSupportedYet() {
        assertThatThrownBy(() -> VersionProfile.of(recorded("v17")))
                .isInstanceOfSatisfying(OdooException.class,
                        e -> assertThat(e.kind()).isEqualTo(OdooException.Kind.MISCONFIGURED))
                .hasMessageContaining("Odoo 17.0").hasMessageContaining("does not support yet");
    }

    @Test
    void olderVersionsAreNotSupported() {
        assertThatThrownBy(() -> VersionProfile.of(new ServerVersion(12, "12.0")))
                .hasMessageContaining("Odoo 12.0, which Till does not support.");
    }

    @Test
    void onlyFourteenMayHavePosLongpollingAndChannelsInPollItems() {
        assertThat(VersionProfile.V14.mayHavePosLongpolling()).isTrue();
        assertThat(VersionProfile.V14.pollItemHasChannel()).isTrue();
        assertThat(VersionProfile.V15.mayHavePosLongpolling()).isFalse();
        assertThat(VersionProfile.V15.pollItemHasChannel()).isFalse();
    }
}
