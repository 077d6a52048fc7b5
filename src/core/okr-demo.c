/* SPDX-License-Identifier: GPL-3.0-or-later */
/* okr-demo.c — the bundled demo company, written in English and in Vietnamese
 *
 * The two languages share one shape — units, who owns what, the alignment of objectives,
 * the kind of every key result and how it fares — kept in the shape tables, so that tests
 * can rely on it. The words and numbers are written separately for each language, as a
 * leader of that company would write them: an American software company and a Vietnamese
 * food company, not a translation of one another. The content is data, not UI text, so it
 * is not marked for gettext.
 *
 * Every random choice comes from one fixed seed and every date from @today, so the same
 * day gives the same document.
 */
#include "config.h"

#include <math.h>

#include "okr-demo.h"
#include "okr-math.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"

#define DEMO_SEED       20270101
#define N_OBJECTIVES    25
#define N_KRS           80
#define N_PREV_OBJECTIVES 12
#define N_PREV_KRS      36
#define N_KPIS          10
#define N_KPI_READINGS  16
#define N_RETROS        5    /* the company and its departments */
#define N_NOTES         20   /* per pool: 8 for anyone, then 3 for each department */
#define N_GENERIC_NOTES 8
#define N_DEPARTMENT_NOTES 3
#define N_REASONS       3
#define MAX_MILESTONES  5
#define MAX_INITIATIVES 3
#define MAX_WEEKS       16
#define CLOSED_WEEKS    13

/* ───────────────────────── shape ───────────────────────── */

/* Units and people share their first indices: unit i is led by person i. */
enum {
  P_CEO, P_HEAD_SALES, P_HEAD_MARKETING, P_HEAD_TECH, P_HEAD_CUSTOMER,
  P_LEAD_SALES_A, P_LEAD_SALES_B, P_LEAD_MARKETING_A, P_LEAD_MARKETING_B,
  P_LEAD_TECH_A, P_LEAD_TECH_B, P_LEAD_CUSTOMER_A, P_LEAD_CUSTOMER_B,
  P_CFO, P_PRODUCT_MANAGER,
  N_PEOPLE
};

/* Departments sit under the company, two teams under each department. */
enum {
  U_COMPANY, U_SALES, U_MARKETING, U_TECH, U_CUSTOMER,
  U_SALES_A, U_SALES_B, U_MARKETING_A, U_MARKETING_B,
  U_TECH_A, U_TECH_B, U_CUSTOMER_A, U_CUSTOMER_B,
  N_UNITS
};

#define UNIT_PARENT(u) ((u) <= U_CUSTOMER ? U_COMPANY : U_SALES + ((u) - U_SALES_A) / 2)

G_STATIC_ASSERT (N_NOTES == N_GENERIC_NOTES + (U_CUSTOMER - U_SALES + 1) * N_DEPARTMENT_NOTES);

/* How a KR fares: its progress divided by the progress expected by today (the status
 * thresholds are 0.95 for on track and 0.75 for at risk). A control KR holds its limit
 * (≥ 1) or has slipped past it (< 1). In a closed quarter the pace is the final progress. */
#define PACE_AHEAD  1.2
#define PACE_ON     1.03
#define PACE_SLIP   0.85
#define PACE_BEHIND 0.55
#define PACE_EARLY  3.0   /* done a third of the way into the quarter */
#define PACE_MID    2.0   /* done half-way */
#define PACE_HOLD   1.0
#define PACE_BREACH 0.5

typedef struct {
  guint8   unit;
  guint8   owner;
  gint8    align_objective;  /* index in the same quarter's table, or -1 */
  gint8    align_kr;         /* index in the same quarter's table, or -1 */
  gboolean aspirational;
} ObjectiveShape;

typedef struct {
  guint8       objective;    /* index in the same quarter's table */
  OkrKrKind    kind;
  double       pace;
  guint8       owner;
  guint8       weight;       /* 0 means 1 */
  OkrDirection direction;    /* for control KRs */
} KrShape;

/* The active quarter: 4 company objectives, 3 per department, 1 per team and a second one
 * for the platform team; departments align to the company, teams to their department. */
static const ObjectiveShape objective_shapes[N_OBJECTIVES] = {
  /*  0 */ { U_COMPANY, P_CEO, -1, -1, FALSE },
  /*  1 */ { U_COMPANY, P_HEAD_CUSTOMER, -1, -1, FALSE },
  /*  2 */ { U_COMPANY, P_HEAD_TECH, -1, -1, FALSE },
  /*  3 */ { U_COMPANY, P_CEO, -1, -1, TRUE },
  /*  4 */ { U_SALES, P_HEAD_SALES, -1, 0, FALSE },
  /*  5 */ { U_SALES, P_LEAD_SALES_B, -1, 0, FALSE },
  /*  6 */ { U_SALES, P_HEAD_SALES, 0, -1, FALSE },
  /*  7 */ { U_MARKETING, P_HEAD_MARKETING, -1, 0, FALSE },
  /*  8 */ { U_MARKETING, P_LEAD_MARKETING_B, 0, -1, TRUE },
  /*  9 */ { U_MARKETING, P_HEAD_MARKETING, -1, 9, FALSE },
  /* 10 */ { U_TECH, P_HEAD_TECH, -1, 7, FALSE },
  /* 11 */ { U_TECH, P_PRODUCT_MANAGER, -1, 7, FALSE },
  /* 12 */ { U_TECH, P_HEAD_TECH, 2, -1, TRUE },
  /* 13 */ { U_CUSTOMER, P_HEAD_CUSTOMER, 1, -1, FALSE },
  /* 14 */ { U_CUSTOMER, P_LEAD_CUSTOMER_B, -1, 4, FALSE },
  /* 15 */ { U_CUSTOMER, P_HEAD_CUSTOMER, -1, 4, FALSE },
  /* 16 */ { U_SALES_A, P_LEAD_SALES_A, 4, -1, FALSE },
  /* 17 */ { U_SALES_B, P_LEAD_SALES_B, -1, 19, FALSE },
  /* 18 */ { U_MARKETING_A, P_LEAD_MARKETING_A, -1, 24, FALSE },
  /* 19 */ { U_MARKETING_B, P_LEAD_MARKETING_B, 8, -1, TRUE },
  /* 20 */ { U_TECH_A, P_LEAD_TECH_A, 10, -1, FALSE },
  /* 21 */ { U_TECH_B, P_LEAD_TECH_B, -1, 41, FALSE },
  /* 22 */ { U_TECH_B, P_LEAD_TECH_B, 11, -1, TRUE },
  /* 23 */ { U_CUSTOMER_A, P_LEAD_CUSTOMER_A, -1, 42, FALSE },
  /* 24 */ { U_CUSTOMER_B, P_LEAD_CUSTOMER_B, 14, -1, FALSE },
};

/* The active quarter's KRs. KRs 0 and 7 roll up the department objectives aligned to them. */
static const KrShape kr_shapes[N_KRS] = {
  /*  0 */ { 0, OKR_KR_ROLLUP, 0, P_HEAD_SALES },
  /*  1 */ { 0, OKR_KR_CURRENCY, PACE_ON, P_CFO, 2 },
  /*  2 */ { 0, OKR_KR_NUMBER, PACE_SLIP, P_HEAD_SALES },
  /*  3 */ { 0, OKR_KR_PERCENT, PACE_ON, P_HEAD_MARKETING },
  /*  4 */ { 1, OKR_KR_PERCENT, PACE_ON, P_HEAD_CUSTOMER },
  /*  5 */ { 1, OKR_KR_NUMBER, PACE_AHEAD, P_HEAD_CUSTOMER },
  /*  6 */ { 1, OKR_KR_CONTROL, PACE_HOLD, P_CFO, 1, OKR_DIRECTION_ABOVE },
  /*  7 */ { 2, OKR_KR_ROLLUP, 0, P_HEAD_TECH },
  /*  8 */ { 2, OKR_KR_CONTROL, PACE_HOLD, P_LEAD_TECH_B, 1, OKR_DIRECTION_ABOVE },
  /*  9 */ { 2, OKR_KR_MILESTONE, PACE_SLIP, P_PRODUCT_MANAGER, 2 },
  /* 10 */ { 2, OKR_KR_PERCENT, PACE_ON, P_PRODUCT_MANAGER },
  /* 11 */ { 3, OKR_KR_NUMBER, PACE_ON, P_CFO },
  /* 12 */ { 3, OKR_KR_BOOLEAN, PACE_EARLY, P_CFO },
  /* 13 */ { 3, OKR_KR_PERCENT, PACE_SLIP, P_CFO },
  /* 14 */ { 4, OKR_KR_CURRENCY, PACE_ON, P_LEAD_SALES_A, 2 },
  /* 15 */ { 4, OKR_KR_PERCENT, PACE_SLIP, P_HEAD_SALES },
  /* 16 */ { 4, OKR_KR_NUMBER, PACE_AHEAD, P_LEAD_SALES_A },
  /* 17 */ { 4, OKR_KR_NUMBER, PACE_BEHIND, P_HEAD_SALES },
  /* 18 */ { 5, OKR_KR_CURRENCY, PACE_ON, P_LEAD_SALES_B },
  /* 19 */ { 5, OKR_KR_PERCENT, PACE_SLIP, P_LEAD_SALES_B },
  /* 20 */ { 5, OKR_KR_NUMBER, PACE_BEHIND, P_LEAD_SALES_B },
  /* 21 */ { 6, OKR_KR_PERCENT, PACE_ON, P_HEAD_SALES },
  /* 22 */ { 6, OKR_KR_MILESTONE, PACE_ON, P_HEAD_SALES },
  /* 23 */ { 6, OKR_KR_NUMBER, PACE_SLIP, P_LEAD_SALES_A },
  /* 24 */ { 7, OKR_KR_NUMBER, PACE_ON, P_LEAD_MARKETING_A },
  /* 25 */ { 7, OKR_KR_CURRENCY, PACE_BEHIND, P_LEAD_MARKETING_A },
  /* 26 */ { 7, OKR_KR_PERCENT, PACE_ON, P_LEAD_MARKETING_A },
  /* 27 */ { 8, OKR_KR_NUMBER, PACE_AHEAD, P_LEAD_MARKETING_B },
  /* 28 */ { 8, OKR_KR_NUMBER, PACE_ON, P_LEAD_MARKETING_B },
  /* 29 */ { 8, OKR_KR_NUMBER, PACE_SLIP, P_LEAD_MARKETING_B },
  /* 30 */ { 9, OKR_KR_MILESTONE, PACE_ON, P_HEAD_MARKETING },
  /* 31 */ { 9, OKR_KR_PERCENT, PACE_SLIP, P_HEAD_MARKETING },
  /* 32 */ { 9, OKR_KR_BOOLEAN, PACE_BEHIND, P_LEAD_MARKETING_B },
  /* 33 */ { 10, OKR_KR_NUMBER, PACE_ON, P_LEAD_TECH_A },
  /* 34 */ { 10, OKR_KR_PERCENT, PACE_AHEAD, P_LEAD_TECH_A },
  /* 35 */ { 10, OKR_KR_CONTROL, PACE_HOLD, P_LEAD_TECH_B, 1, OKR_DIRECTION_BELOW },
  /* 36 */ { 11, OKR_KR_MILESTONE, PACE_SLIP, P_PRODUCT_MANAGER, 2 },
  /* 37 */ { 11, OKR_KR_CURRENCY, PACE_BEHIND, P_PRODUCT_MANAGER },
  /* 38 */ { 11, OKR_KR_BOOLEAN, PACE_EARLY, P_LEAD_TECH_B },
  /* 39 */ { 12, OKR_KR_NUMBER, PACE_SLIP, P_HEAD_TECH },
  /* 40 */ { 12, OKR_KR_PERCENT, PACE_ON, P_LEAD_TECH_B },
  /* 41 */ { 12, OKR_KR_NUMBER, PACE_AHEAD, P_LEAD_TECH_B },
  /* 42 */ { 13, OKR_KR_NUMBER, PACE_ON, P_LEAD_CUSTOMER_A, 2 },
  /* 43 */ { 13, OKR_KR_PERCENT, PACE_ON, P_LEAD_CUSTOMER_A },
  /* 44 */ { 13, OKR_KR_CONTROL, PACE_BREACH, P_LEAD_CUSTOMER_A, 1, OKR_DIRECTION_BELOW },
  /* 45 */ { 13, OKR_KR_PERCENT, PACE_ON, P_LEAD_CUSTOMER_A },
  /* 46 */ { 14, OKR_KR_NUMBER, PACE_SLIP, P_LEAD_CUSTOMER_B },
  /* 47 */ { 14, OKR_KR_PERCENT, PACE_ON, P_LEAD_CUSTOMER_B },
  /* 48 */ { 14, OKR_KR_MILESTONE, PACE_AHEAD, P_LEAD_CUSTOMER_B },
  /* 49 */ { 15, OKR_KR_PERCENT, PACE_ON, P_HEAD_CUSTOMER },
  /* 50 */ { 15, OKR_KR_NUMBER, PACE_BEHIND, P_HEAD_CUSTOMER },
  /* 51 */ { 15, OKR_KR_PERCENT, PACE_SLIP, P_HEAD_CUSTOMER },
  /* 52 */ { 16, OKR_KR_PERCENT, PACE_ON, P_LEAD_SALES_A },
  /* 53 */ { 16, OKR_KR_NUMBER, PACE_SLIP, P_LEAD_SALES_A },
  /* 54 */ { 16, OKR_KR_NUMBER, PACE_EARLY, P_LEAD_SALES_A },
  /* 55 */ { 17, OKR_KR_NUMBER, PACE_ON, P_LEAD_SALES_B },
  /* 56 */ { 17, OKR_KR_CURRENCY, PACE_BEHIND, P_LEAD_SALES_B },
  /* 57 */ { 17, OKR_KR_MILESTONE, PACE_ON, P_LEAD_SALES_B },
  /* 58 */ { 18, OKR_KR_NUMBER, PACE_ON, P_LEAD_MARKETING_A },
  /* 59 */ { 18, OKR_KR_PERCENT, PACE_AHEAD, P_LEAD_MARKETING_A },
  /* 60 */ { 18, OKR_KR_CONTROL, PACE_HOLD, P_LEAD_MARKETING_A, 1, OKR_DIRECTION_BELOW },
  /* 61 */ { 19, OKR_KR_NUMBER, PACE_ON, P_LEAD_MARKETING_B },
  /* 62 */ { 19, OKR_KR_NUMBER, PACE_SLIP, P_LEAD_MARKETING_B },
  /* 63 */ { 19, OKR_KR_NUMBER, PACE_BEHIND, P_LEAD_MARKETING_B },
  /* 64 */ { 20, OKR_KR_NUMBER, PACE_ON, P_LEAD_TECH_A },
  /* 65 */ { 20, OKR_KR_NUMBER, PACE_SLIP, P_LEAD_TECH_A },
  /* 66 */ { 20, OKR_KR_MILESTONE, PACE_ON, P_LEAD_TECH_A },
  /* 67 */ { 21, OKR_KR_PERCENT, PACE_ON, P_LEAD_TECH_B },
  /* 68 */ { 21, OKR_KR_NUMBER, PACE_AHEAD, P_LEAD_TECH_B },
  /* 69 */ { 21, OKR_KR_CONTROL, PACE_HOLD, P_LEAD_TECH_B, 1, OKR_DIRECTION_ABOVE },
  /* 70 */ { 21, OKR_KR_BOOLEAN, PACE_ON, P_LEAD_TECH_B },
  /* 71 */ { 22, OKR_KR_NUMBER, PACE_SLIP, P_LEAD_TECH_B },
  /* 72 */ { 22, OKR_KR_MILESTONE, PACE_BEHIND, P_LEAD_TECH_B },
  /* 73 */ { 22, OKR_KR_PERCENT, PACE_ON, P_LEAD_TECH_B },
  /* 74 */ { 23, OKR_KR_NUMBER, PACE_ON, P_LEAD_CUSTOMER_A },
  /* 75 */ { 23, OKR_KR_PERCENT, PACE_SLIP, P_LEAD_CUSTOMER_A },
  /* 76 */ { 23, OKR_KR_NUMBER, PACE_AHEAD, P_LEAD_CUSTOMER_A },
  /* 77 */ { 24, OKR_KR_PERCENT, PACE_ON, P_LEAD_CUSTOMER_B },
  /* 78 */ { 24, OKR_KR_NUMBER, PACE_ON, P_LEAD_CUSTOMER_B },
  /* 79 */ { 24, OKR_KR_PERCENT, PACE_SLIP, P_LEAD_CUSTOMER_B },
};

