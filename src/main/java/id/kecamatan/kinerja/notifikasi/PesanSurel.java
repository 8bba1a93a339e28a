package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.Triwulan;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of the e-mails, in Bahasa Indonesia whatever the recipient's screen language (as the official documents
 * are), from the message bundle's {@code surel.*} keys.
 */
@Component
class PesanSurel {

    static final Locale INDONESIA = Locale.forLanguageTag("id");

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);

    private final MessageSource pesan;

    PesanSurel(MessageSource pesan) {
        this.pesan = pesan;
    }

    /** Subject and body of one e-mail. */
    record Surel(String subjek, String isi) {}

    String teks(String kunci, Object... argumen) {
        return pesan.getMessage(kunci, argumen, INDONESIA);
    }

    static String tanggal(LocalDate tanggal) {
        return TANGGAL.format(tanggal);
    }

    /** "Triwulan I 2035", or "tahun 2035" for a Rencana Aksi (a whole year). */
    String periode(@Nullable Integer tahun, @Nullable Triwulan triwulan) {
        String t = tahun == null ? "" : String.valueOf(tahun);
        return triwulan == null ? teks("surel.periode.tahun", t) : teks("surel.periode.triwulan", triwulan.romawi(), t);
    }

    /** The e-mail of a transition or reminder recorded as {@code n}, to {@code nama}. */
    Surel untuk(Notifikasi n, String nama) {
        String periode = periode(n.getTahun(), n.getTriwulan());
        String oleh = n.getOleh() == null ? "" : n.getOleh();
        String kunci = switch (n.getJenis()) {
            case PENGINGAT_TENGGAT -> "pengingat";
            case REALISASI_DIKEMBALIKAN -> "dikembalikan";
            case REALISASI_DISETUJUI -> "disetujui";
            case RENCANA_DIKEMBALIKAN -> "rencana-dikembalikan";
            case RENCANA_DISETUJUI -> "rencana-disetujui";
            case REALISASI_DIAJUKAN, RENCANA_DIAJUKAN ->
                throw new IllegalArgumentException("pengajuan dikirim sebagai ringkasan");
        };
        String subjek;
        String isi;
        if (n.getJenis() == JenisNotifikasi.PENGINGAT_TENGGAT) {
            LocalDate tenggat = java.util.Objects.requireNonNull(n.getTenggat(), "pengingat tanpa tenggat");
            String tanggal = tanggal(tenggat);
            subjek = teks("surel.pengingat.subjek", periode, tanggal);
            isi = teks("surel.pengingat.isi", String.valueOf(n.getJumlah()), periode, tanggal);
        } else {
            subjek = teks("surel." + kunci + ".subjek", n.getJudul(), periode);
            isi = teks(
                    "surel." + kunci + ".isi",
                    n.getJudul(),
                    periode,
                    oleh,
                    n.getCatatan() == null ? "" : n.getCatatan());
        }
        return new Surel(subjek, bingkai(nama, isi));
    }

    /** The verifikator's digest of one day's submissions. */
    Surel ringkasan(String nama, LocalDate hari, List<Notifikasi> pengajuan) {
        StringBuilder daftar = new StringBuilder();
        for (Notifikasi n : pengajuan) {
            String jenis = teks(
                    n.getJenis() == JenisNotifikasi.RENCANA_DIAJUKAN ? "surel.jenis.rencana" : "surel.jenis.realisasi");
            daftar.append(teks(
                            "surel.ringkasan.baris",
                            jenis,
                            n.getJudul(),
                            periode(n.getTahun(), n.getTriwulan()),
                            n.getOleh() == null ? "" : n.getOleh()))
                    .append('\n');
        }
        String tanggal = tanggal(hari);
        return new Surel(
                teks("surel.ringkasan.subjek", tanggal, String.valueOf(pengajuan.size())),
                bingkai(
                        nama,
                        teks("surel.ringkasan.isi", tanggal, daftar.toString().stripTrailing())));
    }

    Surel uji() {
        return new Surel(teks("surel.uji.subjek"), teks("surel.uji.isi"));
    }

    private String bingkai(String nama, String isi) {
        return teks("surel.salam", nama) + "\n\n" + isi + "\n\n--\n" + teks("surel.penutup") + "\n";
    }
}
