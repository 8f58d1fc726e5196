/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-demo"

#include "config.h"

#include "kr-demo-private.h"

/* The organisation: units, their positions and the slots that staff are drawn from. */

static const char *const places[] = {
  "Sukamaju",     "Mekar Jaya",  "Sumber Rejeki", "Karang Sari", "Suka Damai",
  "Tanjung Sari", "Muara Baru",  "Bukit Indah",   "Lubuk Sari",  "Talang Jaya",
  "Kampung Baru", "Pasar Lama",  "Sungai Raya",   "Teluk Sari",  "Padang Jaya",
  "Air Putih",    "Sido Makmur", "Harapan Jaya",  "Sinar Baru",  "Rawa Sari",
};

static const char *const social_upt_names[] = {
  "UPT Pelayanan Sosial Lanjut Usia",
  "UPT Rehabilitasi Sosial Anak",
  "UPT Rehabilitasi Sosial Penyandang Disabilitas",
};

static gint64
add_unit (Demo *demo,
          gint64 parent_id,
          const char *code,
          const char *name,
          KrUnitKind kind,
          GError **error)
{
  gint64 id = kr_unit_repository_add (demo->units, parent_id, code, name, kind, error);

  if (id != 0)
    demo->summary.n_units++;
  return id;
}

static gint64
add_position (Demo *demo,
              gint64 unit_id,
              const char *name,
              KrPositionKind kind,
              KrPositionLevel level,
              guint kelas,
              gboolean is_head,
              GError **error)
{
  KrPositionRecord position = {
    .unit_id = unit_id,
    .name = (char *) name,
    .kind = kind,
    .level = level,
    .kelas_jabatan = kelas,
    .is_head = is_head,
  };
  gint64 id = kr_unit_repository_add_position (demo->units, &position, error);

  if (id != 0)
    demo->summary.n_positions++;
  return id;
}

/* Adds one slot for @family to the unit whose slots start at @first, or adds @weight to the
 * unit's slot of that family. */
static void
add_slot (Demo *demo, guint first, gint64 unit_id, guint family, Sector sector, double weight)
{
  Slot slot = { .unit_id = unit_id, .weight = weight, .family = family, .sector = sector };

  for (guint i = first; i < demo->slots->len; i++)
    {
      Slot *existing = &g_array_index (demo->slots, Slot, i);

      if (existing->family == family)
        {
          existing->weight += weight;
          return;
        }
    }
  g_array_append_val (demo->slots, slot);
}

/* Gives a unit its staff: the families of @profile_id, plus those of @domain when the profile
 * takes some, sharing @unit_weight of @sector. Returns the index of the unit's first slot. */
static guint
add_slots (Demo *demo,
           gint64 unit_id,
           ProfileId profile_id,
           Domain domain,
           Sector sector,
           double unit_weight)
{
  const Profile *profile = &_kr_demo_profiles[profile_id];
  const DomainInfo *info = &_kr_demo_domains[domain];
  guint first = demo->slots->len;
  double total = profile->domain_weight;

  for (const FamilyShare *share = profile->shares; share->weight != 0; share++)
    total += share->weight;
  for (const FamilyShare *share = profile->shares; share->weight != 0; share++)
    add_slot (demo, first, unit_id, share->family, sector, unit_weight * share->weight / total);
  for (guint i = 0; profile->domain_weight != 0 && i < info->n_families; i++)
    add_slot (demo, first, unit_id, info->families[i], sector,
              unit_weight * profile->domain_weight / info->n_families / total);
  demo->sector_weights[sector] += unit_weight;
  return first;
}

/* The field a head of the unit @name in @domain comes from: secretariats and finance units
 * take administrators and accountants whatever the domain. */
static Field
head_field (const char *name, Domain domain)
{
  if (strstr (name, "Keuangan") != NULL)
    return FIELD_FINANCE;
  if (g_str_has_prefix (name, "Sekretariat") || g_str_has_prefix (name, "Bagian") ||
      g_str_has_prefix (name, "Subbagian") || g_str_has_prefix (name, "Biro"))
    return FIELD_ADMIN;
  return _kr_demo_domains[domain].field;
}