/* The closed quarter before it: the company and its departments only. */
static const ObjectiveShape prev_objective_shapes[N_PREV_OBJECTIVES] = {
  /*  0 */ { U_COMPANY, P_CEO, -1, -1, FALSE },
  /*  1 */ { U_COMPANY, P_HEAD_CUSTOMER, -1, -1, FALSE },
  /*  2 */ { U_COMPANY, P_HEAD_TECH, -1, -1, TRUE },
  /*  3 */ { U_COMPANY, P_CFO, -1, -1, FALSE },
  /*  4 */ { U_SALES, P_HEAD_SALES, 0, -1, FALSE },
  /*  5 */ { U_SALES, P_HEAD_SALES, -1, 0, FALSE },
  /*  6 */ { U_MARKETING, P_HEAD_MARKETING, 0, -1, FALSE },
  /*  7 */ { U_MARKETING, P_LEAD_MARKETING_B, 0, -1, TRUE },
  /*  8 */ { U_TECH, P_HEAD_TECH, 1, -1, FALSE },
  /*  9 */ { U_TECH, P_LEAD_TECH_B, 2, -1, FALSE },
  /* 10 */ { U_CUSTOMER, P_HEAD_CUSTOMER, 1, -1, FALSE },
  /* 11 */ { U_CUSTOMER, P_HEAD_CUSTOMER, -1, 3, FALSE },
};

/* Its KRs, with the progress each ended the quarter on (never half-way between two scores). */
static const KrShape prev_kr_shapes[N_PREV_KRS] = {
  /*  0 */ { 0, OKR_KR_CURRENCY, 0.83, P_CFO, 2 },
  /*  1 */ { 0, OKR_KR_NUMBER, 1.0, P_HEAD_SALES },
  /*  2 */ { 0, OKR_KR_PERCENT, 0.63, P_HEAD_MARKETING },
  /*  3 */ { 1, OKR_KR_PERCENT, 0.7, P_HEAD_CUSTOMER },
  /*  4 */ { 1, OKR_KR_BOOLEAN, PACE_MID, P_HEAD_CUSTOMER },
  /*  5 */ { 1, OKR_KR_NUMBER, 0.9, P_LEAD_CUSTOMER_B },
  /*  6 */ { 2, OKR_KR_MILESTONE, 0.75, P_PRODUCT_MANAGER },
  /*  7 */ { 2, OKR_KR_NUMBER, 1.0, P_PRODUCT_MANAGER },
  /*  8 */ { 2, OKR_KR_BOOLEAN, PACE_MID, P_HEAD_TECH },
  /*  9 */ { 3, OKR_KR_CONTROL, PACE_HOLD, P_CFO, 1, OKR_DIRECTION_BELOW },
  /* 10 */ { 3, OKR_KR_PERCENT, 0.7, P_CFO },
  /* 11 */ { 3, OKR_KR_NUMBER, 0.3, P_CFO },
  /* 12 */ { 4, OKR_KR_CURRENCY, 0.9, P_LEAD_SALES_A },
  /* 13 */ { 4, OKR_KR_NUMBER, 1.04, P_LEAD_SALES_A },
  /* 14 */ { 4, OKR_KR_PERCENT, 0.5, P_HEAD_SALES },
  /* 15 */ { 5, OKR_KR_PERCENT, 0.77, P_HEAD_SALES },
  /* 16 */ { 5, OKR_KR_BOOLEAN, PACE_MID, P_LEAD_SALES_B },
  /* 17 */ { 5, OKR_KR_NUMBER, 1.0, P_LEAD_SALES_B },
  /* 18 */ { 6, OKR_KR_NUMBER, 0.8, P_LEAD_MARKETING_A },
  /* 19 */ { 6, OKR_KR_CURRENCY, 0.87, P_LEAD_MARKETING_A },
  /* 20 */ { 6, OKR_KR_NUMBER, 1.0, P_LEAD_MARKETING_B },
  /* 21 */ { 7, OKR_KR_MILESTONE, 1.0, P_LEAD_MARKETING_B },
  /* 22 */ { 7, OKR_KR_NUMBER, 0.6, P_LEAD_MARKETING_B },
  /* 23 */ { 7, OKR_KR_NUMBER, 1.0, P_LEAD_MARKETING_B },
  /* 24 */ { 8, OKR_KR_PERCENT, 1.0, P_LEAD_TECH_A },
  /* 25 */ { 8, OKR_KR_NUMBER, 1.0, P_LEAD_TECH_A },
  /* 26 */ { 8, OKR_KR_CONTROL, PACE_HOLD, P_LEAD_TECH_B, 1, OKR_DIRECTION_ABOVE },
  /* 27 */ { 9, OKR_KR_MILESTONE, 0.67, P_LEAD_TECH_B },
  /* 28 */ { 9, OKR_KR_NUMBER, 1.0, P_HEAD_TECH },
  /* 29 */ { 9, OKR_KR_PERCENT, 1.0, P_LEAD_TECH_B },
  /* 30 */ { 10, OKR_KR_NUMBER, 1.0, P_LEAD_CUSTOMER_A },
  /* 31 */ { 10, OKR_KR_PERCENT, 1.0, P_LEAD_CUSTOMER_A },
  /* 32 */ { 10, OKR_KR_NUMBER, 0.7, P_LEAD_CUSTOMER_A },
  /* 33 */ { 11, OKR_KR_PERCENT, 1.0, P_HEAD_CUSTOMER },
  /* 34 */ { 11, OKR_KR_NUMBER, 0.6, P_HEAD_CUSTOMER },
  /* 35 */ { 11, OKR_KR_BOOLEAN, PACE_MID, P_LEAD_CUSTOMER_B },
};

/* ───────────────────────── content ───────────────────────── */

typedef struct {
  const char *name;
  const char *email;
} Person;

typedef struct {
  const char *title;
  const char *description;
} ObjectiveText;

typedef struct {
  const char *title;
  double      baseline;
  double      target;      /* below the baseline: a decrease */
  const char *label;
  double      step;        /* what values are rounded to; 0: from the distance to cover */
  const char *milestones[MAX_MILESTONES + 1];
  const char *initiatives[MAX_INITIATIVES + 1];
} KrText;

typedef struct {
  guint8      unit;
  const char *name;
  const char *label;
  double      green;       /* below red: lower is better */
  double      red;
  double      first;       /* the trend of the readings, ending on today's value */
  double      last;
  double      step;
  double      wobble;      /* week-to-week noise */
} Kpi;

typedef struct {
  const char *went_well;
  const char *went_badly;
  const char *to_change;
} Retro;

/* Score reasons, by how the KR ended: in full, mostly, half-way, hardly. */
enum { BAND_FULL, BAND_HIGH, BAND_MID, BAND_LOW, N_BANDS };

typedef struct {
  const char          *company;
  const char          *year_format;     /* from the year */
  const char          *quarter_format;  /* from the quarter's number and the year */
  const Person        *people;
  const char *const   *units;           /* the company itself is named by the caller */
  const ObjectiveText *objectives;
  const KrText        *krs;
  const ObjectiveText *prev_objectives;
  const KrText        *prev_krs;
  const Kpi           *kpis;
  const Retro         *retros;
  const char *const   *went_well;
  const char *const   *blocked_by;
  const char *const   *next_step;
  const char *const  (*reasons)[N_REASONS];
} Content;

/* ── English: Tidewater Software, a scheduling, invoicing and payments app for small
 * service businesses (plumbers, cleaners, landscapers) ── */

static const Person en_people[N_PEOPLE] = {
  { "Maggie Chen", "maggie.chen@tidewater.example" },
  { "Daniel Okafor", "daniel.okafor@tidewater.example" },
  { "Priya Raman", "priya.raman@tidewater.example" },
  { "Tom Becker", "tom.becker@tidewater.example" },
  { "Laura Jensen", "laura.jensen@tidewater.example" },
  { "Marcus Bell", "marcus.bell@tidewater.example" },
  { "Sofia Alvarez", "sofia.alvarez@tidewater.example" },
  { "Ethan Clarke", "ethan.clarke@tidewater.example" },
  { "Hannah Lee", "hannah.lee@tidewater.example" },
  { "Ravi Patel", "ravi.patel@tidewater.example" },
  { "Grace Kim", "grace.kim@tidewater.example" },
  { "Owen Murphy", "owen.murphy@tidewater.example" },
  { "Chloe Martin", "chloe.martin@tidewater.example" },
  { "Ben Walsh", "ben.walsh@tidewater.example" },
  { "Nina Ortiz", "nina.ortiz@tidewater.example" },
};

static const char *const en_units[N_UNITS] = {
  NULL, "Sales", "Marketing", "Product & Engineering", "Customer Success",
  "New Business", "Account Management", "Demand Generation", "Brand & Content",
  "Mobile App", "Platform", "Support", "Onboarding",
};

static const ObjectiveText en_objectives[N_OBJECTIVES] = {
  { "Make Tidewater the app every small service business runs on",
    "Growth that comes from being the obvious choice, not from discounts. Sales and "
    "Marketing build their quarter on this one." },
  { "Keep every customer we win",
    "Each customer we lose costs us three we have to win. Support, onboarding and account "
    "management all pull on this one." },
  { "Ship a product small businesses trust with their whole day",
    "Payments are this quarter's big bet; reliability is what lets a crew run its day on "
    "our app." },
  { "Build a team that does the best work of their careers",
    "Aspirational: 0.7 here is a great quarter." },
  { "Win new customers without buying them with discounts" },
  { "Grow with the customers we already have" },
  { "Make our sales numbers something we can plan on" },
  { "Fill the pipeline with the right small businesses" },
  { "Become the app tradespeople recommend to each other" },
  { "Make the payments launch impossible to miss" },
  { "Make the app fast and dependable out in the field" },
  { "Ship online payments customers trust with their money" },
  { "Spend our time building, not firefighting" },
  { "Answer every customer quickly and well" },
  { "Get new customers to value in their first two weeks" },
  { "Turn at-risk accounts around before they leave" },
  { "Make every demo count" },
  { "Move our best customers onto annual plans" },
  { "Build a lead engine that runs every week" },
  { "Tell the stories of the people who use Tidewater" },
  { "Make the app feel instant on any phone" },
  { "Make every release boring" },
  { "Give payments a rock-solid backend" },
  { "Be the fastest support team in our market" },
  { "Make the first week with Tidewater a delight" },
};

