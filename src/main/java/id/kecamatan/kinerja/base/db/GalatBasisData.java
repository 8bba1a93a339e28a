package id.kecamatan.kinerja.base.db;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached" (server stopped, network gone, pool exhausted),
 * as opposed to a bug or a refused input, so the UI can say so plainly instead of showing an internal error.
 */
public final class GalatBasisData {

    private GalatBasisData() {}

    public static boolean tidakTerhubung(Throwable galat) {
        for (Throwable t = galat; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
