package id.kecamatan.kinerja.base;

import java.util.Arrays;

/**
 * A request a service refuses because it breaks a rule of the domain (wrong status, bad value, missing note).
 * The message is a key of the message bundle, so the screen shows it in the user's language.
 */
public class AturanDilanggar extends RuntimeException {

    private final String kunciPesan;
    private final transient Object[] argumen;

    public AturanDilanggar(String kunciPesan, Object... argumen) {
        super(kunciPesan + (argumen.length == 0 ? "" : " " + Arrays.toString(argumen)));
        this.kunciPesan = kunciPesan;
        this.argumen = argumen;
    }

    public String getKunciPesan() {
        return kunciPesan;
    }

    public Object[] getArgumen() {
        return argumen.clone();
    }
}