static const KrText en_krs[N_KRS] = {
  /*  0 */ { "Sales and Marketing hit their quarter plans", .label = "%" },
  /*  1 */ { "Grow annual recurring revenue from $14.2M to $15.5M", 14.2e6, 15.5e6, "$" },
  /*  2 */ { "Grow paying customers from 8,400 to 9,300", 8400, 9300, "customers" },
  /*  3 */ { "Lift trial-to-paid conversion from 14% to 18%", 14, 18, "%" },
  /*  4 */ { "Cut monthly customer churn from 2.6% to 1.9%", 2.6, 1.9, "%" },
  /*  5 */ { "Raise our Net Promoter Score from 38 to 45", 38, 45, "NPS", 1 },
  /*  6 */ { "Keep gross revenue retention at or above 92%", 93.5, 92, "%" },
  /*  7 */ { "Product & Engineering deliver their quarter objectives", .label = "%" },
  /*  8 */ { "Keep platform uptime at or above 99.9%", 99.95, 99.9, "%" },
  /*  9 */ { "Launch online payments in the app",
             .milestones = { "Private beta with 50 customers", "Card reader support",
                             "Next-day payouts", "Available to every customer" } },
  /* 10 */ { "Raise weekly active seats from 61% to 70%", 61, 70, "%" },
  /* 11 */ { "Raise the engagement survey score from 7.1 to 8.0", 7.1, 8.0, "/10" },
  /* 12 */ { "Roll out the new career framework to every team" },
  /* 13 */ { "Bring regretted attrition down from 9% to 6%", 9, 6, "%" },
  /* 14 */ { "Book $620K in new annual contract value", 0, 620000, "$",
             .initiatives = { "Weekly pipeline review with every account executive",
                              "Referral bonus for existing customers" } },
  /* 15 */ { "Bring the average discount on new deals down from 18% to 10%", 18, 10, "%",
             .initiatives = { "Discounts above 10% need the VP of Sales to sign off" } },
  /* 16 */ { "Run 480 product demos", 0, 480, "demos" },
  /* 17 */ { "Sign 6 new reseller partners", 0, 6, "partners" },
  /* 18 */ { "Add $310K ARR from upgrades and add-ons", 0, 310000, "$",
             .initiatives = { "Upgrade offer for customers with five or more crew members" } },
  /* 19 */ { "Raise the share of customers on annual plans from 41% to 50%", 41, 50, "%" },
  /* 20 */ { "Hold 150 business reviews with our largest accounts", 0, 150, "reviews",
             .initiatives = { "Business review template showing usage and hours saved" } },
  /* 21 */ { "Raise forecast accuracy from 72% to 90%", 72, 90, "%" },
  /* 22 */ { "Move every deal into the new CRM pipeline",
             .milestones = { "Pipeline stages agreed", "Open deals migrated",
                             "Every rep trained", "Old spreadsheet retired" },
             .initiatives = { "CRM office hours twice a week" } },
  /* 23 */ { "Shorten the average sales cycle from 34 to 25 days", 34, 25, "days",
             .initiatives = { "Mutual close plan for every deal over $5K" } },
  /* 24 */ { "Generate 3,600 marketing-qualified leads", 0, 3600, "leads",
             .initiatives = { "Always-on search campaigns for the five biggest trades",
                              "Lead scoring agreed with Sales" } },
  /* 25 */ { "Lower the cost per qualified lead from $85 to $60", 85, 60, "$",
             .initiatives = { "Cut the three weakest ad sets every Friday" } },
  /* 26 */ { "Raise the lead-to-demo rate from 11% to 15%", 11, 15, "%" },
  /* 27 */ { "Grow monthly organic visitors from 95,000 to 140,000", 95000, 140000, "visitors",
             .initiatives = { "A guide for each trade: pricing a job, quoting, getting paid" } },
  /* 28 */ { "Publish 24 customer stories", 0, 24, "stories" },
  /* 29 */ { "Collect 400 new reviews on app stores and review sites", 0, 400, "reviews",
             .initiatives = { "Ask for a review after the tenth paid invoice" } },
  /* 30 */ { "Run the payments launch campaign",
             .milestones = { "Messaging and pricing page", "Launch video",
                             "Webinar with three customers", "E-mail to every account" },
             .initiatives = { "Weekly launch stand-up with Product" } },
  /* 31 */ { "Get 25% of active customers to turn on payments", 0, 25, "%" },
  /* 32 */ { "Land a feature in a national trade magazine",
             .initiatives = { "Pitch three trade editors with customer stories" } },
  /* 33 */ { "Cut median app start time from 3.8 s to 2.0 s", 3.8, 2.0, "s",
             .initiatives = { "Lazy-load the schedule screen",
                              "Performance budget checked in CI" } },
  /* 34 */ { "Raise crash-free sessions from 98.7% to 99.6%", 98.7, 99.6, "%" },
  /* 35 */ { "Keep P1 incidents to 2 a month or fewer", 1, 2, "incidents", 1,
             .initiatives = { "Blameless review within 48 hours of every P1" } },
  /* 36 */ { "Roll out payments to every customer",
             .milestones = { "Payment provider integration", "Refunds and disputes",
                             "PCI review passed", "Rollout to every region" },
             .initiatives = { "Weekly risk review with Finance",
                              "Feedback calls with beta customers" } },
  /* 37 */ { "Process $2.5M in customer payments through the app", 0, 2.5e6, "$" },
  /* 38 */ { "Pass the external security audit",
             .initiatives = { "Fix every high finding from the pre-audit" } },
  /* 39 */ { "Shrink the open bug backlog from 340 to 150", 340, 150, "bugs",
             .initiatives = { "Bug-fix Friday in every squad" } },
  /* 40 */ { "Raise automated test coverage from 54% to 75%", 54, 75, "%",
             .initiatives = { "Tests required for every new endpoint" } },
  /* 41 */ { "Cut the time from merge to production from 5 days to 1", 5, 1, "days" },
  /* 42 */ { "Cut first response time from 9 hours to 2", 9, 2, "h",
             .initiatives = { "Follow-the-sun rota with the Manila team",
                              "Saved replies for the 20 most common questions" } },
  /* 43 */ { "Raise customer satisfaction (CSAT) from 86% to 93%", 86, 93, "%" },
  /* 44 */ { "Keep the open ticket queue below 120", 95, 120, "tickets", 1,
             .initiatives = { "Weekend cover until the queue is back under control" } },
  /* 45 */ { "Answer 95% of chats within 5 minutes, up from 70%", 70, 95, "%" },
  /* 46 */ { "Cut the time to a customer's first invoice from 11 days to 4", 11, 4, "days",
             .initiatives = { "Sample invoice ready at sign-up" } },
  /* 47 */ { "Raise 30-day activation from 58% to 72%", 58, 72, "%",
             .initiatives = { "Day-three check-in call for every new account" } },
  /* 48 */ { "Launch the self-serve setup checklist",
             .milestones = { "Checklist designed", "In-app guides for five key tasks",
                             "Welcome e-mail series", "Live for every new sign-up" } },
  /* 49 */ { "Reach 100% of at-risk accounts within 48 hours, up from 60%", 60, 100, "%" },
  /* 50 */ { "Save 120 accounts flagged at risk", 0, 120, "accounts",
             .initiatives = { "Health-score alerts in the team channel",
                              "Win-back offer for customers who downgrade" } },
  /* 51 */ { "Bring the monthly downgrade rate from 4.2% to 3.0%", 4.2, 3.0, "%" },
  /* 52 */ { "Raise the demo-to-close rate from 19% to 25%", 19, 25, "%" },
  /* 53 */ { "Win 900 new paying customers through sales", 0, 900, "customers" },
  /* 54 */ { "Answer inbound demo requests within 1 hour instead of 6", 6, 1, "h" },
  /* 55 */ { "Convert 420 monthly customers to annual plans", 0, 420, "customers" },
  /* 56 */ { "Add $120K ARR from Pro tier upsells", 0, 120000, "$" },
  /* 57 */ { "Launch the annual-plan offer",
             .milestones = { "Offer and pricing approved", "E-mail sequence live",
                             "In-app banner live" } },
  /* 58 */ { "Launch 12 paid campaigns across search and social", 0, 12, "campaigns" },
  /* 59 */ { "Raise landing-page conversion from 3.1% to 4.5%", 3.1, 4.5, "%" },
  /* 60 */ { "Keep monthly ad spend below $70K", 62000, 70000, "$" },
  /* 61 */ { "Publish 36 articles and guides", 0, 36, "articles" },
  /* 62 */ { "Grow the newsletter from 18,000 to 25,000 subscribers", 18000, 25000,
             "subscribers" },
  /* 63 */ { "Produce 8 customer videos", 0, 8, "videos" },
  /* 64 */ { "Cut the app download size from 92 MB to 60 MB", 92, 60, "MB" },
  /* 65 */ { "Raise the App Store rating from 4.3 to 4.7", 4.3, 4.7, "★" },
  /* 66 */ { "Ship offline mode for job sheets",
             .milestones = { "Jobs stored on the phone", "Sync conflict handling",
                             "Beta with 30 crews", "Release to everyone" } },
  /* 67 */ { "Raise the share of deploys without a rollback from 88% to 98%", 88, 98, "%" },
  /* 68 */ { "Cut CI pipeline time from 28 to 12 minutes", 28, 12, "min" },
  /* 69 */ { "Keep API availability at or above 99.95%", 99.98, 99.95, "%" },
  /* 70 */ { "Retire the legacy job server" },
  /* 71 */ { "Cut payment API p95 latency from 850 ms to 300 ms", 850, 300, "ms" },
  /* 72 */ { "Build the payments ledger",
             .milestones = { "Double-entry ledger design", "Nightly reconciliation job",
                             "Daily payout report" } },
  /* 73 */ { "Reconcile 100% of payouts automatically, up from 92%", 92, 100, "%" },
  /* 74 */ { "Cut median handle time from 14 to 9 minutes", 14, 9, "min" },
  /* 75 */ { "Resolve 40% of questions through the help center, up from 22%", 22, 40, "%" },
  /* 76 */ { "Publish 60 new help-center articles", 0, 60, "articles" },
  /* 77 */ { "Raise the share of sign-ups who finish setup from 47% to 65%", 47, 65, "%" },
  /* 78 */ { "Run 40 live onboarding webinars", 0, 40, "webinars" },
  /* 79 */ { "Cut setup questions from 31% to 18% of all tickets", 31, 18, "%" },
};

static const ObjectiveText en_prev_objectives[N_PREV_OBJECTIVES] = {
  { "Grow faster than the market" },
  { "Stop losing customers in their first 90 days" },
  { "Lay the foundations for payments" },
  { "Keep the company healthy while we grow" },
  { "Build a pipeline we can count on" },
  { "Price with confidence" },
  { "Reach more service businesses" },
  { "Give the brand a voice of its own" },
  { "Make the app stable enough to run a business on" },
  { "Get the platform ready for payments" },
  { "Help customers faster" },
  { "Catch churn before it happens" },
};

static const KrText en_prev_krs[N_PREV_KRS] = {
  /*  0 */ { "Grow annual recurring revenue from $13.1M to $14.4M", 13.1e6, 14.4e6, "$" },
  /*  1 */ { "Grow paying customers from 7,700 to 8,400", 7700, 8400, "customers" },
  /*  2 */ { "Lift trial-to-paid conversion from 12% to 15%", 12, 15, "%" },
  /*  3 */ { "Cut 90-day churn from 7.5% to 5%", 7.5, 5, "%" },
  /*  4 */ { "Launch a customer health score" },
  /*  5 */ { "Call 1,000 new customers in their first month", 0, 1000, "calls" },
  /*  6 */ { "Finish payments discovery",
             .milestones = { "Customer research", "Provider shortlist", "Pricing model",
                             "Architecture signed off" } },
  /*  7 */ { "Interview 60 customers about how they get paid", 0, 60, "interviews" },
  /*  8 */ { "Choose a payments provider" },
  /*  9 */ { "Keep monthly cash burn below $450K", 430000, 450000, "$" },
  /* 10 */ { "Raise engagement survey participation from 64% to 85%", 64, 85, "%" },
  /* 11 */ { "Hire 14 engineers and customer success managers", 0, 14, "hires" },
  /* 12 */ { "Book $550K in new annual contract value", 0, 550000, "$" },
  /* 13 */ { "Run 420 product demos", 0, 420, "demos" },
  /* 14 */ { "Raise the win rate from 18% to 22%", 18, 22, "%" },
  /* 15 */ { "Bring the average discount down from 24% to 16%", 24, 16, "%" },
  /* 16 */ { "Publish the new price book" },
  /* 17 */ { "Train 12 reps in value selling", 0, 12, "reps" },
  /* 18 */ { "Generate 3,000 marketing-qualified leads", 0, 3000, "leads" },
  /* 19 */ { "Lower the cost per qualified lead from $110 to $80", 110, 80, "$" },
  /* 20 */ { "Grow monthly organic visitors from 70,000 to 95,000", 70000, 95000, "visitors" },
  /* 21 */ { "Finish the brand refresh",
             .milestones = { "New logo and colors", "Voice and tone guide", "Website redesign",
                             "New app store listing" } },
  /* 22 */ { "Publish 12 customer stories", 0, 12, "stories" },
  /* 23 */ { "Grow the newsletter from 12,000 to 18,000 subscribers", 12000, 18000,
             "subscribers" },
  /* 24 */ { "Raise crash-free sessions from 97.9% to 98.7%", 97.9, 98.7, "%" },
  /* 25 */ { "Cut median app start time from 5.2 s to 3.8 s", 5.2, 3.8, "s" },
  /* 26 */ { "Keep platform uptime at or above 99.9%", 99.94, 99.9, "%" },
  /* 27 */ { "Design the payments architecture",
             .milestones = { "Data model reviewed", "Provider sandbox connected",
                             "Threat model done" } },
  /* 28 */ { "Shrink the bug backlog from 420 to 340", 420, 340, "bugs" },
  /* 29 */ { "Raise automated test coverage from 41% to 54%", 41, 54, "%" },
  /* 30 */ { "Cut first response time from 16 hours to 9", 16, 9, "h" },
  /* 31 */ { "Raise customer satisfaction (CSAT) from 82% to 86%", 82, 86, "%" },
  /* 32 */ { "Publish 40 help-center articles", 0, 40, "articles" },
  /* 33 */ { "Reach 60% of at-risk accounts within 48 hours, up from 20%", 20, 60, "%" },
  /* 34 */ { "Save 80 accounts flagged at risk", 0, 80, "accounts" },
  /* 35 */ { "Start a weekly churn review with Sales and Product" },
};

