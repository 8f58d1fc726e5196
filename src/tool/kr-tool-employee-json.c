/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kr-tool-employee"

#include "config.h"

#include <json-glib/json-glib.h>

#include "kr-employee-repository.h"
#include "kr-nip.h"
#include "kr-tool-employee-private.h"

/* `karier-tool employee show --json`: one employee with every history and what they imply. */

static void
add_span (JsonBuilder *builder, const char *name, gboolean known, guint years, guint months)
{
  json_builder_set_member_name (builder, name);
  if (!known)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  _kr_tool_employee_add_int (builder, "years", years);
  _kr_tool_employee_add_int (builder, "months", months);
  json_builder_end_object (builder);
}

static void
add_own_fields_json (JsonBuilder *builder, KrEmployee *employee)
{
  g_autofree char *nip = kr_nip_format_digits (kr_employee_get_nip (employee));
  g_autofree char *name = kr_employee_dup_full_name (employee);
  KrGender gender = kr_employee_get_gender (employee);
  KrEducation education;

  _kr_tool_employee_add_int (builder, "id", kr_employee_get_id (employee));
  _kr_tool_employee_add_string (builder, "nip", kr_employee_get_nip (employee));
  _kr_tool_employee_add_string (builder, "nip_formatted", nip);
  _kr_tool_employee_add_string (builder, "name", kr_employee_get_name (employee));
  _kr_tool_employee_add_string (builder, "title_front", kr_employee_get_title_front (employee));
  _kr_tool_employee_add_string (builder, "title_back", kr_employee_get_title_back (employee));
  _kr_tool_employee_add_string (builder, "full_name", name);
  _kr_tool_employee_add_string (builder, "kind",
                                kr_employee_kind_get_label (kr_employee_get_kind (employee)));
  _kr_tool_employee_add_string (builder, "status",
                                kr_employee_status_get_label (kr_employee_get_status (employee)));
  _kr_tool_employee_add_string (builder, "gender",
                                gender == KR_GENDER_MALE     ? "male"
                                : gender == KR_GENDER_FEMALE ? "female"
                                                             : NULL);
  _kr_tool_employee_add_string (builder, "birth_place", kr_employee_get_birth_place (employee));
  _kr_tool_employee_add_date (builder, "birth_date", kr_employee_get_birth_date (employee));
  _kr_tool_employee_add_string (builder, "religion",
                                kr_religion_get_label (kr_employee_get_religion (employee)));
  _kr_tool_employee_add_string (
      builder, "marital_status",
      kr_marital_status_get_label (kr_employee_get_marital_status (employee)));
  _kr_tool_employee_add_string (builder, "nik", kr_employee_get_nik (employee));
  _kr_tool_employee_add_string (builder, "phone", kr_employee_get_phone (employee));
  _kr_tool_employee_add_string (builder, "email", kr_employee_get_email (employee));
  _kr_tool_employee_add_string (builder, "address", kr_employee_get_address (employee));
  _kr_tool_employee_add_date (builder, "tmt_cpns", kr_employee_get_tmt_cpns (employee));
  _kr_tool_employee_add_date (builder, "tmt_pns", kr_employee_get_tmt_pns (employee));
  _kr_tool_employee_add_string (
      builder, "education",
      kr_employee_get_education (employee, &education) ? kr_education_get_label (education) : NULL);
}

static void
add_current_json (JsonBuilder *builder, KrEmployee *employee)
{
  guint golongan = kr_employee_get_golongan (employee);
  KrPositionKind kind;
  KrPositionLevel level = KR_POSITION_LEVEL_NONE;
  gboolean has_position = kr_employee_get_position_kind (employee, &kind, &level);
  KrRank rank;

  _kr_tool_employee_add_string (builder, "golongan", kr_golongan_get_label (golongan));
  _kr_tool_employee_add_string (
      builder, "pangkat", kr_rank_from_code (golongan, &rank) ? kr_rank_get_pangkat (rank) : NULL);
  _kr_tool_employee_add_date (builder, "rank_tmt", kr_employee_get_rank_tmt (employee));
  _kr_tool_employee_add_string (builder, "position", kr_employee_get_position_name (employee));
  _kr_tool_employee_add_string (builder, "position_kind",
                                has_position ? kr_position_kind_get_label (kind) : NULL);
  _kr_tool_employee_add_string (builder, "position_level", kr_position_level_get_label (level));
  _kr_tool_employee_add_date (builder, "position_tmt", kr_employee_get_position_tmt (employee));
  _kr_tool_employee_add_string (builder, "unit", kr_employee_get_unit_name (employee));
}

static void
add_derived_json (JsonBuilder *builder, const Derived *derived, const GDate *today)
{
  _kr_tool_employee_add_date (builder, "today", today);
  add_span (builder, "age", derived->has_age, derived->age_years, derived->age_months);
  add_span (builder, "service", derived->has_service, derived->service_years,
            derived->service_months);
  add_span (builder, "time_in_rank", derived->has_rank_time, derived->rank_years,
            derived->rank_months);
  json_builder_set_member_name (builder, "bup");
  if (derived->bup != 0)
    json_builder_add_int_value (builder, derived->bup);
  else
    json_builder_add_null_value (builder);
  _kr_tool_employee_add_date (builder, "retirement_date", &derived->retirement);
  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < derived->warnings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (derived->warnings, i));
  json_builder_end_array (builder);
}

