package till.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code till doctor --odoo-conf}: Odoo's limit_time_real next to the till's settle time, and what to set. */
class RequestTimeLimitTest {

    @TempDir
    Path dir;

    private Check check(String conf, Duration settle) throws Exception {
        Path file = Files.writeString(dir.resolve("odoo.conf"), "[options]\n" + conf);
        return RequestTimeLimit.fromOdooConf(file, settle).check();
    }

    @Test
    void aLimitLongerThanTheSettleTimeFailsAndSaysWhatToSet() throws Exception {
        Check check = check("workers = 4\nlimit_time_real = 300\n", Duration.ofSeconds(120));

        assertThat(check.ok()).isFalse();
        assertThat(check.detail()).contains("limit_time_real = 300 s").contains("orders.settle.seconds = 120 s");
        assertThat(check.advice()).isEqualTo("Set orders.settle.seconds=300 in till.properties.");
    }

    @Test
    void odoosDefaultLimitFitsTheDefaultSettleTime() throws Exception {
        Check check = check("workers = 2\n", Duration.ofSeconds(120));

        assertThat(check.ok()).isTrue();
        assertThat(check.detail()).contains("limit_time_real = 120 s");
    }

    @Test
    void aThreadedServerHasNoLimitAndTheCheckSaysWhatMakesItAirtight() throws Exception {
        Check check = check("limit_time_real = 60\n", Duration.ofSeconds(120));

        assertThat(check.ok()).isTrue();
        assertThat(check.detail()).contains("workers 0");
        assertThat(check.advice()).contains("unique index on pos_order.pos_reference");
    }
}