/* Two per department and two for the company; win rate and P1 bugs are red today. */
static const Kpi en_kpis[N_KPIS] = {
  { U_COMPANY, "Annual recurring revenue", "$", 15.5e6, 13.5e6, 14.0e6, 14.9e6, 10000, 40000 },
  { U_COMPANY, "Employee turnover, last 12 months", "%", 10, 15, 12.4, 13.6, 0.1, 0.3 },
  { U_SALES, "Pipeline coverage", "×", 3, 2, 2.4, 3.2, 0.1, 0.15 },
  { U_SALES, "Win rate", "%", 25, 18, 22, 16.5, 0.1, 0.8 },
  { U_MARKETING, "Cost per qualified lead", "$", 60, 90, 86, 74, 1, 3 },
  { U_MARKETING, "Weekly website visitors", "visitors", 30000, 20000, 23000, 31500, 100, 900 },
  { U_TECH, "API uptime", "%", 99.95, 99.8, 99.96, 99.97, 0.01, 0.015 },
  { U_TECH, "Open P1 bugs", "bugs", 3, 8, 5, 9, 1, 1 },
  { U_CUSTOMER, "Net Promoter Score", "NPS", 45, 30, 38, 41, 1, 1.5 },
  { U_CUSTOMER, "Monthly customer churn", "%", 2, 3, 2.7, 2.3, 0.1, 0.12 },
};

/* The closed quarter's retrospectives: the company, then each department. */
static const Retro en_retros[N_RETROS] = {
  { "Customer numbers hit the target and weekly check-ins became a habit across the company.",
    "Revenue fell short because big deals came late in the quarter, and hiring lagged behind "
    "the plan.",
    "Fewer company objectives, each with one clear owner. Review the pipeline every week, "
    "not every month." },
  { "Demo volume beat the plan and the new price book landed well with customers.",
    "The win rate barely moved: too many deals were discounted to get them over the line.",
    "Discounts above 10% need sign-off, and every deal review includes coaching on value." },
  { "Organic traffic and the newsletter both hit their targets; the brand refresh shipped "
    "on time.",
    "Only half the customer stories were published because everything rested on one writer.",
    "Plan stories a quarter ahead and share the writing across the team." },
  { "The stability work paid off: fewer crashes, a faster start and no uptime breach.",
    "The payments architecture took longer than planned and the threat model slipped.",
    "Start security work at the beginning of a project, not at the end." },
  { "First response time almost halved and customer satisfaction followed.",
    "We saved fewer at-risk accounts than we hoped: the warnings came too late.",
    "Use the health score to call accounts before they ask to cancel." },
};

static const char *const en_went_well[N_NOTES] = {
  "Good week: we closed most of the gap from last month.",
  "The weekly review is paying off; nobody is surprised any more.",
  "Numbers moved the right way three weeks running.",
  "Fewer hand-offs, faster decisions.",
  "Everyone on the team moved something forward this week.",
  "We said no to two side requests and stayed focused.",
  "Quiet week, steady progress.",
  "Our new hire is up to speed and already helping.",
  /* Sales */
  "Two big accounts said yes after a second demo.",
  "The new discount rules held: no exceptions this week.",
  "Good hand-over from Marketing; the leads were warm.",
  /* Marketing */
  "The new ad creative doubled the click-through rate.",
  "A customer story got picked up by a trade forum.",
  "Finance approved the extra campaign budget.",
  /* Product & Engineering */
  "Last week's fix held up in production.",
  "Pairing with the other squad saved us days.",
  "The dashboard finally shows the real picture.",
  /* Customer Success */
  "Customers noticed the change and told us so.",
  "The saved replies cut a lot of repeat typing.",
  "Feedback from the pilot group was very positive.",
};

static const char *const en_blocked_by[N_NOTES] = {
  "Two people were out sick for most of the week.",
  "Too many priorities competing for the same people.",
  "Our estimate was too optimistic.",
  "The requirements changed half-way through.",
  "Nobody owns the hand-over between the two teams yet.",
  "The open role is taking longer to fill than expected.",
  "The first approach didn't work; we had to start over.",
  "Budget approval is taking longer than planned.",
  /* Sales */
  "Waiting on Legal to approve the contract template.",
  "CRM data is still messy, so the numbers are hard to trust.",
  "Our main contact at a key prospect changed jobs.",
  /* Marketing */
  "Tracking broke after the website update, so the numbers are partial.",
  "Still no decision on pricing.",
  "The agency delivered the creative a week late.",
  /* Product & Engineering */
  "We depend on the platform release, which slipped.",
  "An outage ate two days of the week.",
  "App Store review took a full week.",
  /* Customer Success */
  "Support questions keep pulling us away from the plan.",
  "Customers are slow to reply in their busy season.",
  "Waiting on Engineering for the fix customers keep asking about.",
};

static const char *const en_next_step[N_NOTES] = {
  "Split the work into smaller weekly steps.",
  "Run a short retro on what slowed us down.",
  "Raise the blocker at the leadership meeting.",
  "Double down on what worked this week.",
  "Agree one owner for each open item.",
  "Cut scope to what we can finish this quarter.",
  "Share progress at the all-hands.",
  "Borrow a pair of hands from a neighboring team for two weeks.",
  /* Sales */
  "Review the pipeline with Marketing on Monday.",
  "Call the five largest prospects personally.",
  "Clean up the CRM data before the next check-in.",
  /* Marketing */
  "Test two variants and keep the winner.",
  "Share the draft and ask for comments by Thursday.",
  "Book time with Finance to settle the budget.",
  /* Product & Engineering */
  "Ship a first version to ten customers and collect feedback.",
  "Automate the manual step we keep repeating.",
  "Follow up with the vendor daily until it ships.",
  /* Customer Success */
  "Call the five accounts with the most open tickets.",
  "Pair a senior agent with the new hire for a week.",
  "Set up one dashboard so everyone sees the same numbers.",
};

static const char *const en_reasons[N_BANDS][N_REASONS] = {
  [BAND_FULL] = { "Target reached; the weekly check-ins kept it moving.",
                  "Done before the end of the quarter.",
                  "Delivered in full, with a little to spare." },
  [BAND_HIGH] = { "Most of the way there; the last stretch moves to next quarter.",
                  "A strong result, just short of the target.",
                  "Good progress, but a late start cost us the rest." },
  [BAND_MID] = { "About half done: we underestimated the effort.",
                 "Stalled mid-quarter when priorities shifted.",
                 "Partly there; waiting on another team held us back." },
  [BAND_LOW] = { "Little progress: this was deprioritized early on.",
                 "Missed; the target needs a second look.",
                 "Not started in earnest; we will decide next quarter whether it still matters." },
};

/* ── Vietnamese: Mùa Vàng, a food company selling clean rice, vegetables and fruit
 * through supermarkets, resellers and its own app, with its own warehouses and delivery ── */

static const Person vi_people[N_PEOPLE] = {
  { "Nguyễn Thị Minh Anh", "anh.nguyen@muavang.example" },
  { "Trần Quốc Bảo", "bao.tran@muavang.example" },
  { "Lê Thu Hà", "ha.le@muavang.example" },
  { "Phạm Đức Huy", "huy.pham@muavang.example" },
  { "Hoàng Văn Long", "long.hoang@muavang.example" },
  { "Vũ Thị Ngọc Lan", "lan.vu@muavang.example" },
  { "Đặng Minh Tuấn", "tuan.dang@muavang.example" },
  { "Bùi Khánh Linh", "linh.bui@muavang.example" },
  { "Đỗ Thanh Hương", "huong.do@muavang.example" },
  { "Ngô Thành Nam", "nam.ngo@muavang.example" },
  { "Dương Thị Mai", "mai.duong@muavang.example" },
  { "Lý Hoàng Phúc", "phuc.ly@muavang.example" },
  { "Phan Thị Quỳnh", "quynh.phan@muavang.example" },
  { "Trịnh Gia Khang", "khang.trinh@muavang.example" },
  { "Mai Phương Thảo", "thao.mai@muavang.example" },
};

static const char *const vi_units[N_UNITS] = {
  NULL, "Phòng Kinh doanh", "Phòng Marketing", "Phòng Công nghệ", "Phòng Vận hành",
  "Nhóm Siêu thị & Đại lý", "Nhóm Bán hàng online", "Nhóm Digital Marketing",
  "Nhóm Thương hiệu & Nội dung", "Nhóm Ứng dụng di động", "Nhóm Dữ liệu & Hạ tầng",
  "Nhóm Kho vận & Giao hàng", "Nhóm Chăm sóc khách hàng",
};

static const ObjectiveText vi_objectives[N_OBJECTIVES] = {
  { "Đưa nông sản sạch Mùa Vàng vào bữa cơm của nhiều gia đình hơn",
    "Tăng trưởng nhờ chất lượng và độ phủ, không nhờ chạy đua giảm giá. Phòng Kinh doanh và "
    "Phòng Marketing xây dựng OKR của mình từ mục tiêu này." },
  { "Khách hàng tin chọn Mùa Vàng vì chất lượng và sự tận tâm",
    "Mỗi khiếu nại là một cơ hội giữ chân khách. Vận hành và Chăm sóc khách hàng cùng chịu "
    "trách nhiệm." },
  { "Đặt hàng trên Mùa Vàng dễ như đi chợ đầu ngõ",
    "Gói giao hàng định kỳ là canh bạc lớn nhất của quý; ứng dụng ổn định là nền móng." },
  { "Xây dựng đội ngũ gắn bó, tự hào với sản phẩm mình làm ra",
    "Mục tiêu truyền cảm hứng: đạt 0,7 đã là kết quả tốt." },
  { "Mở rộng kênh siêu thị và đại lý mà không chạy đua chiết khấu" },
  { "Bán được nhiều hơn cho những khách hàng đang có" },
  { "Dự báo bán hàng sát thực tế để giảm hàng tồn, hàng hỏng" },
  { "Thu hút đúng những gia đình quan tâm đến thực phẩm sạch" },
  { "Mùa Vàng trở thành cái tên các bà nội trợ giới thiệu cho nhau" },
  { "Ra mắt gói giao rau hằng tuần thật ấn tượng" },
  { "Ứng dụng mượt mà, ổn định cả trong giờ cao điểm" },
  { "Khách đăng ký gói định kỳ một lần, yên tâm nhận hàng mỗi tuần" },
  { "Dành thời gian làm tính năng mới thay vì chữa cháy" },
  { "Giao hàng nhanh, tươi và đúng hẹn" },
  { "Xử lý khiếu nại nhanh gọn để khách quay lại" },
  { "Giữ rau củ tươi ngon từ kho đến tay khách" },
  { "Chinh phục các chuỗi siêu thị lớn" },
  { "Biến khách mua lẻ thành khách đặt gói hằng tuần" },
  { "Cỗ máy quảng cáo chạy đều đặn mỗi tuần" },
  { "Kể câu chuyện của những người nông dân đứng sau từng bó rau" },
  { "Ứng dụng chạy nhanh trên mọi điện thoại, kể cả máy cấu hình thấp" },
  { "Mỗi lần phát hành đều nhẹ nhàng, không hồi hộp" },
  { "Hệ thống đơn định kỳ vững như kiềng ba chân" },
  { "Đơn nào cũng rời kho đúng giờ" },
  { "Khách hàng cảm thấy được lắng nghe" },
};

