/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-kpi.c — KPIs as the KPIs page and the command line read them: each with its latest
 * reading (the current value) and the status that reading gives against the thresholds
 * (okr_math_kpi_band: the thresholds themselves say whether higher or lower is better). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "okr-format.h"
#include "okr-kpi.h"
#include "okr-math.h"
#include "okr-store-private.h"

struct _OkrKpi {
  GObject parent_instance;
  gint64  id;
  OkrUuid uuid;
  gint64  unit_id;
  char   *name;
  char   *unit_label;
  double  green;
  double  red;
  double  current;       /* NAN before the first reading */
  OkrDate current_date;
  guint   n_readings;
};

G_DEFINE_FINAL_TYPE (OkrKpi, okr_kpi, G_TYPE_OBJECT)

static void
okr_kpi_finalize (GObject *object)
{
  OkrKpi *self = OKR_KPI (object);

  g_free (self->name);
  g_free (self->unit_label);
  G_OBJECT_CLASS (okr_kpi_parent_class)->finalize (object);
}

static void
okr_kpi_class_init (OkrKpiClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = okr_kpi_finalize;
}

static void
okr_kpi_init (OkrKpi *self)
{
  self->green = self->red = self->current = NAN;
}

gint64
okr_kpi_get_id (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), 0);
  return self->id;
}

const OkrUuid *
okr_kpi_get_uuid (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), NULL);
  return &self->uuid;
}

gint64
okr_kpi_get_unit_id (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), 0);
  return self->unit_id;
}

const char *
okr_kpi_get_name (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), NULL);
  return self->name;
}

const char *
okr_kpi_get_unit_label (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), NULL);
  return self->unit_label;
}

double
okr_kpi_get_green (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), NAN);
  return self->green;
}

double
okr_kpi_get_red (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), NAN);
  return self->red;
}

double
okr_kpi_get_current (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), NAN);
  return self->current;
}

OkrDate
okr_kpi_get_current_date (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), OKR_DATE_NONE);
  return self->current_date;
}

guint
okr_kpi_get_n_readings (OkrKpi *self)
{
  g_return_val_if_fail (OKR_IS_KPI (self), 0);
  return self->n_readings;
}

/* The KPI's status from its latest reading; FALSE when there is no reading yet or the
 * thresholds do not give a direction (both are needed). */
gboolean
okr_kpi_get_band (OkrKpi *self, OkrBand *band)
{
  g_return_val_if_fail (OKR_IS_KPI (self), FALSE);
  return okr_math_kpi_band (self->current, self->green, self->red, band);
}

/* A value of this KPI as the reader's language writes it, with its unit: a unit that is a
 * currency symbol alone ("$", "₫") makes it an amount, written as a currency key result's is
 * ("$14,900,000"; Vietnamese "3.100.000.000 ₫"). */
char *
okr_kpi_format_value (OkrKpi *self, double value)
{
  const char *label;
  gboolean money;

  g_return_val_if_fail (OKR_IS_KPI (self), NULL);
  label = self->unit_label;
  money = label != NULL && g_utf8_validate (label, -1, NULL) && g_utf8_strlen (label, -1) == 1 &&
          g_unichar_type (g_utf8_get_char (label)) == G_UNICODE_CURRENCY_SYMBOL;
  return okr_format_kr_value (money ? OKR_KR_CURRENCY : OKR_KR_NUMBER, value, label);
}

static double
real_or_nan (sqlite3_stmt *stmt, int col)
{
  return sqlite3_column_type (stmt, col) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, col);
}

/* The latest reading is the latest by date, then by stamp, as for check-ins. */
static const char kpi_sql[] =
  "SELECT k.id, k.uuid, k.unit_id, k.name, k.unit_label, k.green, k.red, "
  "  (SELECT value FROM kpi_readings r WHERE r.kpi_id = k.id "
  "   ORDER BY r.date DESC, r.stamp DESC LIMIT 1), "
  "  (SELECT date FROM kpi_readings r WHERE r.kpi_id = k.id "
  "   ORDER BY r.date DESC, r.stamp DESC LIMIT 1), "
  "  (SELECT count(*) FROM kpi_readings r WHERE r.kpi_id = k.id) "
  "FROM kpis k WHERE k.deleted = 0 AND ";

