package till.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    private static final Locale MACHINE = Locale.GERMANY;

    @Test
    void onAConfiguredServerTheOdooUsersLanguageWins() {
        assertThat(LanguageChoice.choose(false, Optional.empty(), "fr_BE", false, MACHINE))
                .isEqualTo(Locale.forLanguageTag("fr-BE"));
    }

    @Test
    void theTillsSettingWinsOverTheUsersLanguage() {
        assertThat(LanguageChoice.choose(false, Optional.of("nl_BE"), "fr_BE", false, MACHINE))
                .isEqualTo(Locale.forLanguageTag("nl-BE"));
        assertThat(LanguageChoice.choose(false, Optional.of("es"), "", true, MACHINE)).isEqualTo(new Locale("es"));
    }

    @Test
    void inDemoModeTheMachinesLocaleIsUsedWhateverTheDemoUserSpeaks() {
        assertThat(LanguageChoice.choose(false, Optional.empty(), "en_US", true, MACHINE)).isEqualTo(MACHINE);
    }

    @Test
    void beforeTheFirstLoginToldTheUsersLanguageTheMachinesLocaleIsUsed() {
        assertThat(LanguageChoice.choose(false, Optional.empty(), "", false, MACHINE)).isEqualTo(MACHINE);
    }

    @Test
    void thePseudoLocaleWinsOverEverythingAndIsAlsoASettingValue() {
        assertThat(LanguageChoice.choose(true, Optional.of("fr"), "de_DE", false, MACHINE))
                .isEqualTo(PseudoLocale.LOCALE);
        assertThat(LanguageChoice.choose(false, Optional.of("en-XA"), "de_DE", false, MACHINE))
                .isEqualTo(PseudoLocale.LOCALE);
        assertThat(LanguageChoice.choose(false, Optional.of("en_XA"), "", true, MACHINE))
                .isEqualTo(PseudoLocale.LOCALE);
    }

    @Test
    void aMalformedSettingOrUserLanguageIsPassedOver() {
        assertThat(LanguageChoice.choose(false, Optional.of("  "), "fr_FR", false, MACHINE))
                .isEqualTo(Locale.FRANCE);
        assertThat(LanguageChoice.choose(false, Optional.of("fran\u00e7ais!"), "sr@latin", false, MACHINE))
                .isEqualTo(MACHINE);
    }
}
