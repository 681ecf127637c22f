package till.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which servers push over the websocket, and the upgrade's address and Origin. */
class WebsocketEndpointTest {

    @ParameterizedTest(name = "Odoo {0}: websocket {1}")
    @CsvSource({"14, false", "15, false", "16, true", "17, true", "18, true", "19, true"})
    void sixteenAndLaterPushOverTheWebsocketOlderServersLongPoll(int major, boolean websocket) {
        assertThat(WebsocketEndpoint.serves(major)).isEqualTo(websocket);
    }

    @Test
    void theUpgradeGoesToThePushAddressWithTheVersionAndTheOriginIsTheServer() {
        WebsocketEndpoint endpoint = new WebsocketEndpoint(URI.create("https://shop.example.com/odoo"),
                URI.create("https://shop.example.com:8072/"), "19.0-2", List.of("114990f80bbc4094"));

        assertThat(endpoint.url().toString()).isEqualTo("https://shop.example.com:8072/websocket?version=19.0-2");
        assertThat(endpoint.origin()).isEqualTo("https://shop.example.com");
        assertThat(endpoint.pushServer()).isEqualTo("https://shop.example.com:8072");
    }

    @Test
    void sixteenTakesNoVersionParameter() {
        WebsocketEndpoint endpoint = new WebsocketEndpoint(URI.create("http://10.0.0.5:8069"),
                URI.create("http://10.0.0.5:8069"), "", List.of("pos_session-3-abc"));

        assertThat(endpoint.url().toString()).isEqualTo("http://10.0.0.5:8069/websocket");
        assertThat(endpoint.origin()).isEqualTo("http://10.0.0.5:8069");
    }

    @Test
    void aWebsocketWithoutAChannelIsRefused() {
        assertThatThrownBy(() -> new WebsocketEndpoint(URI.create("http://h"), URI.create("http://h"), "17.0-1",
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