static const KrText vi_krs[N_KRS] = {
  /*  0 */ { "Phòng Kinh doanh và Phòng Marketing hoàn thành kế hoạch quý", .label = "%" },
  /*  1 */ { "Đạt doanh thu thuần 42 tỷ đồng trong quý", 0, 42e9, "₫" },
  /*  2 */ { "Tăng số điểm bán có hàng Mùa Vàng từ 1.250 lên 1.600", 1250, 1600, "điểm bán" },
  /*  3 */ { "Tăng tỷ lệ khách mua lại trong 60 ngày từ 32% lên 40%", 32, 40, "%" },
  /*  4 */ { "Giảm tỷ lệ đơn hàng bị khiếu nại từ 2,4% xuống 1,5%", 2.4, 1.5, "%" },
  /*  5 */ { "Nâng điểm NPS từ 41 lên 50", 41, 50, "điểm", 1 },
  /*  6 */ { "Duy trì tỷ lệ giao hàng đúng hẹn từ 95% trở lên", 96.5, 95, "%" },
  /*  7 */ { "Phòng Công nghệ hoàn thành các mục tiêu quý", .label = "%" },
  /*  8 */ { "Duy trì thời gian hoạt động của hệ thống đặt hàng từ 99,9% trở lên", 99.95, 99.9,
             "%" },
  /*  9 */ { "Ra mắt gói giao rau hằng tuần trên ứng dụng",
             .milestones = { "Thử nghiệm với 300 khách hàng", "Thanh toán tự động qua ví điện tử",
                             "Khách tự chọn rau theo mùa", "Mở cho toàn bộ khách hàng" } },
  /* 10 */ { "Tăng tỷ lệ đơn đặt qua ứng dụng từ 35% lên 45% tổng đơn online", 35, 45, "%" },
  /* 11 */ { "Nâng điểm hài lòng của nhân viên từ 3,6 lên 4,2 (thang 5)", 3.6, 4.2, "điểm" },
  /* 12 */ { "Ban hành khung năng lực và lộ trình thăng tiến cho toàn công ty" },
  /* 13 */ { "Giảm tỷ lệ nghỉ việc của nhân viên kho và giao hàng từ 12% xuống 8%", 12, 8,
             "%" },
  /* 14 */ { "Đạt doanh thu 26 tỷ đồng từ kênh siêu thị và đại lý", 0, 26e9, "₫",
             .initiatives = { "Họp rà soát đơn hàng với từng chuỗi siêu thị mỗi sáng thứ Hai",
                              "Thưởng cho đại lý giới thiệu được đại lý mới" } },
  /* 15 */ { "Giảm mức chiết khấu bình quân cho đại lý từ 15% xuống 11%", 15, 11, "%",
             .initiatives = { "Chiết khấu trên 11% phải được Giám đốc Kinh doanh duyệt" } },
  /* 16 */ { "Mở mới 220 điểm bán", 0, 220, "điểm bán" },
  /* 17 */ { "Ký hợp đồng với 5 nhà phân phối cấp tỉnh", 0, 5, "nhà phân phối" },
  /* 18 */ { "Tăng doanh thu online từ khách hàng cũ thêm 3,2 tỷ đồng", 0, 3.2e9, "₫",
             .initiatives = { "Gợi ý combo theo lịch sử mua hàng của từng khách" } },
  /* 19 */ { "Tăng tỷ lệ khách đăng ký gói giao rau hằng tuần từ 18% lên 25%", 18, 25, "%" },
  /* 20 */ { "Gọi điện chăm sóc 1.500 khách hàng thân thiết", 0, 1500, "khách",
             .initiatives = { "Kịch bản gọi điện và ưu đãi riêng cho khách hạng Vàng" } },
  /* 21 */ { "Nâng độ chính xác của dự báo nhu cầu theo tuần từ 70% lên 85%", 70, 85, "%" },
  /* 22 */ { "Đưa toàn bộ đơn đặt của siêu thị lên hệ thống CRM mới",
             .milestones = { "Thống nhất các bước bán hàng", "Chuyển dữ liệu khách hàng cũ",
                             "Đào tạo toàn bộ nhân viên kinh doanh",
                             "Ngừng theo dõi đơn bằng file Excel" },
             .initiatives = { "Hai buổi hỗ trợ dùng CRM mỗi tuần" } },
  /* 23 */ { "Rút ngắn thời gian từ chào hàng đến ký hợp đồng với siêu thị từ 45 xuống 30 ngày",
             45, 30, "ngày",
             .initiatives = { "Chuẩn bị sẵn hồ sơ sản phẩm theo yêu cầu của từng chuỗi" } },
  /* 24 */ { "Có thêm 25.000 khách hàng đặt đơn đầu tiên", 0, 25000, "khách",
             .initiatives = { "Chạy quảng cáo theo bán kính giao hàng của từng kho",
                              "Mã giảm giá đơn đầu cho khách được bạn bè giới thiệu" } },
  /* 25 */ { "Giảm chi phí có một khách hàng mới từ 120.000 ₫ xuống 85.000 ₫", 120000, 85000,
             "₫", .initiatives = { "Mỗi thứ Sáu tắt ba nhóm quảng cáo kém hiệu quả nhất" } },
  /* 26 */ { "Tăng tỷ lệ khách tải ứng dụng rồi đặt đơn đầu tiên từ 14% lên 20%", 14, 20, "%" },
  /* 27 */ { "Tăng người theo dõi fanpage và kênh TikTok từ 120.000 lên 180.000", 120000,
             180000, "người",
             .initiatives = { "Chuỗi video “Một ngày ở nông trại” đăng mỗi tuần" } },
  /* 28 */ { "Sản xuất 24 video về nông trại và người trồng", 0, 24, "video" },
  /* 29 */ { "Có thêm 3.000 đánh giá 5 sao trên ứng dụng và sàn thương mại điện tử", 0, 3000,
             "đánh giá", .initiatives = { "Nhắn tin mời đánh giá sau đơn hàng thứ ba" } },
  /* 30 */ { "Triển khai chiến dịch ra mắt gói giao rau hằng tuần",
             .milestones = { "Thông điệp và trang giới thiệu gói", "Video ra mắt",
                             "Livestream cùng nông dân đối tác",
                             "Thông báo tới toàn bộ khách hàng" },
             .initiatives = { "Họp kế hoạch ra mắt với Phòng Công nghệ mỗi tuần" } },
  /* 31 */ { "Có 20% khách hàng đang hoạt động đăng ký gói định kỳ", 0, 20, "%" },
  /* 32 */ { "Được một tờ báo lớn viết bài về mô hình liên kết với nông dân",
             .initiatives = { "Gửi thông cáo báo chí kèm câu chuyện của ba hộ nông dân" } },
  /* 33 */ { "Giảm thời gian tải trang chủ ứng dụng từ 4,2 giây xuống 2 giây", 4.2, 2.0, "giây",
             .initiatives = { "Nén ảnh sản phẩm và tải dần khi cuộn",
                              "Đặt ngưỡng hiệu năng trong quy trình CI" } },
  /* 34 */ { "Tăng tỷ lệ phiên dùng không bị văng ứng dụng từ 98,5% lên 99,5%", 98.5, 99.5,
             "%" },
  /* 35 */ { "Mỗi tháng không quá 2 sự cố nghiêm trọng (P1)", 1, 2, "sự cố", 1,
             .initiatives = { "Họp rút kinh nghiệm trong 48 giờ sau mỗi sự cố P1" } },
  /* 36 */ { "Hoàn thiện hệ thống đơn hàng định kỳ",
             .milestones = { "Kết nối ví MoMo và ZaloPay", "Tự động tạo đơn mỗi tuần",
                             "Cho khách tạm dừng hoặc đổi món", "Mở cho mọi khu vực giao hàng" },
             .initiatives = { "Rà soát rủi ro cùng Phòng Tài chính mỗi tuần",
                              "Gọi điện lấy ý kiến khách dùng thử" } },
  /* 37 */ { "Đạt 2,5 tỷ đồng giá trị đơn hàng định kỳ", 0, 2.5e9, "₫" },
  /* 38 */ { "Vượt qua đợt kiểm tra bảo mật độc lập",
             .initiatives = { "Khắc phục toàn bộ lỗi mức cao từ đợt kiểm tra thử" } },
  /* 39 */ { "Giảm số lỗi tồn đọng từ 280 xuống 120", 280, 120, "lỗi",
             .initiatives = { "Thứ Sáu là ngày sửa lỗi của mọi nhóm" } },
  /* 40 */ { "Tăng độ phủ kiểm thử tự động từ 45% lên 70%", 45, 70, "%",
             .initiatives = { "Bắt buộc viết kiểm thử cho mọi API mới" } },
  /* 41 */ { "Rút ngắn thời gian từ lúc gộp mã đến khi lên production từ 4 ngày xuống 1 ngày",
             4, 1, "ngày" },
  /* 42 */ { "Rút ngắn thời gian giao hàng nội thành từ 36 giờ xuống 24 giờ", 36, 24, "giờ",
             .initiatives = { "Thêm ca giao buổi tối tại TP.HCM và Hà Nội",
                              "Sắp xếp lại tuyến giao theo cụm phường" } },
  /* 43 */ { "Tăng tỷ lệ khách hài lòng sau khi nhận hàng từ 88% lên 94%", 88, 94, "%" },
  /* 44 */ { "Giữ tỷ lệ hàng hư hỏng khi giao dưới 1,5%", 1.1, 1.5, "%",
             .initiatives = { "Dùng thùng xốp và đá khô cho đơn có rau lá" } },
  /* 45 */ { "Tăng tỷ lệ đơn giao thành công ngay lần đầu từ 90% lên 97%", 90, 97, "%" },
  /* 46 */ { "Rút ngắn thời gian xử lý xong một khiếu nại từ 48 giờ xuống 12 giờ", 48, 12, "giờ",
             .initiatives = { "Cho nhân viên chăm sóc khách hàng tự quyết hoàn tiền đến "
                              "200.000 ₫" } },
  /* 47 */ { "Tăng tỷ lệ khách từng khiếu nại vẫn đặt đơn tiếp theo từ 55% lên 70%", 55, 70, "%",
             .initiatives = { "Tặng phiếu mua hàng kèm lời xin lỗi cho khách khiếu nại" } },
  /* 48 */ { "Xây dựng quy trình chuẩn xử lý khiếu nại",
             .milestones = { "Phân loại 10 lỗi thường gặp", "Kịch bản trả lời cho từng loại",
                             "Đào tạo toàn bộ nhân viên", "Áp dụng ở cả hai miền" } },
  /* 49 */ { "Kiểm tra chất lượng 100% lô hàng trước khi xuất kho, từ mức 60%", 60, 100, "%" },
  /* 50 */ { "Lắp cảm biến nhiệt độ cho 40 xe giao hàng và kho lạnh", 0, 40, "thiết bị",
             .initiatives = { "Chọn nhà cung cấp cảm biến nhiệt độ",
                              "Gửi cảnh báo nhiệt độ qua Zalo cho trưởng kho" } },
  /* 51 */ { "Giảm tỷ lệ hàng phải hủy do quá hạn từ 4,5% xuống 3%", 4.5, 3.0, "%" },
  /* 52 */ { "Tăng tỷ lệ chào hàng thành công với siêu thị từ 20% lên 28%", 20, 28, "%" },
  /* 53 */ { "Đưa sản phẩm vào 150 siêu thị mới", 0, 150, "siêu thị" },
  /* 54 */ { "Gửi hàng mẫu cho siêu thị trong 1 ngày thay vì 5 ngày", 5, 1, "ngày" },
  /* 55 */ { "Chuyển 2.000 khách mua lẻ sang gói giao rau hằng tuần", 0, 2000, "khách" },
  /* 56 */ { "Tăng doanh thu từ gói cao cấp thêm 900 triệu đồng", 0, 900e6, "₫" },
  /* 57 */ { "Ra mắt ưu đãi cho khách đăng ký gói",
             .milestones = { "Duyệt ưu đãi và giá", "Chuỗi tin nhắn Zalo tự động",
                             "Banner trong ứng dụng" } },
  /* 58 */ { "Chạy 12 chiến dịch trên Facebook, TikTok và Google", 0, 12, "chiến dịch" },
  /* 59 */ { "Tăng tỷ lệ chuyển đổi của trang đích từ 2,8% lên 4%", 2.8, 4.0, "%" },
  /* 60 */ { "Giữ chi phí quảng cáo mỗi tháng dưới 450 triệu đồng", 400e6, 450e6, "₫" },
  /* 61 */ { "Đăng 36 bài viết về mẹo chọn và nấu thực phẩm sạch", 0, 36, "bài" },
  /* 62 */ { "Tăng số người nhận bản tin Zalo từ 30.000 lên 42.000", 30000, 42000, "người" },
  /* 63 */ { "Thực hiện 8 phóng sự tại nông trại đối tác", 0, 8, "phóng sự" },
  /* 64 */ { "Giảm dung lượng ứng dụng từ 85 MB xuống 50 MB", 85, 50, "MB" },
  /* 65 */ { "Nâng điểm đánh giá trên cửa hàng ứng dụng từ 4,2 lên 4,6", 4.2, 4.6, "★" },
  /* 66 */ { "Cho phép đặt hàng khi mạng yếu",
             .milestones = { "Lưu giỏ hàng trên máy", "Tự đồng bộ khi có mạng",
                             "Thử nghiệm với 500 khách", "Phát hành cho mọi người" } },
  /* 67 */ { "Tăng tỷ lệ lần triển khai không phải rollback từ 85% lên 97%", 85, 97, "%" },
  /* 68 */ { "Giảm thời gian chạy CI từ 25 xuống 10 phút", 25, 10, "phút" },
  /* 69 */ { "Duy trì độ sẵn sàng của API từ 99,95% trở lên", 99.98, 99.95, "%" },
  /* 70 */ { "Chuyển hết dữ liệu khỏi máy chủ cũ đặt tại văn phòng" },
  /* 71 */ { "Giảm độ trễ p95 của API đặt hàng từ 900 ms xuống 300 ms", 900, 300, "ms" },
  /* 72 */ { "Xây dựng sổ cái đối soát thanh toán",
             .milestones = { "Thiết kế sổ cái", "Đối soát tự động hằng đêm",
                             "Báo cáo thanh toán hằng ngày cho Kế toán" } },
  /* 73 */ { "Đối soát tự động 100% giao dịch ví điện tử, từ mức 90%", 90, 100, "%" },
  /* 74 */ { "Giảm thời gian soạn một đơn hàng từ 12 xuống 7 phút", 12, 7, "phút" },
  /* 75 */ { "Tăng tỷ lệ đơn được giao theo tuyến tối ưu từ 40% lên 75%", 40, 75, "%" },
  /* 76 */ { "Đào tạo 60 nhân viên giao hàng về bảo quản hàng lạnh", 0, 60, "người" },
  /* 77 */ { "Tăng tỷ lệ cuộc gọi được giải quyết ngay lần đầu từ 62% lên 80%", 62, 80, "%" },
  /* 78 */ { "Gọi hỏi thăm 1.200 khách hàng mới sau đơn đầu tiên", 0, 1200, "cuộc gọi" },
  /* 79 */ { "Giảm tỷ lệ khách phải liên hệ lại lần hai từ 25% xuống 15%", 25, 15, "%" },
};

