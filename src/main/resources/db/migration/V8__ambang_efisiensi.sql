-- Issue 14: an instansi's own threshold of budget efficiency (capaian − serapan, in percentage points); none: 5.

alter table aturan_skor add column ambang_efisiensi decimal(9,2);
alter table aturan_skor_aud add column ambang_efisiensi decimal(9,2);
