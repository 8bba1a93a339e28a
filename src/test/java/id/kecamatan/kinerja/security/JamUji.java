package id.kecamatan.kinerja.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand, given to the classes under test in place of the portal's clock. */
final class JamUji extends Clock {

    static final ZoneId ZONA = ZoneId.of("Asia/Jakarta");

    private Instant sekarang;

    JamUji(Instant mulai) {
        this.sekarang = mulai;
    }

    void maju(Duration lama) {
        sekarang = sekarang.plus(lama);
    }

    /**
     * The office's zone, as the portal's own clock (kinerja.zona-waktu, default Asia/Jakarta): a date it gives is the
     * date the services wrote (a penugasan starts "today" in that zone). In UTC, between 17:00 and midnight, the
     * account made today would hold no jabatan yet.
     */
    @Override
    public ZoneId getZone() {
        return ZONA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return sekarang;
    }
}
