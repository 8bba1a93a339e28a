package id.kecamatan.kinerja.base.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/** One Envers revision: when a change was made and by whom. */
@Entity
@Table(name = "revisi")
@RevisionEntity(PencatatRevisi.class)
public class Revisi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private @Nullable Long id;

    @RevisionTimestamp
    private long waktu;

    @Column(length = 60)
    private @Nullable String pengguna;

    public @Nullable Long getId() {
        return id;
    }

    public long getWaktu() {
        return waktu;
    }

    public @Nullable String getPengguna() {
        return pengguna;
    }

    void setPengguna(@Nullable String pengguna) {
        this.pengguna = pengguna;
    }
}
