BEGIN;
INSERT INTO unit (id, parent_id, code, name, kind) VALUES
  (1, NULL, 'PROV', 'Pemerintah Provinsi Contoh', 'instansi'),
  (2, 1, 'BKD', 'Badan Kepegawaian Daerah', 'perangkat_daerah'),
  (3, 1, 'DINKES', 'Dinas Kesehatan', 'perangkat_daerah'),
  (4, 2, 'BKD-MUT', 'Bidang Mutasi', 'bidang'),
  (5, 3, 'DINKES-YAN', 'Bidang Pelayanan', 'bidang');
COMMIT;