static const ObjectiveText vi_prev_objectives[N_PREV_OBJECTIVES] = {
  { "Tăng trưởng mạnh ở cả hai kênh bán hàng" },
  { "Giao hàng đúng hẹn, đúng chất lượng" },
  { "Đặt nền móng cho mô hình giao hàng định kỳ" },
  { "Vận hành công ty gọn gàng, tiết kiệm" },
  { "Xây dựng nguồn đơn hàng ổn định từ siêu thị" },
  { "Bán hàng với mức giá hợp lý và bền vững" },
  { "Đưa Mùa Vàng đến gần hơn với các gia đình trẻ" },
  { "Làm mới thương hiệu Mùa Vàng" },
  { "Ứng dụng ổn định để khách yên tâm đặt hàng" },
  { "Chuẩn bị hạ tầng cho đơn hàng định kỳ" },
  { "Giao hàng nhanh hơn" },
  { "Phát hiện sớm và xử lý dứt điểm khiếu nại" },
};

static const KrText vi_prev_krs[N_PREV_KRS] = {
  /*  0 */ { "Đạt doanh thu thuần 38 tỷ đồng trong quý", 0, 38e9, "₫" },
  /*  1 */ { "Tăng số điểm bán từ 1.050 lên 1.250", 1050, 1250, "điểm bán" },
  /*  2 */ { "Tăng tỷ lệ khách mua lại trong 60 ngày từ 27% lên 35%", 27, 35, "%" },
  /*  3 */ { "Giảm tỷ lệ đơn bị khiếu nại từ 3,6% xuống 2%", 3.6, 2.0, "%" },
  /*  4 */ { "Đưa kho lạnh mới tại Thủ Đức vào hoạt động" },
  /*  5 */ { "Gọi điện hỏi thăm 3.000 khách sau khi nhận hàng", 0, 3000, "cuộc gọi" },
  /*  6 */ { "Hoàn tất khảo sát và thiết kế gói giao hàng định kỳ",
             .milestones = { "Phỏng vấn khách hàng", "Chọn đối tác ví điện tử",
                             "Xây dựng bảng giá gói", "Duyệt kiến trúc hệ thống" } },
  /*  7 */ { "Phỏng vấn 60 khách hàng về thói quen đi chợ", 0, 60, "cuộc phỏng vấn" },
  /*  8 */ { "Chọn xong đối tác thanh toán" },
  /*  9 */ { "Giữ chi phí vận hành mỗi tháng dưới 3,5 tỷ đồng", 3.3e9, 3.5e9, "₫" },
  /* 10 */ { "Tăng tỷ lệ nhân viên tham gia khảo sát gắn kết từ 60% lên 85%", 60, 85, "%" },
  /* 11 */ { "Tuyển đủ 20 nhân viên kho và giao hàng", 0, 20, "người" },
  /* 12 */ { "Đạt doanh thu 22 tỷ đồng từ kênh siêu thị và đại lý", 0, 22e9, "₫" },
  /* 13 */ { "Mở mới 180 điểm bán", 0, 180, "điểm bán" },
  /* 14 */ { "Tăng tỷ lệ chào hàng thành công từ 16% lên 24%", 16, 24, "%" },
  /* 15 */ { "Giảm chiết khấu bình quân cho đại lý từ 18% xuống 14%", 18, 14, "%" },
  /* 16 */ { "Ban hành bảng giá mới cho đại lý" },
  /* 17 */ { "Đào tạo 15 nhân viên kinh doanh về kỹ năng tư vấn", 0, 15, "người" },
  /* 18 */ { "Có thêm 20.000 khách hàng mới", 0, 20000, "khách" },
  /* 19 */ { "Giảm chi phí có một khách hàng mới từ 160.000 ₫ xuống 115.000 ₫", 160000, 115000,
             "₫" },
  /* 20 */ { "Tăng người theo dõi fanpage và TikTok từ 80.000 lên 120.000", 80000, 120000,
             "người" },
  /* 21 */ { "Hoàn tất bộ nhận diện thương hiệu mới",
             .milestones = { "Logo và bảng màu mới", "Bộ quy chuẩn giọng văn",
                             "Thiết kế lại bao bì rau củ",
                             "Cập nhật trang trên cửa hàng ứng dụng" } },
  /* 22 */ { "Sản xuất 12 video về nông trại đối tác", 0, 12, "video" },
  /* 23 */ { "Tăng người nhận bản tin Zalo từ 20.000 lên 30.000", 20000, 30000, "người" },
  /* 24 */ { "Tăng tỷ lệ phiên dùng không bị văng ứng dụng từ 97,6% lên 98,5%", 97.6, 98.5,
             "%" },
  /* 25 */ { "Giảm thời gian tải trang chủ từ 6 giây xuống 4,2 giây", 6.0, 4.2, "giây" },
  /* 26 */ { "Duy trì thời gian hoạt động của hệ thống từ 99,9% trở lên", 99.94, 99.9, "%" },
  /* 27 */ { "Thiết kế kiến trúc hệ thống đơn định kỳ",
             .milestones = { "Duyệt mô hình dữ liệu", "Kết nối môi trường thử của ví điện tử",
                             "Đánh giá rủi ro bảo mật" } },
  /* 28 */ { "Giảm số lỗi tồn đọng từ 350 xuống 280", 350, 280, "lỗi" },
  /* 29 */ { "Tăng độ phủ kiểm thử tự động từ 32% lên 45%", 32, 45, "%" },
  /* 30 */ { "Rút ngắn thời gian giao hàng nội thành từ 48 xuống 36 giờ", 48, 36, "giờ" },
  /* 31 */ { "Tăng tỷ lệ khách hài lòng sau khi nhận hàng từ 84% lên 88%", 84, 88, "%" },
  /* 32 */ { "Chuẩn hóa 40 quy trình thao tác trong kho", 0, 40, "quy trình" },
  /* 33 */ { "Phản hồi 60% khiếu nại trong vòng 2 giờ, từ mức 20%", 20, 60, "%" },
  /* 34 */ { "Giữ chân 400 khách hàng từng khiếu nại", 0, 400, "khách" },
  /* 35 */ { "Họp rà soát khiếu nại mỗi sáng thứ Hai cùng Kinh doanh và Công nghệ" },
};

/* Two per department and two for the company; the pitch success rate and open critical
 * bugs are red today. */
static const Kpi vi_kpis[N_KPIS] = {
  { U_COMPANY, "Doanh thu thuần mỗi tuần", "₫", 3.3e9, 2.7e9, 2.9e9, 3.1e9, 1e7, 8e7 },
  { U_COMPANY, "Tỷ lệ nghỉ việc trong 12 tháng gần nhất", "%", 10, 15, 12.8, 13.9, 0.1, 0.3 },
  { U_SALES, "Số điểm bán đang hoạt động", "điểm bán", 1500, 1200, 1260, 1540, 1, 12 },
  { U_SALES, "Tỷ lệ chào hàng thành công", "%", 25, 18, 21, 16.2, 0.1, 0.8 },
  { U_MARKETING, "Chi phí có một khách hàng mới", "₫", 90000, 130000, 124000, 108000, 1000,
    3000 },
  { U_MARKETING, "Lượt mở ứng dụng mỗi tuần", "lượt", 60000, 40000, 46000, 63000, 100, 1500 },
  { U_TECH, "Thời gian hoạt động của hệ thống", "%", 99.95, 99.8, 99.96, 99.97, 0.01, 0.015 },
  { U_TECH, "Lỗi nghiêm trọng đang mở", "lỗi", 3, 8, 5, 9, 1, 1 },
  { U_CUSTOMER, "Tỷ lệ giao hàng đúng hẹn", "%", 97, 92, 94.2, 95.6, 0.1, 0.4 },
  { U_CUSTOMER, "Tỷ lệ hàng hư hỏng khi giao", "%", 1, 2, 1.1, 1.6, 0.01, 0.08 },
};

static const Retro vi_retros[N_RETROS] = {
  { "Số điểm bán đạt kế hoạch; thói quen check-in hằng tuần đã lan ra toàn công ty.",
    "Doanh thu chưa đạt vì các hợp đồng siêu thị lớn ký muộn; tuyển nhân viên kho chậm so "
    "với kế hoạch.",
    "Quý tới chỉ giữ 4 mục tiêu cấp công ty, mỗi mục tiêu một người chịu trách nhiệm; rà "
    "soát đơn hàng hằng tuần thay vì hằng tháng." },
  { "Mở mới điểm bán vượt kế hoạch, bảng giá mới được đại lý đón nhận.",
    "Tỷ lệ chào hàng thành công gần như đứng yên; nhiều đơn phải giảm giá mới chốt được.",
    "Chiết khấu trên 11% phải được duyệt; buổi họp tuần nào cũng dành thời gian kèm cặp "
    "cách tư vấn." },
  { "Fanpage và bản tin Zalo đều đạt mục tiêu; bộ nhận diện mới ra mắt đúng hẹn.",
    "Chỉ làm được một nửa số video nông trại vì phụ thuộc vào một ê-kíp quay duy nhất.",
    "Lên lịch quay cho cả quý từ đầu và thuê thêm ê-kíp cộng tác." },
  { "Ứng dụng ổn định hơn hẳn: ít bị văng, tải nhanh hơn, không có sự cố lớn.",
    "Thiết kế hệ thống đơn định kỳ mất nhiều thời gian hơn dự kiến, phần đánh giá bảo mật "
    "bị trễ.",
    "Đưa việc đánh giá bảo mật vào ngay từ đầu mỗi dự án." },
  { "Thời gian giao nội thành giảm còn 36 giờ, khách hài lòng hơn rõ rệt.",
    "Giữ chân được ít khách từng khiếu nại hơn kỳ vọng vì phát hiện vấn đề quá muộn.",
    "Gọi lại cho khách ngay trong ngày có khiếu nại, không đợi tổng hợp cuối tuần." },
};

static const char *const vi_went_well[N_NOTES] = {
  "Tuần này cả nhóm đã bắt kịp phần chậm của tháng trước.",
  "Buổi check-in đầu tuần giúp mọi người nắm rõ việc cần làm.",
  "Chỉ số đi đúng hướng ba tuần liên tiếp.",
  "Bớt khâu trung gian nên quyết định nhanh hơn.",
  "Ai trong nhóm cũng đẩy được việc của mình tiến lên.",
  "Từ chối các việc phát sinh để tập trung vào mục tiêu.",
  "Tuần ổn định, tiến độ đều.",
  "Bạn mới vào đã bắt nhịp và hỗ trợ được nhiều việc.",
  /* Kinh doanh */
  "Hai chuỗi siêu thị đồng ý nhập hàng sau buổi dùng thử.",
  "Quy định chiết khấu mới được giữ đúng, không có ngoại lệ.",
  "Đại lý mới đã nhập lại hàng ngay trong tuần đầu.",
  /* Marketing */
  "Mẫu quảng cáo mới có tỷ lệ nhấp cao gấp đôi.",
  "Video nông trại được nhiều hội nhóm nội trợ chia sẻ.",
  "Phòng Tài chính đã duyệt thêm ngân sách quảng cáo.",
  /* Công nghệ */
  "Bản vá tuần trước chạy ổn định trên production.",
  "Làm cặp với nhóm bạn nên tiết kiệm được mấy ngày.",
  "Bảng theo dõi cuối cùng đã phản ánh đúng số liệu thực tế.",
  /* Vận hành */
  "Khách nhận ra thay đổi và phản hồi tích cực.",
  "Tuyến giao mới giúp tài xế về kho sớm hơn.",
  "Nhóm khách dùng thử rất hài lòng.",
};

