package id.kecamatan.kinerja.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, given to the classes under test in place of the portal's clock. */
final class JamUji extends Clock {

    private Instant sekarang;

    JamUji(Instant mulai) {
        this.sekarang = mulai;
    }

    void maju(Duration lama) {
        sekarang = sekarang.plus(lama);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
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
