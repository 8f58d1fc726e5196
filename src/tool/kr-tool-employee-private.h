/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "kr-employee.h"

G_BEGIN_DECLS

/* Shared by kr-tool-employee.c (the commands, text output) and kr-tool-employee-json.c. */

/* What the record and its histories imply on @today. */
typedef struct
{
  gboolean has_age, has_service, has_rank_time;
  guint age_years, age_months;
  guint service_years, service_months;
  guint rank_years, rank_months;
  guint bup;
  GDate retirement;
  GPtrArray *warnings;
} Derived;

/* Every history of an employee. */
typedef struct
{
  GPtrArray *ranks;
  GPtrArray *positions;
  GPtrArray *educations;
  GPtrArray *disciplines;
  GPtrArray *awards;
} Histories;

char *_kr_tool_employee_format_date (const GDate *date);
/* Prints @builder's object or array on standard output */
void _kr_tool_employee_write_json (JsonBuilder *builder);
/* Adds "name": value, or null for a missing value */
void _kr_tool_employee_add_string (JsonBuilder *builder, const char *name, const char *value);
void _kr_tool_employee_add_date (JsonBuilder *builder, const char *name, const GDate *date);
void _kr_tool_employee_add_int (JsonBuilder *builder, const char *name, gint64 value);

/* Prints @employee, what it implies on @today and its histories as one JSON object */
void _kr_tool_employee_print_json (KrEmployee *employee,
                                   const Derived *derived,
                                   const Histories *histories,
                                   const GDate *today);

G_END_DECLS
