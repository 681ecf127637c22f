package till.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the setup completes an address typed without a scheme (decision 0245). */
class ServerAddressTest {

    @Test
    void aNameOnTheInternetGetsHttps() {
        assertThat(ServerAddress.complete("shop.example:8069")).isEqualTo("https://shop.example:8069");
        assertThat(ServerAddress.complete(" odoo.example.com ")).isEqualTo("https://odoo.example.com");
    }

    @Test
    void thisMachineAndTheShopsOwnNetworkGetHttp() {
        assertThat(ServerAddress.complete("localhost:8069")).isEqualTo("http://localhost:8069");
        assertThat(ServerAddress.complete("127.0.0.1:8069")).isEqualTo("http://127.0.0.1:8069");
        assertThat(ServerAddress.complete("192.168.1.10:8069")).isEqualTo("http://192.168.1.10:8069");
        assertThat(ServerAddress.complete("10.0.0.5")).isEqualTo("http://10.0.0.5");
        assertThat(ServerAddress.complete("172.16.3.4:8069/")).isEqualTo("http://172.16.3.4:8069/");
        assertThat(ServerAddress.complete("odoo.local:8069")).isEqualTo("http://odoo.local:8069");
        assertThat(ServerAddress.complete("8.8.8.8")).isEqualTo("https://8.8.8.8");
    }

    @Test
    void anAddressWithASchemeOrThatCannotBeReadStaysAsTyped() {
        assertThat(ServerAddress.complete("http://shop.example")).isEqualTo("http://shop.example");
        assertThat(ServerAddress.complete("https://10.0.0.5")).isEqualTo("https://10.0.0.5");
        assertThat(ServerAddress.complete("odoo shop")).isEqualTo("odoo shop");
        assertThat(ServerAddress.complete("")).isEmpty();
    }
}
