-- Rows for a schema 3 file (commit 0be555f has no demo): a small unit tree, positions,
-- employees with every history table.
BEGIN;
INSERT INTO unit (id, parent_id, code, name, kind) VALUES
  (1, NULL, 'PROV', 'Pemerintah Provinsi Contoh', 'instansi'),
  (2, 1, 'BKD', 'Badan Kepegawaian Daerah', 'perangkat_daerah'),
  (3, 1, 'DINKES', 'Dinas Kesehatan', 'perangkat_daerah'),
  (4, 2, 'BKD-MUT', 'Bidang Mutasi', 'bidang'),
  (5, 3, 'DINKES-YAN', 'Bidang Pelayanan', 'bidang');
INSERT INTO position (id, unit_id, name, kind, level, kelas_jabatan, is_head) VALUES
  (1, 2, 'Kepala Badan', 'jpt_pratama', NULL, 14, 1),
  (2, 4, 'Kepala Bidang Mutasi', 'administrator', NULL, 11, 1),
  (3, 4, 'Analis Kepegawaian', 'fungsional_keahlian', 'ahli_muda', 9, 0),
  (4, 5, 'Perawat', 'fungsional_keterampilan', 'terampil', 7, 0),
  (5, 5, 'Pengadministrasi Umum', 'pelaksana', NULL, 5, 0);
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO employee (id, nip, name, title_back, birth_place, birth_date, gender, religion,
                      marital_status, kind, tmt_cpns, tmt_pns)
SELECT i, printf('19%02d%02d%02d20%02d%02d%d%03d', 60 + i % 35, 1 + i % 12, 1 + i % 28, 5 + i % 15,
                 1 + i % 12, 1 + i % 2, i),
       'Pegawai ' || i || (CASE WHEN i % 7 = 0 THEN ' ''Quote''' ELSE '' END),
       CASE WHEN i % 3 = 0 THEN 'S.Kom.' END, 'Kota ' || (i % 9),
       printf('19%02d-%02d-%02d', 60 + i % 35, 1 + i % 12, 1 + i % 28),
       CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END, 'islam', 'kawin', 'pns',
       printf('20%02d-%02d-01', 5 + i % 15, 1 + i % 12), printf('20%02d-%02d-01', 6 + i % 15, 1 + i % 12)
FROM n;
INSERT INTO rank_history (employee_id, golongan, promotion_kind, tmt, sk_number)
SELECT id, 31 + id % 4, 'reguler', printf('20%02d-04-01', 10 + id % 10), 'SK-' || id FROM employee;
INSERT INTO position_history (employee_id, position_id, tmt) SELECT id, 2 + id % 4, '2020-01-01' FROM employee;
INSERT INTO education_history (employee_id, level, institution, graduation_year)
SELECT id, 's1', 'Universitas ' || (id % 5), 2000 + id % 20 FROM employee;
INSERT INTO discipline_history (employee_id, level, sanction, regulation, tmt)
SELECT id, 'ringan', 'Teguran lisan', 'PP 94/2021', '2022-03-01' FROM employee WHERE id % 20 = 0;
INSERT INTO award_history (employee_id, kind, year) SELECT id, 'satyalancana_x', 2015 FROM employee WHERE id % 10 = 0;
COMMIT;