static const char *const vi_blocked_by[N_NOTES] = {
  "Hai bạn nghỉ ốm gần cả tuần.",
  "Quá nhiều việc ưu tiên cùng dồn vào một nhóm người.",
  "Ước lượng ban đầu quá lạc quan.",
  "Yêu cầu thay đổi giữa chừng.",
  "Chưa rõ ai chịu trách nhiệm phần bàn giao giữa hai nhóm.",
  "Tuyển người cho vị trí còn trống lâu hơn dự kiến.",
  "Cách làm đầu tiên không hiệu quả, phải làm lại từ đầu.",
  "Ngân sách vẫn chưa được duyệt.",
  /* Kinh doanh */
  "Đang chờ Pháp chế duyệt mẫu hợp đồng.",
  "Dữ liệu trên CRM còn lộn xộn, khó tin vào số liệu.",
  "Đầu mối thu mua của một chuỗi siêu thị vừa nghỉ việc.",
  /* Marketing */
  "Số liệu theo dõi bị gián đoạn sau khi cập nhật website.",
  "Vẫn chưa chốt được chính sách giá.",
  "Đối tác quay phim giao sản phẩm trễ một tuần.",
  /* Công nghệ */
  "Phụ thuộc vào bản phát hành của nhóm Hạ tầng, mà bản này bị trễ.",
  "Sự cố hệ thống làm mất hai ngày làm việc.",
  "Chờ cửa hàng ứng dụng duyệt bản mới mất một tuần.",
  /* Vận hành */
  "Mưa lớn ngập đường làm chậm nhiều chuyến giao.",
  "Nhà cung cấp thùng xốp lại lùi ngày giao.",
  "Đơn tăng đột biến dịp cuối tuần, kho bị quá tải.",
};

static const char *const vi_next_step[N_NOTES] = {
  "Chia nhỏ công việc thành từng bước theo tuần.",
  "Họp nhanh rút kinh nghiệm xem vì sao bị chậm.",
  "Đưa vướng mắc ra cuộc họp ban giám đốc.",
  "Nhân rộng cách làm đã hiệu quả trong tuần này.",
  "Giao rõ người phụ trách cho từng đầu việc còn tồn.",
  "Thu hẹp phạm vi, chỉ giữ phần làm xong được trong quý.",
  "Chia sẻ tiến độ tại buổi họp toàn công ty.",
  "Đề xuất mượn thêm người từ nhóm bạn trong hai tuần.",
  /* Kinh doanh */
  "Thứ Hai rà soát lại danh sách cơ hội với Phòng Marketing.",
  "Trực tiếp gặp năm chuỗi siêu thị lớn nhất.",
  "Làm sạch dữ liệu CRM trước buổi check-in tới.",
  /* Marketing */
  "Thử hai phương án và giữ lại phương án tốt hơn.",
  "Gửi bản nháp, xin góp ý trước thứ Năm.",
  "Hẹn Phòng Tài chính để chốt ngân sách.",
  /* Công nghệ */
  "Chạy thử với 10 khách hàng và thu thập góp ý.",
  "Tự động hóa bước thủ công cứ phải làm đi làm lại.",
  "Theo sát nhà cung cấp mỗi ngày cho đến khi giao.",
  /* Vận hành */
  "Gọi lại cho năm khách phàn nàn nhiều nhất.",
  "Kèm cặp bạn mới trong một tuần.",
  "Dựng một bảng theo dõi chung để mọi người cùng xem một số liệu.",
};

static const char *const vi_reasons[N_BANDS][N_REASONS] = {
  [BAND_FULL] = { "Đạt mục tiêu, nhờ check-in đều đặn hằng tuần.",
                  "Hoàn thành trước khi hết quý.",
                  "Đạt trọn vẹn, còn vượt một chút." },
  [BAND_HIGH] = { "Đạt phần lớn; phần còn lại chuyển sang quý sau.",
                  "Kết quả tốt, chỉ thiếu một chút so với mục tiêu.",
                  "Tiến triển tốt nhưng bắt đầu muộn nên chưa về đích." },
  [BAND_MID] = { "Được khoảng một nửa: chúng tôi đã đánh giá thấp khối lượng công việc.",
                 "Bị chững lại giữa quý khi thứ tự ưu tiên thay đổi.",
                 "Mới đạt một phần; phải chờ nhóm khác nên bị chậm." },
  [BAND_LOW] = { "Gần như chưa có tiến triển: việc này bị gác lại từ sớm.",
                 "Không đạt; cần xem lại cách đặt mục tiêu.",
                 "Chưa thực sự bắt tay vào; quý sau sẽ cân nhắc có làm tiếp hay không." },
};

static const Content en_content = {
  "Tidewater Software", "%d", "Q%d %d",
  en_people, en_units, en_objectives, en_krs, en_prev_objectives, en_prev_krs, en_kpis,
  en_retros, en_went_well, en_blocked_by, en_next_step, en_reasons,
};

static const Content vi_content = {
  "Công ty CP Thực phẩm Mùa Vàng", "Năm %d", "Quý %d/%d",
  vi_people, vi_units, vi_objectives, vi_krs, vi_prev_objectives, vi_prev_krs, vi_kpis,
  vi_retros, vi_went_well, vi_blocked_by, vi_next_step, vi_reasons,
};

static const Content *
content_for (const char *lang)
{
  return lang != NULL && g_str_has_prefix (lang, "vi") ? &vi_content : &en_content;
}

/* ───────────────────────── filling ───────────────────────── */

typedef struct {
  OkrStore      *store;
  const Content *content;
  GRand         *rand;
  gint64         people[N_PEOPLE];
  gint64         units[N_UNITS];
} Fill;

typedef struct {
  gint64                cycle;
  OkrDate               start;
  OkrDate               end;
  OkrDate               reference;   /* what "today" is for progress: the end once closed */
  gboolean              closed;
  const ObjectiveShape *objective_shapes;
  const ObjectiveText  *objective_texts;
  guint                 n_objectives;
  const KrShape        *kr_shapes;
  const KrText         *kr_texts;
  guint                 n_krs;
  OkrDate               dates[MAX_WEEKS];
  guint                 n_dates;
  gint64                objective_ids[N_OBJECTIVES];
  gint64                kr_ids[N_KRS];
} Quarter;

static guint
strv_length (const char *const *strv)
{
  guint n = 0;

  while (strv[n] != NULL)
    n++;
  return n;
}

/* Both languages must keep the shape: the same milestones count and the same direction
 * of change for every KR. */
static void
check_content (const Content *c)
{
  for (guint i = 0; i < N_KRS + N_PREV_KRS; i++)
    {
      gboolean prev = i >= N_KRS;
      const KrText *t = prev ? &c->prev_krs[i - N_KRS] : &c->krs[i];
      const KrText *en = prev ? &en_prev_krs[i - N_KRS] : &en_krs[i];
      OkrKrKind kind = prev ? prev_kr_shapes[i - N_KRS].kind : kr_shapes[i].kind;
      guint n = strv_length (t->milestones);

      g_assert (t->title != NULL);
      g_assert (n == strv_length (en->milestones));
      g_assert (kind == OKR_KR_MILESTONE ? n >= 3 : n == 0);
      g_assert ((t->target < t->baseline) == (en->target < en->baseline));
    }
}

static double
round_to (double value, double step)
{
  /* Dividing by a whole power of ten gives the closest double to the decimal. */
  if (step < 1)
    {
      double scale = round (1 / step);
      return round (value * scale) / scale;
    }
  return round (value / step) * step;
}

/* Values move in steps that suit the distance to cover: things counted from zero come whole,
 * times and averages keep a decimal, money moves in round amounts. */
static double
value_step (OkrKrKind kind, const KrText *t)
{
  double delta = fabs (t->target - t->baseline);
  double step;

  if (t->step > 0)
    return t->step;
  if (delta == 0)
    return 0.01;
  step = pow (10, floor (log10 (delta)) - 2);
  if (kind == OKR_KR_PERCENT)
    step = delta >= 2 ? 0.1 : 0.01;
  else if (t->baseline == 0 && delta >= 5)
    step = MAX (step, 1);
  else if (delta >= 1)
    step = MAX (step, 0.1);
  return MAX (step, 0.01);
}

/* Confidence settles where the pace points, starting from a neutral-hopeful 6. */
static int
confidence_goal (double pace)
{
  if (pace >= 1.15)
    return 9;
  if (pace >= 0.98)
    return 8;
  if (pace >= 0.8)
    return 6;
  if (pace >= 0.65)
    return 5;
  return 4;
}

static double
expected (const Quarter *q, OkrDate date)
{
  return okr_math_expected (q->start, q->end, date);
}

/* Weekly check-ins on Fridays, from the first Friday of the quarter: up to today, or 13 of
 * them in a closed quarter (the last one moved onto the final day if it would fall after). */
static void
plan_checkin_dates (Quarter *q)
{
  OkrDate first = q->start + (12 - okr_date_get_weekday (q->start)) % 7;

  q->n_dates = 0;
  if (q->closed)
    for (; q->n_dates < CLOSED_WEEKS; q->n_dates++)
      q->dates[q->n_dates] = MIN (first + 7 * (OkrDate) q->n_dates, q->end);
  else
    for (OkrDate d = first; d <= q->reference && d <= q->end && q->n_dates < MAX_WEEKS; d += 7)
      q->dates[q->n_dates++] = d;
}

static gboolean
set_text (OkrStore *store, OkrEntity entity, gint64 id, const char *field, const char *text,
          GError **error)
{
  g_autoptr(OkrChanges) c = okr_changes_new (entity);

  okr_changes_set_text (c, field, text);
  return okr_store_update (store, id, c, error);
}

/* Rounding a value must not carry a KR across a status line, or the two languages would tell
 * different stories: the last check-in takes the nearest value that keeps the planned status. */
static double
settle_value (const KrText *t, double step, double planned, double e, double value)
{
  OkrStatus want = okr_math_status (planned, e, 0, TRUE);

  for (guint n = 0; n <= 10; n++)
    for (int side = -1; side <= 1; side += 2)
      {
        double v = round_to (value + side * (double) n * step, step);
        double p = okr_math_progress_raw (t->baseline, t->target, v);

        if (okr_math_status (p, e, 0, TRUE) == want)
          return v;
      }
  return value;
}

/* Milestones are few: of the two counts around the planned progress, the last check-in takes
 * the one that keeps the planned status, if either does. */
static guint
settle_milestones (double planned, guint n, double e)
{
  OkrStatus want = okr_math_status (planned, e, 0, TRUE);
  guint below = (guint) floor (planned * n);
  guint above = MIN ((guint) ceil (planned * n), n);

  if (okr_math_status ((double) above / n, e, 0, TRUE) == want)
    return above;
  if (okr_math_status ((double) below / n, e, 0, TRUE) == want)
    return below;
  return MIN ((guint) floor (planned * n + 0.5), n);
}

/* The department a unit belongs to (0 for Sales …), or -1 for the company. */
static int
department_of (guint unit)
{
  if (unit == U_COMPANY)
    return -1;
  return (int) (unit <= U_CUSTOMER ? unit : UNIT_PARENT (unit)) - U_SALES;
}

#define N_PICKS (N_GENERIC_NOTES + N_DEPARTMENT_NOTES)

/* A note from the pool: one anyone could write, or one from the KR's own department (the
 * company's KRs draw from the general ones only). */
static int
note_index (int department, int pick)
{
  if (pick < N_GENERIC_NOTES)
    return pick;
  if (department < 0)
    return pick - N_GENERIC_NOTES;
  return N_GENERIC_NOTES + department * N_DEPARTMENT_NOTES + pick - N_GENERIC_NOTES;
}

static gboolean
is_distance (OkrKrKind kind)
{
  return kind == OKR_KR_NUMBER || kind == OKR_KR_PERCENT || kind == OKR_KR_CURRENCY;
}

/* A KR's weekly check-ins along its pace, and the progress it ends on as planned (which the
 * closed quarter's scores follow, so they too are the same in both languages). The number of
 * random draws per check-in is fixed, so both languages get the same story. */
static gboolean
add_checkins (Fill *f, const Quarter *q, guint i, double *final_progress, GError **error)
{
  static const guint positions[MAX_MILESTONES] = { 1, 2, 3, 4, 5 };
  const KrShape *s = &q->kr_shapes[i];
  const KrText *t = &q->kr_texts[i];
  const Content *c = f->content;
  guint n_milestones = strv_length (t->milestones);
  double step = value_step (s->kind, t);
  double e_ref = expected (q, q->reference);
  double e_last = q->n_dates > 0 ? expected (q, q->dates[q->n_dates - 1]) : 0;
  /* Progress is planned against today, not against the last Friday. */
  double scale = e_last > 0 ? e_ref / e_last : 1;
  double limit = s->pace > 1.5 ? 1 : MAX (1, s->pace);
  int goal = confidence_goal (s->pace);
  int department = department_of (q->objective_shapes[s->objective].unit);
  double progress = 0, planned = 0;
  guint done = 0;

  for (guint k = 0; k < q->n_dates; k++)
    {
      gboolean last = k + 1 == q->n_dates;
      double noise = g_rand_double_range (f->rand, -0.08, 0.08);
      double hover = g_rand_double_range (f->rand, -0.4, 0.5);
      int wobble = g_rand_int_range (f->rand, -1, 2);
      gboolean wobbles = g_rand_boolean (f->rand);
      double roll_well = g_rand_double (f->rand);
      double roll_blocked = g_rand_double (f->rand);
      double roll_next = g_rand_double (f->rand);
      int pick_well = note_index (department, g_rand_int_range (f->rand, 0, N_PICKS));
      int pick_blocked = note_index (department, g_rand_int_range (f->rand, 0, N_PICKS));
      int pick_next = note_index (department, g_rand_int_range (f->rand, 0, N_PICKS));
      double value = t->baseline;
      int confidence;
      OkrCheckinSpec spec;

      planned = CLAMP (s->pace * expected (q, q->dates[k]) * scale, 0, limit);
      okr_checkin_spec_init (&spec);
      spec.date = q->dates[k];
      spec.author_id = f->people[s->owner];

      switch (s->kind)
        {
        case OKR_KR_BOOLEAN:
          value = planned >= 1 ? 1 : 0;
          spec.value = value;
          break;
        case OKR_KR_MILESTONE:
          /* Ticked milestones stay ticked. */
          done = MAX (done, last ? settle_milestones (planned, n_milestones, e_ref)
                                 : MIN ((guint) floor (planned * n_milestones + 0.5),
                                        n_milestones));
          spec.milestones_done = positions;
          spec.n_milestones_done = done;
          break;
        case OKR_KR_CONTROL:
          {
            /* Held: hovering around the usual level. Breached: drifting past the limit. */
            double drift = q->n_dates > 1 ? (double) k / (q->n_dates - 1) : 1;
            double at = s->pace >= 1 ? hover : 0.3 + 0.95 * drift + (last ? 0 : noise);
            value = round_to (t->baseline + (t->target - t->baseline) * at, step);
            spec.value = value;
          }
          break;
        default:
          {
            double p = last ? planned : CLAMP (planned * (1 + noise), 0, limit);
            value = round_to (t->baseline + (t->target - t->baseline) * p, step);
            if (last)
              value = settle_value (t, step, planned, e_ref, value);
            spec.value = value;
          }
          break;
        }

      progress = okr_math_kr_progress_raw (s->kind, t->baseline, t->target, value, s->direction,
                                           done, n_milestones);
      confidence = (int) lround (6 + (goal - 6) * MIN (1.0, (k + 1) / 4.0));
      if (wobbles)
        confidence += wobble;
      if (progress >= 1 && s->kind != OKR_KR_CONTROL)
        confidence = 10;
      spec.confidence = CLAMP (confidence, 1, 10);

      if (roll_well < (s->pace >= 0.95 ? 0.6 : 0.3))
        spec.went_well = c->went_well[pick_well];
      if (roll_blocked < (s->pace < 0.9 ? 0.7 : 0.15) && progress < 1)
        spec.blocked_by = c->blocked_by[pick_blocked];
      if (roll_next < 0.55)
        spec.next_step = c->next_step[pick_next];

      if (okr_store_add_checkin (f->store, q->kr_ids[i], &spec, error) == 0)
        return FALSE;
    }

  *final_progress = okr_math_clamp01 (is_distance (s->kind) ? planned : progress);
  return TRUE;
}