static GPtrArray *
collect_kpis (OkrStore *store, const char *where, gint64 arg, GError **error)
{
  g_autofree char *sql = g_strconcat (kpi_sql, where, NULL);
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt = okr_db_prepare (db, g_intern_string (sql), error);
  g_autoptr(GPtrArray) kpis = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, arg);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      OkrKpi *kpi = g_object_new (OKR_TYPE_KPI, NULL);
      const char *name = (const char *) sqlite3_column_text (stmt, 3);
      const char *label = (const char *) sqlite3_column_text (stmt, 4);

      kpi->id = sqlite3_column_int64 (stmt, 0);
      if (!okr_uuid_from_blob (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1),
                               &kpi->uuid))
        memset (&kpi->uuid, 0, sizeof kpi->uuid);
      kpi->unit_id = sqlite3_column_int64 (stmt, 2);
      kpi->name = g_strdup (name != NULL ? name : "");
      kpi->unit_label = g_strdup (label != NULL ? label : "");
      kpi->green = real_or_nan (stmt, 5);
      kpi->red = real_or_nan (stmt, 6);
      kpi->current = real_or_nan (stmt, 7);
      kpi->current_date = OKR_DATE_NONE;
      okr_date_parse_iso ((const char *) sqlite3_column_text (stmt, 8), &kpi->current_date);
      kpi->n_readings = (guint) sqlite3_column_int64 (stmt, 9);
      g_ptr_array_add (kpis, kpi);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&kpis);
}

/**
 * okr_kpi_list:
 *
 * Returns: (transfer full) (element-type OkrKpi): the unit's live KPIs, in their order
 */
GPtrArray *
okr_kpi_list (OkrStore *store, gint64 unit_id, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (store), NULL);
  return collect_kpis (store, "k.unit_id = ? ORDER BY k.position, k.id", unit_id, error);
}

/* Returns: (transfer full): one live KPI, or %NULL with @error set */
OkrKpi *
okr_kpi_get (OkrStore *store, gint64 kpi_id, GError **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (OKR_IS_STORE (store), NULL);
  found = collect_kpis (store, "k.id = ?", kpi_id, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error_literal (error, OKR_STORE_ERROR, OKR_STORE_ERROR_NOT_FOUND,
                           _("The KPI does not exist."));
      return NULL;
    }
  return g_object_ref (found->pdata[0]);
}

/**
 * okr_kpi_list_readings:
 * @limit: the most to return (the newest); 0 for all
 *
 * Returns: (transfer full) (element-type OkrKpiReading): readings, newest first
 */
GArray *
okr_kpi_list_readings (OkrStore *store, gint64 kpi_id, guint limit, GError **error)
{
  static const char sql[] = "SELECT id, date, value FROM kpi_readings WHERE kpi_id = ? "
                            "ORDER BY date DESC, stamp DESC LIMIT ?";
  OkrDb *db = _okr_store_get_db (store);
  sqlite3_stmt *stmt = okr_db_prepare (db, sql, error);
  g_autoptr(GArray) readings = g_array_new (FALSE, FALSE, sizeof (OkrKpiReading));
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kpi_id);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  while (okr_db_step (db, stmt, &has_row, error) && has_row)
    {
      OkrKpiReading r = { .id = sqlite3_column_int64 (stmt, 0), .date = OKR_DATE_NONE,
                          .value = sqlite3_column_double (stmt, 2) };
      okr_date_parse_iso ((const char *) sqlite3_column_text (stmt, 1), &r.date);
      g_array_append_val (readings, r);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  sqlite3_reset (stmt);
  return g_steal_pointer (&readings);
}