static EduProfile
head_edu (KrPositionKind kind)
{
  switch (kind)
    {
    case KR_POSITION_KIND_JPT_UTAMA:
    case KR_POSITION_KIND_JPT_MADYA:
    case KR_POSITION_KIND_JPT_PRATAMA:
      return EDU_JPT;
    case KR_POSITION_KIND_ADMINISTRATOR:
      return EDU_ADMINISTRATOR;
    case KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN:
      return EDU_KEPALA_SEKOLAH;
    default:
      return EDU_PENGAWAS;
    }
}

static guint
head_kelas (KrPositionKind kind)
{
  switch (kind)
    {
    case KR_POSITION_KIND_JPT_UTAMA:
      return 17;
    case KR_POSITION_KIND_JPT_MADYA:
      return 15;
    case KR_POSITION_KIND_JPT_PRATAMA:
      return 14;
    case KR_POSITION_KIND_ADMINISTRATOR:
      return 12;
    case KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN:
      return _kr_demo_level_kelas[KR_POSITION_LEVEL_AHLI_MADYA];
    default:
      return 9;
    }
}

/* Adds the head position of a unit whose first slot is @background. A school is led by a
 * Guru Ahli Madya given the extra task; other units by a structural official. */
static gboolean
add_head (Demo *demo,
          gint64 unit_id,
          const char *title,
          KrPositionKind kind,
          Field field,
          guint background,
          GError **error)
{
  KrPositionLevel level = kind == KR_POSITION_KIND_FUNGSIONAL_KEAHLIAN
                              ? KR_POSITION_LEVEL_AHLI_MADYA
                              : KR_POSITION_LEVEL_NONE;
  Head head = { .background_slot = background, .kind = kind, .level = level, .field = field };

  head.edu = head_edu (kind);
  head.position_id =
      add_position (demo, unit_id, title, kind, level, head_kelas (kind), TRUE, error);
  if (head.position_id == 0)
    return FALSE;
  g_array_append_val (demo->heads, head);
  return TRUE;
}

/* Adds a unit with its head and staff. */
static gint64
add_staffed_unit (Demo *demo,
                  gint64 parent_id,
                  const char *code,
                  const char *name,
                  KrUnitKind kind,
                  const char *head_title,
                  KrPositionKind head_kind,
                  ProfileId profile,
                  Domain domain,
                  Sector sector,
                  double weight,
                  GError **error)
{
  g_autofree char *title = NULL;
  gint64 id = add_unit (demo, parent_id, code, name, kind, error);
  guint background;

  if (id == 0)
    return 0;
  if (head_title == NULL)
    head_title = title = g_strdup_printf ("Kepala %s", name);
  background = add_slots (demo, id, profile, domain, sector, weight);
  if (!add_head (demo, id, head_title, head_kind, head_field (name, domain), background, error))
    return 0;
  return id;
}

/* A bidang or seksi takes the secretariat profile when its name says it runs the office. */
static ProfileId
office_profile (const char *name, Domain domain)
{
  if (g_str_has_prefix (name, "Sekretariat") || g_str_has_prefix (name, "Bagian") ||
      g_str_has_prefix (name, "Subbagian") || g_str_has_prefix (name, "Biro"))
    return PROFILE_SECRETARIAT;
  return domain == D_HOSPITAL ? PROFILE_HOSPITAL : PROFILE_OFFICE;
}

