package till.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Device strings, parsed in one place. */
class PrinterDeviceTest {

    @Test
    void eachKindOfDeviceStringParses() {
        assertThat(PrinterDevice.parse("tcp://192.168.1.50")).isEqualTo(new PrinterDevice.Tcp("192.168.1.50", 9100));
        assertThat(PrinterDevice.parse(" tcp://printer.local:9101 ")).isEqualTo(
                new PrinterDevice.Tcp("printer.local", 9101));
        assertThat(PrinterDevice.parse("tcp://[fe80::1]:9100")).isEqualTo(new PrinterDevice.Tcp("fe80::1", 9100));
        assertThat(PrinterDevice.parse("file:/dev/usb/lp0")).isEqualTo(
                new PrinterDevice.DeviceFile(Path.of("/dev/usb/lp0")));
        assertThat(PrinterDevice.parse("queue:TM-T20")).isEqualTo(new PrinterDevice.Queue("TM-T20", false));
        assertThat(PrinterDevice.parse("queue:Office_Laser?page")).isEqualTo(
                new PrinterDevice.Queue("Office_Laser", true));
        assertThat(PrinterDevice.parse("folder:/tmp/receipts")).isEqualTo(
                new PrinterDevice.Folder(Path.of("/tmp/receipts")));
    }

    @Test
    void theCanonicalTextParsesBackToTheSameDevice() {
        for (String text : new String[] {"tcp://10.0.0.5:9100", "tcp://[::1]:9100", "file:/dev/ttyS0",
            "queue:Kitchen", "queue:Laser?page", "folder:receipts"}) {
            assertThat(PrinterDevice.parse(PrinterDevice.parse(text).text())).isEqualTo(PrinterDevice.parse(text));
        }
    }

    @Test
    void somethingElseIsRefusedSayingWhatADeviceLooksLike() {
        for (String bad : new String[] {"", "192.168.1.50", "tcp://", "tcp://host/path", "queue:", "queue:?page",
            "usb:lp0"}) {
            assertThatThrownBy(() -> PrinterDevice.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tcp://HOST[:PORT]");
        }
    }
}
