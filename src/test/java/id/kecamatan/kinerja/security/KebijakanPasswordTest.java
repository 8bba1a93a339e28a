package id.kecamatan.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules (ASVS 5 V6.2) and the encoder that lets bcrypt take passwords longer than 72 bytes. */
class KebijakanPasswordTest {

    @Test
    void tooShortIsRefused() {
        assertThatThrownBy(() -> KebijakanPassword.periksa("kurang7")).hasMessage("password.terlalu-pendek");
        assertThatThrownBy(() -> KebijakanPassword.periksa(null)).hasMessage("password.terlalu-pendek");
        assertThatCode(() -> KebijakanPassword.periksa("jalan-ke")).doesNotThrowAnyException();
    }

    @Test
    void longPassphrasesUpTo128CharactersAreAccepted() {
        assertThatCode(() -> KebijakanPassword.periksa(
                        "kopi tubruk di pelabuhan tanjung balai karimun setiap senin pagi " + "sebelum apel"))
                .doesNotThrowAnyException();
        assertThatCode(() -> KebijakanPassword.periksa("x".repeat(64))).doesNotThrowAnyException();
        assertThatCode(() -> KebijakanPassword.periksa("y".repeat(128))).doesNotThrowAnyException();
        // counted in characters, not bytes: 128 Javanese/emoji-free but multi-byte letters
        assertThatCode(() -> KebijakanPassword.periksa("é".repeat(128))).doesNotThrowAnyException();
        assertThatThrownBy(() -> KebijakanPassword.periksa("z".repeat(129))).hasMessage("password.terlalu-panjang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "iloveyou", "sunshine", "PassWord", "bismillah", "indonesia"})
    void commonPasswordsAreRefusedWhateverTheirCase(String umum) {
        assertThatThrownBy(() -> KebijakanPassword.periksa(umum))
                .isInstanceOf(AkunService.PasswordDitolak.class)
                .hasMessage("password.umum");
    }

    @Test
    void noCompositionRules() {
        assertThatCode(() -> KebijakanPassword.periksa("hanyahurufkecilsaja")).doesNotThrowAnyException();
        assertThatCode(() -> KebijakanPassword.periksa("9081726354")).doesNotThrowAnyException();
    }

    @Test
    void theShippedListIsTheWholeZxcvbnList() {
        int jumlah = KebijakanPassword.jumlahPasswordUmum();
        System.out.println("Daftar password umum: " + jumlah + " entri");
        // 49,233 entries, a few of which differ only in case and are counted once
        assertThat(jumlah).isBetween(49_000, 49_233);
    }

    @Test
    void generatedPasswordsPassTheRules() {
        String password = KebijakanPassword.bangkitkan();
        assertThat(password).hasSize(20).isNotEqualTo(KebijakanPassword.bangkitkan());
        assertThatCode(() -> KebijakanPassword.periksa(password)).doesNotThrowAnyException();
    }

    @Test
    void passwordsLongerThanBcryptsLimitAreCheckedInFull() {
        EncoderPassword encoder = new EncoderPassword(4);
        String awal = "a".repeat(EncoderPassword.BATAS_BCRYPT);
        String hash = encoder.encode(awal + "akhir-yang-pertama");

        assertThat(encoder.matches(awal + "akhir-yang-pertama", hash)).isTrue();
        // plain bcrypt would ignore everything after byte 72 and accept this
        assertThat(encoder.matches(awal + "akhir-yang-kedua", hash)).isFalse();
        String panjang = "é".repeat(128);
        assertThat(encoder.matches(panjang, encoder.encode(panjang))).isTrue();
    }

    @Test
    void passwordsWithinBcryptsLimitHashAsBefore() {
        String hashLama =
                new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("meral-demo-2026");
        assertThat(new EncoderPassword(4).matches("meral-demo-2026", hashLama)).isTrue();
    }
}
