package id.kecamatan.kinerja.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows why the embedded database did not start as a short message, not as a stack trace. */
class EmbeddedDbFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDbTidakDapatDimulai> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDbTidakDapatDimulai cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Periksa folder data dan port di kinerja.embedded-db.data-dir / kinerja.embedded-db.port.",
                cause);
    }
}