/* A KR's initiatives move along in order: the first is done, the next in progress, the rest
 * still to do; each is a step further back while the quarter is young or the KR behind. */
static gboolean
add_initiatives (Fill *f, const Quarter *q, guint i, GError **error)
{
  const KrShape *s = &q->kr_shapes[i];
  const char *const *titles = q->kr_texts[i].initiatives;
  guint held_back = s->pace < 0.7 || expected (q, q->reference) < 0.3 ? 1 : 0;

  for (guint n = 0; titles[n] != NULL; n++)
    {
      guint stage = n + held_back;
      OkrInitiativeState state = stage == 0 ? OKR_INITIATIVE_DONE
                               : stage == 1 ? OKR_INITIATIVE_DOING
                               : OKR_INITIATIVE_TODO;
      gint64 id = okr_store_add_initiative (f->store, q->kr_ids[i], titles[n],
                                            f->people[s->owner], error);

      if (id == 0)
        return FALSE;
      if (state != OKR_INITIATIVE_TODO &&
          !set_text (f->store, OKR_ENTITY_INITIATIVE, id, "state",
                     okr_initiative_state_to_string (state), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_score (Fill *f, const Quarter *q, guint i, double progress, GError **error)
{
  double score = okr_math_suggested_score (progress);
  int band = score >= 0.95 ? BAND_FULL : score >= 0.65 ? BAND_HIGH
           : score >= 0.35 ? BAND_MID : BAND_LOW;
  int pick = g_rand_int_range (f->rand, 0, N_REASONS);
  guint8 scorer = q->objective_shapes[q->kr_shapes[i].objective].owner;

  return okr_store_set_score (f->store, q->kr_ids[i], score, f->content->reasons[band][pick],
                              f->people[scorer], error);
}

static gboolean
add_key_result (Fill *f, Quarter *q, guint i, GError **error)
{
  const KrShape *s = &q->kr_shapes[i];
  const KrText *t = &q->kr_texts[i];
  double progress = 0;
  OkrKrSpec spec;

  okr_kr_spec_init (&spec);
  spec.kind = s->kind;
  spec.baseline = t->baseline;
  spec.target = t->target;
  spec.unit_label = t->label;
  spec.direction = s->direction;
  spec.weight = s->weight > 0 ? s->weight : 1;
  spec.owner_id = f->people[s->owner];
  spec.milestones = s->kind == OKR_KR_MILESTONE ? t->milestones : NULL;

  q->kr_ids[i] = okr_store_add_key_result (f->store, q->objective_ids[s->objective], t->title,
                                           &spec, error);
  if (q->kr_ids[i] == 0)
    return FALSE;
  if (!add_initiatives (f, q, i, error))
    return FALSE;
  /* A rolled-up KR takes its progress from the objectives aligned to it. */
  if (s->kind == OKR_KR_ROLLUP)
    return TRUE;
  if (!add_checkins (f, q, i, &progress, error))
    return FALSE;
  return !q->closed || add_score (f, q, i, progress, error);
}

/* Objectives in table order, each followed by its KRs, so that whatever an objective aligns
 * to already exists. */
static gboolean
add_quarter (Fill *f, Quarter *q, GError **error)
{
  guint next_kr = 0;

  plan_checkin_dates (q);
  for (guint o = 0; o < q->n_objectives; o++)
    {
      const ObjectiveShape *s = &q->objective_shapes[o];
      const ObjectiveText *t = &q->objective_texts[o];
      gint64 align_objective = s->align_objective >= 0 ? q->objective_ids[s->align_objective] : 0;
      gint64 align_kr = s->align_kr >= 0 ? q->kr_ids[s->align_kr] : 0;

      g_assert (s->align_objective < (int) o && s->align_kr < (int) next_kr);
      q->objective_ids[o] = okr_store_add_objective (f->store, q->cycle, f->units[s->unit],
                                                     t->title, f->people[s->owner],
                                                     s->aspirational, align_objective, align_kr,
                                                     error);
      if (q->objective_ids[o] == 0)
        return FALSE;
      if (t->description != NULL &&
          !set_text (f->store, OKR_ENTITY_OBJECTIVE, q->objective_ids[o], "description",
                     t->description, error))
        return FALSE;
      for (; next_kr < q->n_krs && q->kr_shapes[next_kr].objective == o; next_kr++)
        if (!add_key_result (f, q, next_kr, error))
          return FALSE;
    }
  g_assert (next_kr == q->n_krs);
  return TRUE;
}

static gboolean
add_people_and_units (Fill *f, GError **error)
{
  const Content *c = f->content;

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      f->people[i] = okr_store_add_person (f->store, c->people[i].name, c->people[i].email,
                                           error);
      if (f->people[i] == 0)
        return FALSE;
    }

  /* okr_store_create () made the company; were it missing, the store's own errors say so. */
  f->units[U_COMPANY] = okr_store_get_root_unit (f->store);
  for (guint u = 0; u < N_UNITS; u++)
    {
      g_autoptr(OkrChanges) lead = okr_changes_new (OKR_ENTITY_UNIT);

      if (u != U_COMPANY)
        {
          f->units[u] = okr_store_add_unit (f->store, f->units[UNIT_PARENT (u)], c->units[u],
                                            u <= U_CUSTOMER ? OKR_UNIT_DEPARTMENT
                                                            : OKR_UNIT_TEAM, error);
          if (f->units[u] == 0)
            return FALSE;
        }
      okr_changes_set_ref (lead, "lead_id", f->people[u]);
      if (!okr_store_update (f->store, f->units[u], lead, error))
        return FALSE;
    }
  return TRUE;
}

/* Sixteen weekly readings up to the last Monday, drifting from the first value to today's. */
static gboolean
add_kpis (Fill *f, OkrDate today, GError **error)
{
  OkrDate last_monday = today - (okr_date_get_weekday (today) - 1);

  for (guint i = 0; i < N_KPIS; i++)
    {
      const Kpi *k = &f->content->kpis[i];
      gint64 id = okr_store_add_kpi (f->store, f->units[k->unit], k->name, k->label, k->green,
                                     k->red, error);

      if (id == 0)
        return FALSE;
      for (guint w = 0; w < N_KPI_READINGS; w++)
        {
          gboolean last = w + 1 == N_KPI_READINGS;
          double noise = g_rand_double_range (f->rand, -1, 1);
          double value = k->first + (k->last - k->first) * w / (N_KPI_READINGS - 1);
          OkrDate date = last_monday - 7 * (OkrDate) (N_KPI_READINGS - 1 - w);

          if (!last)
            value += k->wobble * noise;
          if (okr_store_add_kpi_reading (f->store, id, date, round_to (value, k->step),
                                         f->people[k->unit], error) == 0)
            return FALSE;
        }
    }
  return TRUE;
}

static void
quarter_bounds (int year, int quarter, OkrDate *start, OkrDate *end)
{
  *start = okr_date_from_ymd (year, 3 * quarter - 2, 1);
  *end = quarter == 4 ? okr_date_from_ymd (year, 12, 31)
                      : okr_date_from_ymd (year, 3 * quarter + 1, 1) - 1;
}

static gboolean
fill (Fill *f, OkrDate today, GError **error)
{
  const Content *c = f->content;
  int year, month, day, quarter, prev_year, prev_quarter;
  OkrDate year_start, year_end;
  g_autofree char *year_name = NULL;
  g_autofree char *quarter_name = NULL;
  g_autofree char *prev_name = NULL;
  Quarter active, prev;
  gint64 year_cycle;

  okr_date_to_ymd (today, &year, &month, &day);
  quarter = (month - 1) / 3 + 1;
  prev_quarter = quarter == 1 ? 4 : quarter - 1;
  prev_year = quarter == 1 ? year - 1 : year;

  if (!add_people_and_units (f, error))
    return FALSE;

  year_name = g_strdup_printf (c->year_format, year);
  quarter_name = g_strdup_printf (c->quarter_format, quarter, year);
  prev_name = g_strdup_printf (c->quarter_format, prev_quarter, prev_year);
  year_start = okr_date_from_ymd (year, 1, 1);
  year_end = okr_date_from_ymd (year, 12, 31);

  prev = (Quarter) {
    .closed = TRUE,
    .objective_shapes = prev_objective_shapes,
    .objective_texts = c->prev_objectives,
    .n_objectives = N_PREV_OBJECTIVES,
    .kr_shapes = prev_kr_shapes,
    .kr_texts = c->prev_krs,
    .n_krs = N_PREV_KRS,
  };
  quarter_bounds (prev_year, prev_quarter, &prev.start, &prev.end);
  prev.reference = prev.end;

  active = (Quarter) {
    .reference = today,
    .objective_shapes = objective_shapes,
    .objective_texts = c->objectives,
    .n_objectives = N_OBJECTIVES,
    .kr_shapes = kr_shapes,
    .kr_texts = c->krs,
    .n_krs = N_KRS,
  };
  quarter_bounds (year, quarter, &active.start, &active.end);

  /* Last year is not in the document, so a fourth quarter before January stands alone. */
  year_cycle = okr_store_add_cycle (f->store, year_name, year_start, year_end, 0, error);
  if (year_cycle == 0 ||
      !okr_store_set_cycle_state (f->store, year_cycle, OKR_CYCLE_ACTIVE, error))
    return FALSE;
  prev.cycle = okr_store_add_cycle (f->store, prev_name, prev.start, prev.end,
                                     prev_year == year ? year_cycle : 0, error);
  if (prev.cycle == 0)
    return FALSE;
  active.cycle = okr_store_add_cycle (f->store, quarter_name, active.start, active.end,
                                       year_cycle, error);
  if (active.cycle == 0 ||
      !okr_store_set_cycle_state (f->store, active.cycle, OKR_CYCLE_ACTIVE, error))
    return FALSE;

  if (!add_quarter (f, &prev, error))
    return FALSE;
  for (guint u = 0; u < N_RETROS; u++)
    if (!okr_store_set_retrospective (f->store, f->units[u], prev.cycle, c->retros[u].went_well,
                                      c->retros[u].went_badly, c->retros[u].to_change, error))
      return FALSE;
  if (!add_quarter (f, &active, error) || !add_kpis (f, today, error))
    return FALSE;

  /* Last: a closed quarter refuses every edit. */
  return okr_store_set_cycle_state (f->store, prev.cycle, OKR_CYCLE_CLOSED, error);
}

const char *
okr_demo_company_name (const char *lang)
{
  return content_for (lang)->company;
}

/**
 * okr_demo_fill:
 * @store: a document just created, holding only its company
 * @lang: "en" or "vi"
 * @today: the day the demo is set on: the active quarter is the one holding it
 *
 * Writes the demo company in one edit: nothing of it reaches the file if any part fails.
 */
gboolean
okr_demo_fill (OkrStore *store, const char *lang, OkrDate today, GError **error)
{
  g_return_val_if_fail (OKR_IS_STORE (store), FALSE);
  g_return_val_if_fail (okr_date_is_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_autoptr(GRand) rand = g_rand_new_with_seed (DEMO_SEED);
  Fill f = {
    .store = store,
    .content = content_for (lang),
    .rand = rand,
  };

  check_content (f.content);
  okr_store_begin_edit (store, NULL);
  if (!fill (&f, today, error))
    {
      okr_store_abort_edit (store);
      return FALSE;
    }
  return okr_store_end_edit (store, error);
}
