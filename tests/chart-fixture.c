/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A company of any size for chart tests, timings and screenshots: every KR kind, objectives
 * aligned through three levels, weekly check-ins with confidence, a closed quarter with
 * scores. Deterministic: the same arguments make the same document. */
#include "config.h"

#include <math.h>

#include "chart-fixture.h"
#include "okr-store-edits.h"
#include "okr-store-read.h"

typedef struct {
  const char *en, *vi;
} Words;

static const Words departments[] = {
  { "Sales", "Kinh doanh" },
  { "Marketing and Communications", "Tiếp thị và Truyền thông" },
  { "Product Development", "Phát triển Sản phẩm" },
  { "Engineering and Infrastructure", "Kỹ thuật và Hạ tầng" },
  { "Customer Success", "Chăm sóc Khách hàng" },
  { "Operations", "Vận hành" },
};

static const Words areas[] = {
  { "North", "Miền Bắc" }, { "South", "Miền Nam" }, { "Central", "Miền Trung" },
  { "Enterprise Accounts", "Khách hàng Doanh nghiệp" },
  { "Small Businesses", "Doanh nghiệp Vừa và Nhỏ" }, { "Online", "Trực tuyến" },
  { "Partners", "Đối tác" }, { "Mobile", "Di động" }, { "Platform", "Nền tảng" },
  { "Data", "Dữ liệu" },
};

static const Words company_objectives[] = {
  { "Become the first choice of small and medium businesses in Vietnam",
    "Trở thành lựa chọn hàng đầu của doanh nghiệp vừa và nhỏ tại Việt Nam" },
  { "Delight every customer from their very first week",
    "Làm khách hàng hài lòng ngay từ tuần đầu tiên sử dụng" },
  { "Build a company people are proud to work for",
    "Xây dựng một công ty mà mọi người tự hào được làm việc" },
};

static const Words unit_objectives[] = {
  { "Win the trust of enterprise customers", "Chiếm được niềm tin của khách hàng doanh nghiệp lớn" },
  { "Make onboarding effortless for every new customer",
    "Giúp mọi khách hàng mới bắt đầu sử dụng một cách dễ dàng" },
  { "Ship faster without breaking what works", "Phát hành nhanh hơn mà vẫn giữ được chất lượng" },
  { "Turn customers into our best advocates",
    "Biến khách hàng thành người giới thiệu tốt nhất cho chúng ta" },
  { "Grow a healthy pipeline in every region",
    "Xây dựng nguồn khách hàng tiềm năng ổn định ở mọi khu vực" },
  { "Keep our platform fast and reliable", "Giữ cho nền tảng luôn nhanh và ổn định" },
};

typedef struct {
  Words        title;
  Words        label;
  OkrKrKind    kind;
  double       baseline, target;
  OkrDirection direction;
} KrTemplate;

static const KrTemplate kr_templates[] = {
  { { "Sign new enterprise customers", "Ký hợp đồng với khách hàng doanh nghiệp mới" },
    { "customers", "khách hàng" }, OKR_KR_NUMBER, 0, 40, OKR_DIRECTION_ABOVE },
  { { "Raise the trial-to-paid conversion rate",
      "Nâng tỷ lệ chuyển đổi từ dùng thử sang trả phí" },
    { "", "" }, OKR_KR_PERCENT, 12, 20, OKR_DIRECTION_ABOVE },
  { { "Grow monthly recurring revenue", "Tăng doanh thu định kỳ hằng tháng" },
    { "₫", "₫" }, OKR_KR_CURRENCY, 1.2e9, 2e9, OKR_DIRECTION_ABOVE },
  { { "Cut the average first response time", "Giảm thời gian phản hồi đầu tiên trung bình" },
    { "hours", "giờ" }, OKR_KR_NUMBER, 24, 4, OKR_DIRECTION_ABOVE },
  { { "Launch the new onboarding flow", "Ra mắt quy trình hướng dẫn người dùng mới" },
    { "", "" }, OKR_KR_BOOLEAN, 0, 1, OKR_DIRECTION_ABOVE },
  { { "Complete the ISO 27001 certification", "Hoàn thành chứng nhận ISO 27001" },
    { "", "" }, OKR_KR_MILESTONE, 0, NAN, OKR_DIRECTION_ABOVE },
  { { "Raise the employee satisfaction score", "Nâng điểm hài lòng của nhân viên" },
    { "", "" }, OKR_KR_PERCENT, 68, 80, OKR_DIRECTION_ABOVE },
  { { "Keep monthly churn below 2%", "Giữ tỷ lệ rời bỏ hằng tháng dưới 2%" },
    { "%", "%" }, OKR_KR_CONTROL, 2.4, 2, OKR_DIRECTION_BELOW },
};

