/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "kr-employee-repository.h"
#include "kr-employee-search.h"
#include "kr-employee.h"

G_BEGIN_DECLS

/* The no-value of the current education and position kind. */
#define KR_EMPLOYEE_NONE (-1)

struct _KrEmployee
{
  GObject parent_instance;

  gint64 id;
  char *nip;
  char *name;
  char *title_front;
  char *title_back;
  char *birth_place;
  GDate birth_date;
  KrGender gender;
  KrReligion religion;
  KrMaritalStatus marital_status;
  char *nik;
  char *phone;
  char *email;
  char *address;
  KrEmployeeKind kind;
  KrEmployeeStatus status;
  GDate tmt_cpns;
  GDate tmt_pns;

  /* Current values, copies of the newest history rows: only the repository fills them. */
  int education; /* KrEducation or KR_EMPLOYEE_NONE */
  guint golongan;
  GDate rank_tmt;
  gint64 position_id;
  char *position_name;
  int position_kind; /* KrPositionKind or KR_EMPLOYEE_NONE */
  KrPositionLevel position_level;
  GDate position_tmt;
  gint64 unit_id;
  char *unit_name;
};

/**
 * _kr_employee_set_id:
 * @self: a #KrEmployee
 * @id: the id the repository gave it
 *
 * Records the id of a newly stored employee and notifies "id".
 */
void _kr_employee_set_id (KrEmployee *self, gint64 id);

/* What _kr_employee_new_from_row() reads, in this order, and where from: a query
 * "SELECT " KR_EMPLOYEE_COLUMNS " FROM " KR_EMPLOYEE_FROM " WHERE ...". */
#define KR_EMPLOYEE_COLUMNS                                                                        \
  "e.id, e.nip, e.name, e.title_front, e.title_back, e.birth_place, e.birth_date, e.gender, "      \
  "e.religion, e.marital_status, e.nik, e.phone, e.email, e.address, e.kind, e.status, "           \
  "e.tmt_cpns, e.tmt_pns, e.education, e.golongan, e.rank_tmt, e.position_id, p.name, "            \
  "p.kind, p.level, e.position_tmt, e.unit_id, u.name"
#define KR_EMPLOYEE_FROM                                                                           \
  "employee e LEFT JOIN position p ON p.id = e.position_id "                                       \
  "LEFT JOIN unit u ON u.id = e.unit_id"

/**
 * _kr_employee_new_from_row:
 * @stmt: a statement on a row of KR_EMPLOYEE_COLUMNS, from column 0
 *
 * Builds an employee from a row, as the repository and the employee list read them.
 *
 * Returns: (transfer full): the employee
 */
KrEmployee *_kr_employee_new_from_row (sqlite3_stmt *stmt);

/**
 * _kr_employee_repository_get_database:
 * @self: a #KrEmployeeRepository
 *
 * Returns the database the repository reads and writes, for the employee list, which runs
 * its own queries on it.
 *
 * Returns: (transfer none): the database
 */
KrDatabase *_kr_employee_repository_get_database (KrEmployeeRepository *self);

/**
 * _kr_employee_repository_get_search:
 * @self: a #KrEmployeeRepository
 *
 * Returns the in-memory search index of the repository's employees, shared by its lists
 * (kr-employee-search.h), created on first use.
 *
 * Returns: (transfer none): the search
 */
KrEmployeeSearch *_kr_employee_repository_get_search (KrEmployeeRepository *self);

G_END_DECLS
