package till.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import till.odoo.PosContext;
import till.odoo.VersionProfile;

/** PING/PONG and its timeouts come from the pos.config fields where pos_longpolling is installed. */
class BusSettingsTest {

    @Test
    void fourteenWithTheModuleFieldsPingsWithTheConfiguredTimeouts() {
        BusSettings s = BusSettings.of(new PosContext(VersionProfile.V14, "shop", 3, 2, 1, 2, null,
                Optional.of(Duration.ofSeconds(90)), Optional.of(Duration.ofSeconds(5))));

        assertThat(s.pingPong()).isTrue();
        assertThat(s.silence()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.pongTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.pollTimeout()).isGreaterThan(Duration.ofSeconds(50));
    }

    @Test
    void withoutTheFieldsACompletedPollIsTheProofOfLifeWithTheDefaults() {
        BusSettings s = BusSettings.of(new PosContext(VersionProfile.V15, "shop", 3, 2, 1, 2, null,
                Optional.empty(), Optional.empty()));

        assertThat(s.pingPong()).isFalse();
        assertThat(s.silence()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.pongTimeout()).isEqualTo(Duration.ofSeconds(10));
    }
}
