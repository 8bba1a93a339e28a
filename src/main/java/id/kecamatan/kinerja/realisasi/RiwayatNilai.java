package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.audit.Revisi;
import id.kecamatan.kinerja.realisasi.RealisasiService.EntriRiwayat;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads from the Envers history how the komponen values of a realisasi changed, revision by revision. */
@Component
class RiwayatNilai {

    private final EntityManager entityManager;

    RiwayatNilai(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One entry per revision that changed any value: the values (by komponen name) before and after it. The values a
     * sample row was generated with are no change: the sample's own history (RiwayatStatus, dated before the moment
     * it was generated) tells how it came about, and an entry at that moment, by "sistem", would follow it.
     */
    List<EntriRiwayat> perubahan(Long realisasiId) {
        AuditReader audit = AuditReaderFactory.get(entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> baris = audit.createQuery()
                .forRevisionsOfEntity(NilaiKomponen.class, false, true)
                .add(AuditEntity.relatedId("realisasi").eq(realisasiId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Number> revisiContoh = audit.createQuery()
                .forRevisionsOfEntity(Realisasi.class, false, true)
                .addProjection(AuditEntity.revisionNumber())
                .add(AuditEntity.id().eq(realisasiId))
                .add(AuditEntity.revisionType().eq(RevisionType.ADD))
                .add(AuditEntity.property("dataContoh").eq(true))
                .getResultList();
        List<EntriRiwayat> entri = new ArrayList<>();
        Map<String, BigDecimal> keadaan = new LinkedHashMap<>();
        Revisi revisiBerjalan = null;
        Map<String, BigDecimal> sebelum = new LinkedHashMap<>();
        for (Object[] b : baris) {
            NilaiKomponen nilai = (NilaiKomponen) b[0];
            Revisi revisi = (Revisi) b[1];
            if (revisiBerjalan == null || !Objects.equals(revisiBerjalan.getId(), revisi.getId())) {
                tutup(entri, revisiBerjalan, sebelum, keadaan, revisiContoh);
                revisiBerjalan = revisi;
                sebelum = new LinkedHashMap<>(keadaan);
            }
            String nama = nilai.getKomponen().getNama();
            if (b[2] == RevisionType.DEL) {
                keadaan.remove(nama);
            } else {
                keadaan.put(nama, nilai.getNilai());
            }
        }
        tutup(entri, revisiBerjalan, sebelum, keadaan, revisiContoh);
        return entri;
    }

    private static void tutup(
            List<EntriRiwayat> entri,
            @Nullable Revisi revisi,
            Map<String, BigDecimal> sebelum,
            Map<String, BigDecimal> sesudah,
            List<Number> revisiContoh) {
        if (revisi != null && !revisiContoh.contains(revisi.getId()) && !sebelum.equals(sesudah)) {
            entri.add(new EntriRiwayat(
                    Instant.ofEpochMilli(revisi.getWaktu()),
                    revisi.getPengguna(),
                    null,
                    null,
                    null,
                    sebelum,
                    new LinkedHashMap<>(sesudah)));
        }
    }
}
