package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.rencana.DokumenRencana.CascadeData;
import id.kecamatan.kinerja.rencana.DokumenRencana.IndikatorData;
import id.kecamatan.kinerja.rencana.DokumenRencana.InstansiData;
import id.kecamatan.kinerja.rencana.DokumenRencana.JabatanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.KomponenData;
import id.kecamatan.kinerja.rencana.DokumenRencana.MisiData;
import id.kecamatan.kinerja.rencana.DokumenRencana.SasaranData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TargetData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TujuanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.UnitData;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A plan as a reader found it, before any rule is checked: the rows of each part in file order, each with the
 * {@link Letak} it was written at. A row that belongs to another (a tujuan to its misi, a fungsi to its jabatan, a
 * komponen, target or cascade to its indicator) names it as its {@code induk}, the way the Excel template does; the
 * YAML reader, whose rows are nested, names the row they are nested in. The rows are DokumenRencana's records with
 * their nested lists empty and null for a value that is missing or that the reader could not read.
 * {@link PemeriksaRencana} checks them and puts them together.
 */
final class RencanaMentah {

    /** The parts of a plan that rows refer to, or that a reader may have been unable to read whole. */
    enum Bagian {
        MISI,
        TUJUAN,
        SASARAN,
        UNIT,
        JABATAN,
        INDIKATOR,
        IKU,
        IKI,
        KOMPONEN
    }

    /** Where a row was written (a YAML mapping, a row of a sheet): its reader reports a broken rule there in its own form. */
    interface Letak {

        void laporkan(Pelanggaran pelanggaran);

        /**
         * False when the file has a value for {@code isian} here that the reader could not read and has reported
         * already: it is not missing, and the rules that need it wait until it can be read.
         */
        default boolean terbaca(String isian) {
            return true;
        }
    }

    record Elemen<T extends @Nullable Object>(T data, Letak letak) {}

    record Anak<K, T extends @Nullable Object>(@Nullable K induk, T data, Letak letak) {}

    /** Null when the reader could not read it (and has said why). */
    @Nullable
    Elemen<InstansiData> instansi;

    /** Null when the plan has none. */
    @Nullable
    Elemen<@Nullable String> visi;

    final List<Elemen<MisiData>> misi = new ArrayList<>();
    /** Each under the nomor of its misi. */
    final List<Anak<Integer, TujuanData>> tujuan = new ArrayList<>();

    final List<Elemen<SasaranData>> sasaran = new ArrayList<>();
    final List<Elemen<UnitData>> unitKerja = new ArrayList<>();
    final List<Elemen<JabatanData>> jabatan = new ArrayList<>();
    /** Each under the kode of its jabatan, in order. */
    final List<Anak<String, @Nullable String>> fungsi = new ArrayList<>();

    final List<Elemen<IndikatorData>> indikator = new ArrayList<>();
    /** Komponen, target and cascade, each under the kode of its indicator (the IKI of a cascade). */
    final List<Anak<String, KomponenData>> komponen = new ArrayList<>();

    final List<Anak<String, TargetData>> target = new ArrayList<>();
    final List<Anak<String, CascadeData>> cascade = new ArrayList<>();
    /** Parts the reader could not read whole (a sheet missing): what refers to them cannot be checked. */
    final Set<Bagian> tidakLengkap = EnumSet.noneOf(Bagian.class);
}
