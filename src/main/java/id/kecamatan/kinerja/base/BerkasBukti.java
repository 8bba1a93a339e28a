package id.kecamatan.kinerja.base;

/** An evidence file to download: its name, its type as checked at upload, and its content. */
public record BerkasBukti(String namaFile, String tipeKonten, byte[] isi) {}