static char *
dup_upt_name (Demo *demo, UptKind kind, guint index, guint count)
{
  const Region *region = &_kr_demo_regions[index % demo->n_regions];
  guint round = index / demo->n_regions + 1;
  const char *school_kinds[] = { "SMA Negeri", "SMK Negeri", "SLB Negeri" };
  guint school;

  switch (kind)
    {
    case UPT_SCHOOL:
      /* Half SMA, four in ten SMK, one in ten SLB, numbered per kabupaten/kota. */
      school = index % 10 < 5 ? 0 : index % 10 < 9 ? 1 : 2;
      return g_strdup_printf ("%s %u %s %s", school_kinds[school],
                              ++demo->school_numbers[index % demo->n_regions][school],
                              region->prefix, region->name);
    case UPT_PUSKESMAS:
      if (index < G_N_ELEMENTS (places))
        return g_strdup_printf ("UPT Puskesmas %s", places[index]);
      return g_strdup_printf ("UPT Puskesmas %s %u", places[index % G_N_ELEMENTS (places)],
                              index / (guint) G_N_ELEMENTS (places) + 1);
    case UPT_LAB:
      if (count == 1)
        return g_strdup ("UPT Laboratorium Kesehatan Daerah");
      return g_strdup_printf ("UPT Laboratorium Kesehatan Daerah Wilayah %u", index + 1);
    case UPT_SAMSAT:
      if (round == 1)
        return g_strdup_printf ("UPT Samsat %s %s", region->prefix, region->name);
      return g_strdup_printf ("UPT Samsat %s %s %u", region->prefix, region->name, round);
    case UPT_ROAD:
      return g_strdup_printf ("UPT Pengelolaan Jalan dan Jembatan Wilayah %u", index + 1);
    case UPT_SOCIAL:
      return g_strdup_printf ("%s %u", social_upt_names[index % G_N_ELEMENTS (social_upt_names)],
                              index / (guint) G_N_ELEMENTS (social_upt_names) + 1);
    case UPT_BLK:
      if (round == 1)
        return g_strdup_printf ("UPT Balai Latihan Kerja %s %s", region->prefix, region->name);
      return g_strdup_printf ("UPT Balai Latihan Kerja %s %s %u", region->prefix, region->name,
                              round);
    case UPT_NONE:
    case N_UPT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
add_upts (Demo *demo,
          gint64 opd_id,
          const char *opd_code,
          const OpdTemplate *opd,
          UptKind kind,
          GError **error)
{
  const UptInfo *info = &_kr_demo_upt_infos[kind];
  guint count = MAX (1, (guint) (demo->n_employees * info->per_employee + 0.5));

  for (guint i = 0; i < count; i++)
    {
      g_autofree char *name = dup_upt_name (demo, kind, i, count);
      g_autofree char *code = g_strdup_printf ("%s.U%u.%05u", opd_code, (guint) kind, i + 1);
      const char *title = kind == UPT_SCHOOL ? "Kepala Sekolah" : NULL;

      if (add_staffed_unit (demo, opd_id, code, name, KR_UNIT_KIND_UPT, title, info->head_kind,
                            info->profile, opd->domain, info->sector, info->weight, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* How many bidang per perangkat daerah and seksi per bidang a demo of this size gets. */
static void
count_subunits (Demo *demo, guint n_opd, guint *n_bidang, guint *n_seksi)
{
  double n = demo->n_employees;

  *n_bidang = (guint) CLAMP (n / (n_opd * 120.0) + 0.5, 1, 100);
  *n_seksi = (guint) CLAMP (n / (n_opd * *n_bidang * 50.0) + 0.5, 0, 100);
}

static gboolean
add_bidang (Demo *demo,
            gint64 opd_id,
            const char *opd_code,
            const OpdTemplate *opd,
            guint index,
            guint n_seksi,
            GError **error)
{
  const BidangTemplate *bidang = &opd->bidang[index];
  KrPositionKind head_kind =
      bidang->head_kind != 0 ? bidang->head_kind : KR_POSITION_KIND_ADMINISTRATOR;
  KrPositionKind child_kind =
      bidang->child_kind != 0 ? bidang->child_kind : KR_POSITION_KIND_PENGAWAS;
  Sector sector = opd->domain == D_HOSPITAL ? SECTOR_HOSPITAL : SECTOR_ADMIN;
  g_autofree char *code = g_strdup_printf ("%s.%02u", opd_code, index + 1);
  gint64 id;

  id = add_staffed_unit (demo, opd_id, code, bidang->name, KR_UNIT_KIND_BIDANG, bidang->head,
                         head_kind, office_profile (bidang->name, opd->domain), opd->domain, sector,
                         sector == SECTOR_HOSPITAL ? WEIGHT_WARD : WEIGHT_BIDANG, error);
  if (id == 0)
    return FALSE;
  for (guint i = 0; bidang->seksi != NULL && bidang->seksi[i] != NULL && i < n_seksi; i++)
    {
      const char *name = bidang->seksi[i];
      g_autofree char *child_code = g_strdup_printf ("%s.%02u", code, i + 1);

      if (add_staffed_unit (demo, id, child_code, name, KR_UNIT_KIND_SUB_BIDANG, NULL, child_kind,
                            office_profile (name, opd->domain), opd->domain, sector,
                            sector == SECTOR_HOSPITAL ? WEIGHT_WARD : WEIGHT_SEKSI, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_opd (Demo *demo, gint64 root_id, guint index, guint n_bidang, guint n_seksi, GError **error)
{
  const OpdTemplate *opd = &_kr_demo_opd_templates[index];
  g_autofree char *code = g_strdup_printf ("NS.%02u", index + 1);
  Sector sector = opd->domain == D_HOSPITAL ? SECTOR_HOSPITAL : SECTOR_ADMIN;
  gint64 id;

  /* The perangkat daerah's own staff: its kelompok jabatan fungsional. */
  id = add_staffed_unit (demo, root_id, code, opd->name, KR_UNIT_KIND_PERANGKAT_DAERAH, opd->head,
                         opd->head_kind, opd->domain == D_HOSPITAL ? PROFILE_HOSPITAL : PROFILE_KJF,
                         opd->domain, sector, WEIGHT_OPD, error);
  if (id == 0)
    return FALSE;
  for (guint i = 0; opd->bidang[i].name != NULL && i < n_bidang; i++)
    {
      if (!add_bidang (demo, id, code, opd, i, n_seksi, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (opd->upt); i++)
    {
      if (opd->upt[i] != UPT_NONE && !add_upts (demo, id, code, opd, opd->upt[i], error))
        return FALSE;
    }
  return TRUE;
}

/* Turns the slots' weights into cumulative draw weights: each sector gets its share of the
 * staff (the shares of the sectors present), split among its units by their weights. */
static void
finish_weights (Demo *demo)
{
  double present = 0, cumulative = 0;

  for (guint s = 0; s < N_SECTORS; s++)
    present += demo->sector_weights[s] > 0 ? _kr_demo_sector_shares[s] : 0;
  for (guint i = 0; i < demo->slots->len; i++)
    {
      Slot *slot = &g_array_index (demo->slots, Slot, i);

      cumulative += slot->weight * _kr_demo_sector_shares[slot->sector] / present /
                    demo->sector_weights[slot->sector];
      slot->weight = cumulative;
    }
  demo->total_weight = cumulative;
}

/* Builds the province: the number of perangkat daerah, bidang and seksi grows with the number
 * of employees until every template is used, and UPT grow in proportion to it. */
gboolean
_kr_demo_build_organisation (Demo *demo, GError **error)
{
  guint n_opd = CLAMP (4 + demo->n_employees / 600, 4, _kr_demo_n_opd_templates);
  guint n_bidang, n_seksi;
  gint64 root_id;

  demo->n_regions = CLAMP (6 + demo->n_employees / 20000, 6, _kr_demo_n_regions);
  demo->school_numbers = g_malloc0_n (demo->n_regions, sizeof *demo->school_numbers);
  root_id =
      add_unit (demo, 0, "NS", "Pemerintah Provinsi Nusa Sejahtera", KR_UNIT_KIND_INSTANSI, error);
  if (root_id == 0)
    return FALSE;
  count_subunits (demo, n_opd, &n_bidang, &n_seksi);
  for (guint i = 0; i < n_opd; i++)
    {
      if (!add_opd (demo, root_id, i, n_bidang, n_seksi, error))
        return FALSE;
    }
  finish_weights (demo);
  return TRUE;
}

/* Draws a staff slot in proportion to the weights. */
guint
_kr_demo_pick_slot (Demo *demo)
{
  double target = rng_double (&demo->rng) * demo->total_weight;
  guint lo = 0, hi = demo->slots->len - 1;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (demo->slots, Slot, mid).weight > target)
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

/* The position of @slot at its @level_index'th level, made on first use. */
gint64
_kr_demo_slot_position (Demo *demo, guint slot_index, guint level_index, GError **error)
{
  Slot *slot = &g_array_index (demo->slots, Slot, slot_index);
  const Family *family = &_kr_demo_families[slot->family];
  KrPositionLevel level = family->levels[level_index];
  g_autofree char *name = NULL;
  guint kelas;

  if (slot->position_ids[level_index] != 0)
    return slot->position_ids[level_index];
  if (level == KR_POSITION_LEVEL_NONE)
    {
      name = g_strdup (family->name);
      kelas = family->kelas;
    }
  else
    {
      name = g_strdup_printf ("%s %s", family->name, kr_position_level_get_label (level));
      kelas = _kr_demo_level_kelas[level];
    }
  slot->position_ids[level_index] =
      add_position (demo, slot->unit_id, name, level_kind (level), level, kelas, FALSE, error);
  return slot->position_ids[level_index];
}