static const char *const milestones_en[] = { "Gap analysis", "Policies written",
                                             "Internal audit", "Certification audit", NULL };
static const char *const milestones_vi[] = { "Phân tích khoảng cách", "Soạn thảo chính sách",
                                             "Đánh giá nội bộ", "Đánh giá chứng nhận", NULL };

typedef struct {
  OkrStore    *store;
  const char  *lang;
  GRand       *rand;
  OkrDate      today;
  ChartFixture *out;
  gboolean     vi;
} Maker;

static const char *
w (Maker *m, const Words *words)
{
  return m->vi ? words->vi : words->en;
}

/* Weekly check-ins from the cycle's start to today (or its end), along a pace of its own. */
static gboolean
check_in (Maker *m, gint64 kr, const KrTemplate *t, OkrDate start, OkrDate end, double pace,
          GError **error)
{
  OkrDate last = MIN (end, m->today);
  double span = end - start;

  for (OkrDate d = start + 3; d <= last; d += 7)
    {
      OkrCheckinSpec spec;
      double f = (d - start) / span * pace;
      guint done[4];
      int confidence = (int) round (5 + (pace - 0.75) * 9 + g_rand_double_range (m->rand, -1.5, 1.5));

      okr_checkin_spec_init (&spec);
      spec.date = d;
      spec.confidence = CLAMP (confidence, 1, 10);
      spec.note = m->vi ? "Cập nhật hằng tuần" : "Weekly update";
      switch (t->kind)
        {
        case OKR_KR_BOOLEAN:
          spec.value = f >= 0.9 ? 1 : 0;
          break;
        case OKR_KR_MILESTONE:
          spec.value = NAN;
          spec.n_milestones_done = (guint) MIN (4, floor (f * 4 + 0.2));
          for (guint i = 0; i < spec.n_milestones_done; i++)
            done[i] = i + 1;
          spec.milestones_done = done;
          break;
        case OKR_KR_CONTROL:
          spec.value = round ((t->target + g_rand_double_range (m->rand, -0.4, 0.3 / pace)) * 10)
                       / 10;
          break;
        default:
          spec.value = t->baseline + (t->target - t->baseline) * f *
                       g_rand_double_range (m->rand, 0.9, 1.1);
          spec.value = fabs (t->target - t->baseline) >= 100 ? round (spec.value / 1e6) * 1e6
                       : round (spec.value * 10) / 10;
          break;
        }
      if (okr_store_add_checkin (m->store, kr, &spec, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gint64
add_kr (Maker *m, gint64 objective, guint index, OkrDate start, OkrDate end, gboolean checkins,
        GError **error)
{
  const KrTemplate *t = &kr_templates[index % G_N_ELEMENTS (kr_templates)];
  OkrKrSpec spec;
  gint64 id;

  okr_kr_spec_init (&spec);
  spec.kind = t->kind;
  spec.baseline = t->baseline;
  spec.target = t->target;
  spec.unit_label = w (m, &t->label);
  spec.direction = t->direction;
  if (t->kind == OKR_KR_MILESTONE)
    spec.milestones = m->vi ? milestones_vi : milestones_en;
  id = okr_store_add_key_result (m->store, objective, w (m, &t->title), &spec, error);
  if (id == 0)
    return 0;
  m->out->n_key_results += end > m->today ? 1 : 0;
  if (checkins && !check_in (m, id, t, start, end, g_rand_double_range (m->rand, 0.35, 1.25),
                             error))
    return 0;
  return id;
}

static gboolean
fill (Maker *m, guint n_departments, guint n_teams, GError **error)
{
  ChartFixture *out = m->out;
  OkrDate q4_start = okr_date_from_ymd (2026, 10, 1), q4_end = okr_date_from_ymd (2026, 12, 31);
  OkrDate q1_start = okr_date_from_ymd (2027, 1, 1), q1_end = okr_date_from_ymd (2027, 3, 31);
  gint64 company_krs[9] = { 0 }, rollup_kr = 0;
  guint area = 0;

  out->company = okr_store_get_root_unit (m->store);
  out->previous = okr_store_add_cycle (m->store, "Q4 2026", q4_start, q4_end, 0, error);
  if (out->previous == 0)
    return FALSE;
  out->quarter = okr_store_add_cycle (m->store, "Q1 2027", q1_start, q1_end, 0, error);
  if (out->quarter == 0 || !okr_store_set_cycle_state (m->store, out->quarter, OKR_CYCLE_ACTIVE,
                                                       error))
    return FALSE;

  /* Last quarter: the company's objectives, scored. */
  for (guint i = 0; i < G_N_ELEMENTS (company_objectives); i++)
    {
      gint64 o = okr_store_add_objective (m->store, out->previous, out->company,
                                          w (m, &company_objectives[i]), 0, i == 2, 0, 0, error);
      for (guint k = 0; o != 0 && k < 4; k++)
        {
          gint64 kr = add_kr (m, o, i * 4 + k, q4_start, q4_end, TRUE, error);
          if (kr == 0 || !okr_store_set_score (m->store, kr, (double) ((i * 4 + k) * 3 % 11) / 10,
                                               m->vi ? "Đã chấm điểm" : "Scored", 0, error))
            return FALSE;
        }
      if (o == 0)
        return FALSE;
    }

  /* This quarter: the company, its departments, their teams. */
  for (guint i = 0; i < G_N_ELEMENTS (company_objectives); i++)
    {
      gint64 o = okr_store_add_objective (m->store, out->quarter, out->company,
                                          w (m, &company_objectives[i]), 0, i == 2, 0, 0, error);
      if (o == 0)
        return FALSE;
      if (i == 0)
        out->company_objective = o;
      out->n_objectives++;
      for (guint k = 0; k < 3; k++)
        {
          gint64 kr;

          if (i == 2 && k == 2)
            {
              OkrKrSpec spec;
              okr_kr_spec_init (&spec);
              spec.kind = OKR_KR_ROLLUP;
              kr = rollup_kr = okr_store_add_key_result (m->store, o, m->vi
                                                         ? "Các phòng ban hoàn thành mục tiêu"
                                                         : "Departments deliver their objectives",
                                                         &spec, error);
              out->n_key_results++;
            }
          else
            kr = add_kr (m, o, i * 3 + k, q1_start, q1_end, TRUE, error);
          if (kr == 0)
            return FALSE;
          company_krs[i * 3 + k] = kr;
        }
    }
  out->kr_with_checkins = company_krs[0];

  for (guint d = 0; d < n_departments; d++)
    {
      const Words *dw = &departments[d % G_N_ELEMENTS (departments)];
      g_autofree char *dname = d < G_N_ELEMENTS (departments) ? g_strdup (w (m, dw))
                               : g_strdup_printf ("%s %u", w (m, dw), d + 1);
      gint64 dept = okr_store_add_unit (m->store, out->company, dname, OKR_UNIT_DEPARTMENT, error);
      gint64 dept_objectives[2];

      if (dept == 0)
        return FALSE;
      if (d == 0)
        out->first_department = dept;
      for (guint j = 0; j < 2; j++)
        {
          guint pick = (d * 2 + j) % G_N_ELEMENTS (unit_objectives);
          /* Aligned to a company KR, or to the rolled-up one. */
          gint64 kr_parent = j == 1 && d % 2 == 0 ? rollup_kr : company_krs[(d + j) % 6];
          gint64 o = okr_store_add_objective (m->store, out->quarter, dept,
                                              w (m, &unit_objectives[pick]), 0, j == 1, 0,
                                              kr_parent, error);
          if (o == 0)
            return FALSE;
          dept_objectives[j] = o;
          out->n_objectives++;
          for (guint k = 0; k < 3; k++)
            if (add_kr (m, o, d + j * 3 + k, q1_start, q1_end, TRUE, error) == 0)
              return FALSE;
        }

      for (guint t = 0; t < n_teams; t++)
        {
          const Words *aw = &areas[area++ % G_N_ELEMENTS (areas)];
          g_autofree char *tname = g_strdup_printf ("%s %s", w (m, dw), w (m, aw));
          gint64 team;

          if (area > G_N_ELEMENTS (areas))
            {
              g_free (tname);
              tname = g_strdup_printf ("%s %s %u", w (m, dw), w (m, aw), area);
            }
          team = okr_store_add_unit (m->store, dept, tname, OKR_UNIT_TEAM, error);
          if (team == 0)
            return FALSE;
          if (out->first_team == 0)
            out->first_team = team;
          if (d + 1 == n_departments && t + 1 == n_teams)
            {
              out->empty_team = team;
              continue;
            }
          for (guint j = 0; j < 2; j++)
            {
              guint pick = (d + t + j + 3) % G_N_ELEMENTS (unit_objectives);
              gint64 o = okr_store_add_objective (m->store, out->quarter, team,
                                                  w (m, &unit_objectives[pick]), 0, FALSE,
                                                  dept_objectives[j], 0, error);
              if (o == 0)
                return FALSE;
              out->n_objectives++;
              for (guint k = 0; k < 3; k++)
                {
                  gboolean none = d == 0 && t == 0 && j == 0 && k == 0;
                  gint64 kr = add_kr (m, o, t + j + k * 2, q1_start, q1_end, !none, error);
                  if (kr == 0)
                    return FALSE;
                  if (none)
                    out->kr_without_checkins = kr;
                }
            }
        }
    }
  return okr_store_set_cycle_state (m->store, out->previous, OKR_CYCLE_CLOSED, error);
}

gboolean
chart_fixture_make (const char *path, const char *lang, guint n_departments, guint n_teams,
                    ChartFixture *out, GError **error)
{
  g_autoptr(OkrStore) store = NULL;
  Maker m = { 0 };
  gboolean ok;

  okr_date_set_today (okr_date_from_ymd (CHART_FIXTURE_TODAY_YMD));
  store = okr_store_create (path, g_strcmp0 (lang, "vi") == 0 ? "Công ty Cổ phần Sao Mai"
                                                               : "Morning Star Ltd",
                            error);
  if (store == NULL)
    return FALSE;
  memset (out, 0, sizeof *out);
  m.store = store;
  m.lang = lang;
  m.vi = g_strcmp0 (lang, "vi") == 0;
  m.rand = g_rand_new_with_seed (20270218);
  m.today = okr_date_today ();
  m.out = out;

  /* One transaction: thousands of check-ins in a blink. */
  okr_store_begin_edit (store, "fixture");
  ok = fill (&m, n_departments, n_teams, error);
  if (ok)
    ok = okr_store_end_edit (store, error);
  else
    okr_store_abort_edit (store);
  g_rand_free (m.rand);
  return ok && okr_store_close (store, error);
}
