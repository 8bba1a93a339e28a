package id.kecamatan.kinerja.publik;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Computed answers kept for a while, at most {@code maks} of them (the least recently used goes first). Two requests
 * that miss at the same moment may both compute: the answer is the same, and nobody waits on a lock while the other
 * computes.
 */
final class SimpanSementara<K, V> {

    private record Entri<V>(V nilai, Instant sampai) {}

    private final Duration lama;
    private final Clock clock;
    private final Map<K, Entri<V>> isi;

    SimpanSementara(Duration lama, int maks, Clock clock) {
        this.lama = lama;
        this.clock = clock;
        this.isi = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entri<V>> tertua) {
                return size() > maks;
            }
        };
    }

    V ambil(K kunci, Supplier<V> hitung) {
        Instant sekarang = clock.instant();
        synchronized (isi) {
            Entri<V> ada = isi.get(kunci);
            if (ada != null && sekarang.isBefore(ada.sampai())) {
                return ada.nilai();
            }
        }
        V nilai = hitung.get();
        synchronized (isi) {
            isi.put(kunci, new Entri<>(nilai, sekarang.plus(lama)));
        }
        return nilai;
    }
}