static void
add_ranks_json (JsonBuilder *builder, GPtrArray *ranks)
{
  json_builder_set_member_name (builder, "ranks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ranks->len; i++)
    {
      const KrRankEntry *entry = g_ptr_array_index (ranks, i);
      KrRank rank;

      json_builder_begin_object (builder);
      _kr_tool_employee_add_int (builder, "code", entry->golongan);
      _kr_tool_employee_add_string (builder, "golongan", kr_golongan_get_label (entry->golongan));
      _kr_tool_employee_add_string (
          builder, "pangkat",
          kr_rank_from_code (entry->golongan, &rank) ? kr_rank_get_pangkat (rank) : NULL);
      _kr_tool_employee_add_string (builder, "kind",
                                    kr_promotion_kind_get_label (entry->promotion_kind));
      _kr_tool_employee_add_date (builder, "tmt", &entry->tmt);
      _kr_tool_employee_add_string (builder, "sk_number", entry->sk_number);
      _kr_tool_employee_add_date (builder, "sk_date", &entry->sk_date);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_positions_json (JsonBuilder *builder, GPtrArray *positions)
{
  json_builder_set_member_name (builder, "positions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < positions->len; i++)
    {
      const KrPositionEntry *entry = g_ptr_array_index (positions, i);

      json_builder_begin_object (builder);
      _kr_tool_employee_add_string (builder, "name", entry->position_name);
      _kr_tool_employee_add_string (builder, "unit", entry->unit_name);
      _kr_tool_employee_add_date (builder, "tmt", &entry->tmt);
      _kr_tool_employee_add_string (builder, "sk_number", entry->sk_number);
      _kr_tool_employee_add_date (builder, "sk_date", &entry->sk_date);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_educations_json (JsonBuilder *builder, GPtrArray *educations)
{
  json_builder_set_member_name (builder, "educations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < educations->len; i++)
    {
      const KrEducationEntry *entry = g_ptr_array_index (educations, i);

      json_builder_begin_object (builder);
      _kr_tool_employee_add_string (builder, "level", kr_education_get_label (entry->level));
      _kr_tool_employee_add_string (builder, "major", entry->major);
      _kr_tool_employee_add_string (builder, "institution", entry->institution);
      _kr_tool_employee_add_int (builder, "graduation_year", entry->graduation_year);
      _kr_tool_employee_add_string (builder, "sk_number", entry->sk_number);
      _kr_tool_employee_add_date (builder, "sk_date", &entry->sk_date);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_disciplines_json (JsonBuilder *builder, GPtrArray *disciplines)
{
  json_builder_set_member_name (builder, "disciplines");
  json_builder_begin_array (builder);
  for (guint i = 0; i < disciplines->len; i++)
    {
      const KrDisciplineEntry *entry = g_ptr_array_index (disciplines, i);

      json_builder_begin_object (builder);
      _kr_tool_employee_add_string (builder, "level", kr_discipline_level_get_label (entry->level));
      _kr_tool_employee_add_string (builder, "sanction", entry->sanction);
      _kr_tool_employee_add_string (builder, "regulation",
                                    kr_discipline_regulation_get_label (entry->regulation));
      _kr_tool_employee_add_date (builder, "tmt", &entry->tmt);
      _kr_tool_employee_add_date (builder, "end_date", &entry->end_date);
      _kr_tool_employee_add_string (builder, "sk_number", entry->sk_number);
      _kr_tool_employee_add_date (builder, "sk_date", &entry->sk_date);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_awards_json (JsonBuilder *builder, GPtrArray *awards)
{
  json_builder_set_member_name (builder, "awards");
  json_builder_begin_array (builder);
  for (guint i = 0; i < awards->len; i++)
    {
      const KrAwardEntry *entry = g_ptr_array_index (awards, i);

      json_builder_begin_object (builder);
      _kr_tool_employee_add_string (builder, "kind", kr_award_kind_get_label (entry->kind));
      _kr_tool_employee_add_string (builder, "name", entry->name);
      _kr_tool_employee_add_int (builder, "year", entry->year);
      _kr_tool_employee_add_string (builder, "sk_number", entry->sk_number);
      _kr_tool_employee_add_date (builder, "sk_date", &entry->sk_date);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

void
_kr_tool_employee_print_json (KrEmployee *employee,
                              const Derived *derived,
                              const Histories *histories,
                              const GDate *today)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_own_fields_json (builder, employee);
  add_current_json (builder, employee);
  add_derived_json (builder, derived, today);
  add_ranks_json (builder, histories->ranks);
  add_positions_json (builder, histories->positions);
  add_educations_json (builder, histories->educations);
  add_disciplines_json (builder, histories->disciplines);
  add_awards_json (builder, histories->awards);
  json_builder_end_object (builder);
  _kr_tool_employee_write_json (builder);
}
