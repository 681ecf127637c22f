package till.push;

import static org.assertj.core.api.Assertions.assertThat;
import static till.push.ConnectionState.GREEN;
import static till.push.ConnectionState.ORANGE;
import static till.push.ConnectionState.RED;
import static till.push.ConnectionState.ROTATING;
import static till.push.ConnectionState.STOPPED;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.Profile;
import till.push.BusCause.Kind;

/**
 * The push connection with its websocket transport against the demo server's 17 and 18 websocket over real loopback
 * sockets and OkHttp's real client: the icon's looks, the words, and every notification handled once.
 */
class WebsocketTransportTest {

    private WebsocketRig rig;

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18"})
    void itRotatesWhileConnectingAndTurnsGreenOnceSubscribed(Profile profile) throws Exception {
        rig = WebsocketRig.start(profile);
        rig.connect();

        ConnectionStatus green = rig.states.await(GREEN);

        assertThat(rig.states.states()).containsExactly(STOPPED, ROTATING, GREEN);
        assertThat(green.cause().kind()).isEqualTo(Kind.SUBSCRIBED);
        rig.awaitSockets(1);
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18"})
    void aPublishedNotificationReachesItsHandlerOnce(Profile profile) throws Exception {
        rig = WebsocketRig.start(profile);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);

        long first = rig.publish(1);
        rig.awaitHandled(first);
        long second = rig.publish(2);
        rig.awaitHandled(second);

        assertThat(rig.handled).containsExactly(first, second);
        assertThat(rig.cursor.any()).isEqualTo(second);
    }
}
