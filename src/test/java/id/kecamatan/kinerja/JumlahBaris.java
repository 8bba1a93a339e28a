package id.kecamatan.kinerja;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of every table of the portal's schema, to show that an operation wrote nothing. */
public final class JumlahBaris {

    private JumlahBaris() {}

    public static Map<String, Long> semuaTabel(JdbcTemplate jdbc) {
        Map<String, Long> jumlah = new TreeMap<>();
        for (String tabel : jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'
                """, String.class)) {
            jumlah.put(tabel, jdbc.queryForObject("select count(*) from `" + tabel + "`", Long.class));
        }
        return jumlah;
    }
}
