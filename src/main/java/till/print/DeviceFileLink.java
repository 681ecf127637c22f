package till.print;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.OptionalInt;

/**
 * A printer device file ({@code /dev/usb/lp0}, a serial port): written, never read, so the printer's status is not
 * known. It is opened without creating it: a missing file is an unplugged printer, not a file to make. Thread-safe.
 */
final class DeviceFileLink implements EscPosLink {

    private final PrinterDevice.DeviceFile device;

    DeviceFileLink(PrinterDevice.DeviceFile device) {
        this.device = device;
    }

    @Override
    public String device() {
        return device.text();
    }

    @Override
    public Session open() throws IOException {
        FileChannel channel = FileChannel.open(device.path(), StandardOpenOption.WRITE);
        return new Session() {
            @Override
            public void write(byte[] bytes) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }

            @Override
            public OptionalInt ask(byte[] request) {
                // Reading a printer device blocks where the driver has nothing to say; its status stays unknown.
                return OptionalInt.empty();
            }

            @Override
            public void close() {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // As for a socket: nothing left to do.
                }
            }
        };
    }
}
