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
    @CsvSource({"v14, V14", "v15, V15", "v17, V17", "v18, V18", "v19, V19"})
    void fourteenFifteenSeventeenEighteenAndNineteenAreSupported(String version, VersionProfile expected)
            throws Exception {
        assertThat(VersionProfile.of(recorded(version))).isEqualTo(expected);
    }

    @Test
    void sixteenIsRefusedBecauseItsOrdersAreNotSeventeens() {
        assertThatThrownBy(() -> VersionProfile.of(new ServerVersion(16, "16.0")))
                .isInstanceOfSatisfying(OdooException.class,
                        e -> assertThat(e.kind()).isEqualTo(OdooException.Kind.MISCONFIGURED))
                .hasMessageContaining("Odoo 16.0").hasMessageContaining("creation_date")
                .hasMessageContaining("Till works with Odoo 14, 15, 17, 18 and 19.");
    }

    @Test
    void nineteenHasItsOwnPartsOnTheWireOfEighteen() {
        assertThat(VersionProfile.V19.pushOverWebsocket()).isTrue();
        assertThat(VersionProfile.V19.createFromUiTakesDraft()).isFalse();
        assertThat(VersionProfile.V19.lookup()).isSameAs(VersionProfile.V18.lookup());
        assertThat(VersionProfile.V19.orders()).isNotSameAs(VersionProfile.V18.orders());
        assertThat(VersionProfile.V19.catalog()).isNotSameAs(VersionProfile.V18.catalog());
        assertThat(VersionProfile.V19.closedSessionFate()).contains("Odoo 19").contains("open session");
    }

    @ParameterizedTest
    @CsvSource({"12, 12.0", "13, 13.0", "20, saas~20.1"})
    void otherVersionsAreRefusedNamingTheVersionFoundAndTheSupportedOnes(int major, String text) {
        assertThatThrownBy(() -> VersionProfile.of(new ServerVersion(major, text)))
                .hasMessageContaining("Odoo " + text + ", which Till does not support.")
                .hasMessageContaining("Till works with Odoo 14, 15, 17, 18 and 19.");
    }

    @Test
    void onlyFourteenMayHavePosLongpollingAndChannelsInPollItems() {
        assertThat(VersionProfile.V14.mayHavePosLongpolling()).isTrue();
        assertThat(VersionProfile.V14.pollItemHasChannel()).isTrue();
        assertThat(VersionProfile.V15.mayHavePosLongpolling()).isFalse();
        assertThat(VersionProfile.V15.pollItemHasChannel()).isFalse();
    }

    @Test
    void seventeenAndEighteenPushOverTheWebsocketFourteenAndFifteenByLongPolling() {
        assertThat(VersionProfile.V14.pushOverWebsocket()).isFalse();
        assertThat(VersionProfile.V15.pushOverWebsocket()).isFalse();
        assertThat(VersionProfile.V17.pushOverWebsocket()).isTrue();
        assertThat(VersionProfile.V18.pushOverWebsocket()).isTrue();
        assertThat(VersionProfile.V17.mayHavePosLongpolling()).isFalse();
    }

    @Test
    void eachFamilyFindsOrdersByTheIdentityItDeduplicatesOn() {
        assertThat(VersionProfile.V14.lookup()).isSameAs(VersionProfile.V17.lookup());
        assertThat(VersionProfile.V18.lookup()).isNotSameAs(VersionProfile.V17.lookup());
        assertThat(VersionProfile.V18.closedSessionFate()).contains("open session");
        assertThat(VersionProfile.V17.closedSessionFate()).contains("rescue session");
    }
}
