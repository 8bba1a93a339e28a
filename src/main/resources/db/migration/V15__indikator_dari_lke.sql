-- Issue 16 item 5: the IKU whose realisasi is proposed from the Evaluasi AKIP's total ("diisi dari Evaluasi AKIP").
-- At most one per instansi: the rule is checked in indikator.AturanDariLke; this key stops two saves at once.

alter table indikator add column dari_lke bit not null default 0;
alter table indikator_aud add column dari_lke bit;

-- MariaDB has no partial unique index: a generated column holding the instansi only for a marked indicator
-- (NULL otherwise, and NULLs never collide) carries the key.
alter table indikator add column dari_lke_instansi_id bigint as (if(dari_lke, instansi_id, null)) virtual;
alter table indikator add constraint uk_indikator_dari_lke unique (dari_lke_instansi_id);
