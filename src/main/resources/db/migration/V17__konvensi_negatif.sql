-- Issue 17 item 3: how an instansi measures its NEGATIF indicators. CERMIN (2T - R) / T x 100 is what every installed
-- office has computed so far, so it is the default; KEBALIKAN T / R x 100 is chosen in Pengaturan Capaian.

alter table instansi add column konvensi_negatif enum ('CERMIN','KEBALIKAN') not null default 'CERMIN';
alter table instansi_aud add column konvensi_negatif enum ('CERMIN','KEBALIKAN');
