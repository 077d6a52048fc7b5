/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The alignment map: the cascade as a tree of objectives, left to right by level (company,
 * departments, teams), each child linked to the objective or key result it aligns to.
 * Levels that would not be readable are collapsed into one "+N aligned" node per parent.
 *
 * Cards have fixed heights (a line for the unit, two for the title, one per key result), so
 * laying out a company's thousands of objectives is arithmetic. Their text is shaped only when
 * a card is painted inside the clip at a size a reader can see; smaller, each line is a grey
 * stroke ("greeked"). Shaping 7,000 texts to draw them a few pixels high was 93 ms of the
 * large company's 95 ms map. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "okr-chart-private.h"

OkrChartAlignmentData *
okr_chart_alignment_data_new (void)
{
  OkrChartAlignmentData *data = g_new0 (OkrChartAlignmentData, 1);

  data->nodes = g_array_new (FALSE, TRUE, sizeof (OkrChartAlignmentNode));
  return data;
}

void
okr_chart_alignment_data_free (OkrChartAlignmentData *data)
{
  if (data == NULL)
    return;
  for (guint i = 0; i < data->nodes->len; i++)
    {
      OkrChartAlignmentNode *n = &g_array_index (data->nodes, OkrChartAlignmentNode, i);
      g_free (n->title);
      g_free (n->unit_name);
      if (n->anchors != NULL)
        {
          for (guint k = 0; k < n->anchors->len; k++)
            g_free (g_array_index (n->anchors, OkrChartAnchor, k).title);
          g_array_unref (n->anchors);
        }
    }
  g_array_unref (data->nodes);
  g_free (data);
}

/* Below this zoom the text of a fitted map is too small to read: collapse a level. */
#define MIN_READABLE_SCALE 0.62
#define MAX_FIT_SCALE      1.2
/* Text whose body size would be under this many device pixels is greeked. */
#define MIN_TEXT_PIXELS    4.5

/* Relative sizes of the card's texts. */
#define SIZE_UNIT          0.78
#define SIZE_TITLE         0.95
#define SIZE_VALUE         0.8
#define SIZE_ANCHOR        0.78
#define SIZE_ANCHOR_VALUE  0.75
#define SIZE_GROUP         0.9

typedef struct {
  int        data_index;      /* the objective; −1 for a "+N aligned" node */
  int        parent;          /* index of the parent MapNode; −1 for a root */
  int        parent_anchor;
  guint      col;
  double     x, y, w, h;
  /* Shaped the first time the card is painted legibly; NULL until then. */
  ChartText *unit, *title, *value;
  GPtrArray *anchors;         /* ChartText per anchor */
  GPtrArray *anchor_values;
  guint      n_anchors;
  double     anchors_top, bar_y;
  gboolean   has_children;    /* an objective: some objectives align to it */
  gboolean   expanded;        /* its children are shown */
  gint64     toggle_id;       /* what its chip toggles: the objective, or the parent's */
  /* A collapsed group: */
  guint      n_hidden;
  double     mean;
  guint      statuses[OKR_STATUS_N];
} MapNode;

struct _OkrChartAlignmentLayout {
  ChartCtx   ctx;
  OkrChartStyle style;
  const OkrChartAlignmentData *data;
  GArray    *nodes;           /* MapNode */
  double     width, height;
  double     node_width, col_gap, row_gap;
  /* Line heights, measured once per layout, and the room kept for a percentage. */
  double     unit_h, title_line_h, value_h, group_h, anchor_h;
  double     value_w, anchor_value_w;
};

static void
map_node_clear (gpointer p)
{
  MapNode *n = p;

  chart_text_free (n->unit);
  chart_text_free (n->title);
  chart_text_free (n->value);
  g_clear_pointer (&n->anchors, g_ptr_array_unref);
  g_clear_pointer (&n->anchor_values, g_ptr_array_unref);
}

static const OkrChartAlignmentNode *
data_node (const OkrChartAlignmentData *data, int i)
{
  return &g_array_index (data->nodes, OkrChartAlignmentNode, i);
}

/* Each objective's column: its unit's level, and always right of what it aligns to. A parent
 * chain that loops (a bad merge) is cut where it comes back. */
static guint *
compute_columns (const OkrChartAlignmentData *data, int **parents)
{
  guint n = data->nodes->len;
  guint *col = g_new0 (guint, MAX (n, 1));
  int *parent = g_new (int, MAX (n, 1));
  guint8 *state = g_new0 (guint8, MAX (n, 1));   /* 0 new, 1 visiting, 2 done */

  for (guint i = 0; i < n; i++)
    {
      int p = data_node (data, i)->parent;
      parent[i] = p >= 0 && (guint) p < n && (guint) p != i ? p : -1;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (int));
      int j = (int) i;

      while (j >= 0 && state[j] != 2)
        {
          if (state[j] == 1)
            {
              parent[j] = -1;     /* the loop is cut here */
              break;
            }
          state[j] = 1;
          g_array_append_val (chain, j);
          j = parent[j];
        }
      for (guint k = chain->len; k > 0; k--)
        {
          int c = g_array_index (chain, int, k - 1);
          guint level = data_node (data, c)->level;
          col[c] = parent[c] >= 0 ? MAX (level, col[parent[c]] + 1) : level;
          state[c] = 2;
        }
    }
  g_free (state);
  *parents = parent;
  return col;
}

static void
node_metrics (OkrChartAlignmentLayout *l, MapNode *m, const OkrChartAlignmentNode *d)
{
  double fs = l->ctx.font_size;

  m->bar_y = fs * 0.55 + l->unit_h + 2 * l->title_line_h + fs * 0.35;
  m->h = m->bar_y + l->value_h + fs * 0.55;
  m->n_anchors = d->anchors != NULL ? d->anchors->len : 0;
  if (m->n_anchors > 0)
    {
      m->anchors_top = m->h - fs * 0.2;
      m->h = m->anchors_top + m->n_anchors * l->anchor_h + fs * 0.4;
    }
}

static double
inner_width (OkrChartAlignmentLayout *l)
{
  return l->node_width - l->ctx.font_size * 1.4;
}

static double
anchor_title_width (OkrChartAlignmentLayout *l)
{
  return inner_width (l) - l->anchor_value_w - l->ctx.font_size * 1.5;
}

static double
group_title_width (OkrChartAlignmentLayout *l)
{
  return l->node_width * 0.8 - l->ctx.font_size * 1.4;
}

static char *
group_title (const MapNode *m)
{
  /* Translators: a collapsed group on the alignment map; click to show them. */
  return g_strdup_printf (ngettext ("+%u aligned objective", "+%u aligned objectives",
                                    m->n_hidden),
                          m->n_hidden);
}

/* The card's texts, shaped the first time they are painted legibly. */
static void
node_shape (OkrChartAlignmentLayout *l, MapNode *m)
{
  ChartCtx *ctx = &l->ctx;
  const OkrChartAlignmentNode *d;
  g_autofree char *value = NULL;

  if (m->value != NULL)
    return;
  value = chart_percent (m->data_index >= 0 ? data_node (l->data, m->data_index)->progress
                                            : m->mean);
  m->value = chart_text_new (ctx, value, SIZE_VALUE, CHART_TEXT_BOLD | CHART_TEXT_TABULAR, -1, 1);
  if (m->data_index < 0)
    {
      g_autofree char *title = group_title (m);
      m->title = chart_text_new (ctx, title, SIZE_GROUP, CHART_TEXT_BOLD, group_title_width (l),
                                 1);
      return;
    }
  d = data_node (l->data, m->data_index);
  m->unit = chart_text_new (ctx, d->unit_name, SIZE_UNIT, 0, inner_width (l), 1);
  m->title = chart_text_new (ctx, d->title, SIZE_TITLE, CHART_TEXT_BOLD, inner_width (l), 2);
  if (m->n_anchors == 0)
    return;
  m->anchors = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_text_free);
  m->anchor_values = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_text_free);
  for (guint k = 0; k < m->n_anchors; k++)
    {
      const OkrChartAnchor *a = &g_array_index (d->anchors, OkrChartAnchor, k);
      g_autofree char *v = chart_percent (a->progress);

      g_ptr_array_add (m->anchors, chart_text_new (ctx, a->title, SIZE_ANCHOR, 0,
                                                   anchor_title_width (l), 1));
      g_ptr_array_add (m->anchor_values, chart_text_new (ctx, v, SIZE_ANCHOR_VALUE,
                                                         CHART_TEXT_TABULAR, -1, 1));
    }
}

static void
group_metrics (OkrChartAlignmentLayout *l, MapNode *m)
{
  double fs = l->ctx.font_size;

  m->w = l->node_width * 0.8;
  m->bar_y = fs * 0.5 + l->group_h + fs * 0.3;
  m->h = m->bar_y + l->value_h + fs * 0.5;
}

static gboolean
is_toggled (GHashTable *toggled, gint64 id)
{
  return toggled != NULL && g_hash_table_contains (toggled, &id);
}

/* Adds the subtree of data node @i (already known visible) to the layout. */
static void
add_subtree (OkrChartAlignmentLayout *l, GPtrArray **children, const guint *col, int i,
             int parent_slot, int max_level, GHashTable *toggled)
{
  const OkrChartAlignmentNode *d = data_node (l->data, i);
  GPtrArray *kids = children[i];
  MapNode m = { 0 };
  int slot;

  m.data_index = i;
  m.parent = parent_slot;
  m.parent_anchor = parent_slot >= 0 ? d->parent_anchor : -1;
  m.col = col[i];
  m.w = l->node_width;
  m.toggle_id = d->id;
  m.has_children = kids != NULL && kids->len > 0;
  m.expanded = m.has_children &&
               ((max_level < 0 || (int) col[i] < max_level) != is_toggled (toggled, d->id));
  node_metrics (l, &m, d);
  g_array_append_val (l->nodes, m);
  slot = (int) l->nodes->len - 1;

  if (!m.has_children)
    return;
  if (m.expanded)
    {
      for (guint k = 0; k < kids->len; k++)
        add_subtree (l, children, col, GPOINTER_TO_INT (g_ptr_array_index (kids, k)), slot,
                     max_level, toggled);
      return;
    }

  /* Collapsed: one node stands for the children. */
  {
    MapNode g = { 0 };
    double sum = 0;

    g.data_index = -1;
    g.parent = slot;
    g.parent_anchor = -1;
    g.col = col[i] + 1;
    g.toggle_id = d->id;
    g.n_hidden = kids->len;
    for (guint k = 0; k < kids->len; k++)
      {
        const OkrChartAlignmentNode *c = data_node (l->data,
                                                    GPOINTER_TO_INT (g_ptr_array_index (kids, k)));
        sum += c->progress;
        g.statuses[c->status]++;
        g.col = MIN (g.col, col[GPOINTER_TO_INT (g_ptr_array_index (kids, k))]);
      }
    g.col = MAX (g.col, col[i] + 1);
    g.mean = sum / kids->len;
    group_metrics (l, &g);
    g_array_append_val (l->nodes, g);
  }
}

/* Stacks each subtree in its own band of rows; a parent sits in the middle of its
 * children's band. Returns the band's height. */
static double
place (OkrChartAlignmentLayout *l, GPtrArray **slots, int slot, double top)
{
  MapNode *m = &g_array_index (l->nodes, MapNode, slot);
  GPtrArray *kids = slots[slot];
  double y = top, span = 0, band, offset;

  m->x = m->col * (l->node_width + l->col_gap);
  if (kids != NULL)
    {
      for (guint k = 0; k < kids->len; k++)
        {
          if (k > 0)
            y += l->row_gap;
          y += place (l, slots, GPOINTER_TO_INT (g_ptr_array_index (kids, k)), y);
        }
      span = y - top;
    }
  m = &g_array_index (l->nodes, MapNode, slot);
  band = MAX (span, m->h);
  m->y = top + (band - m->h) / 2;
  /* A tall parent over a short band of children: centre the children on it. */
  offset = (band - span) / 2;
  if (kids != NULL && offset > 0)
    {
      g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint k = 0; k < kids->len; k++)
        {
          int c = GPOINTER_TO_INT (g_ptr_array_index (kids, k));
          g_array_append_val (stack, c);
        }
      while (stack->len > 0)
        {
          int c = g_array_index (stack, int, stack->len - 1);
          g_array_set_size (stack, stack->len - 1);
          g_array_index (l->nodes, MapNode, c).y += offset;
          for (guint k = 0; slots[c] != NULL && k < slots[c]->len; k++)
            {
              int cc = GPOINTER_TO_INT (g_ptr_array_index (slots[c], k));
              g_array_append_val (stack, cc);
            }
        }
    }
  return band;
}

static OkrChartAlignmentLayout *
layout_new (const OkrChartAlignmentData *data, const OkrChartStyle *style, int max_level,
            GHashTable *toggled)
{
  OkrChartAlignmentLayout *l;
  guint n;
  g_autofree guint *col = NULL;
  g_autofree int *parent = NULL;
  GPtrArray **children, **slots;
  double y = 0, fs;

  g_return_val_if_fail (data != NULL, NULL);

  l = g_new0 (OkrChartAlignmentLayout, 1);
  if (style != NULL)
    l->style = *style;
  else
    okr_chart_style_init (&l->style, FALSE);
  chart_ctx_init (&l->ctx, &l->style, NULL);
  l->data = data;
  fs = l->ctx.font_size;
  l->node_width = fs * 17;
  l->col_gap = fs * 3.5;
  l->row_gap = fs * 0.7;
  l->unit_h = chart_line_height (&l->ctx, SIZE_UNIT);
  l->title_line_h = chart_line_height (&l->ctx, SIZE_TITLE);
  l->group_h = chart_line_height (&l->ctx, SIZE_GROUP);
  l->anchor_h = MAX (chart_line_height (&l->ctx, SIZE_ANCHOR),
                     chart_line_height (&l->ctx, SIZE_ANCHOR_VALUE)) + fs * 0.3;
  {
    /* Every percentage fits the room of the widest one a card shows. */
    g_autoptr(ChartText) value = chart_text_new (&l->ctx, "100%", SIZE_VALUE,
                                                 CHART_TEXT_BOLD | CHART_TEXT_TABULAR, -1, 1);
    g_autoptr(ChartText) anchor_value = chart_text_new (&l->ctx, "100%", SIZE_ANCHOR_VALUE,
                                                        CHART_TEXT_TABULAR, -1, 1);
    l->value_h = value->height;
    l->value_w = value->width;
    l->anchor_value_w = anchor_value->width;
  }
  l->nodes = g_array_new (FALSE, TRUE, sizeof (MapNode));
  g_array_set_clear_func (l->nodes, map_node_clear);

  n = data->nodes->len;
  col = compute_columns (data, &parent);
  children = g_new0 (GPtrArray *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (parent[i] >= 0)
      {
        if (children[parent[i]] == NULL)
          children[parent[i]] = g_ptr_array_new ();
        g_ptr_array_add (children[parent[i]], GINT_TO_POINTER (i));
      }
  for (guint i = 0; i < n; i++)
    if (parent[i] < 0)
      add_subtree (l, children, col, (int) i, -1, max_level, toggled);
  for (guint i = 0; i < n; i++)
    if (children[i] != NULL)
      g_ptr_array_unref (children[i]);
  g_free (children);

  /* Bands: roots one under the other, a larger gap between trees. */
  slots = g_new0 (GPtrArray *, MAX (l->nodes->len, 1));
  for (guint i = 0; i < l->nodes->len; i++)
    {
      int p = g_array_index (l->nodes, MapNode, i).parent;
      if (p >= 0)
        {
          if (slots[p] == NULL)
            slots[p] = g_ptr_array_new ();
          g_ptr_array_add (slots[p], GINT_TO_POINTER (i));
        }
    }
  for (guint i = 0; i < l->nodes->len; i++)
    if (g_array_index (l->nodes, MapNode, i).parent < 0)
      {
        if (y > 0)
          y += l->row_gap * 2.5;
        y += place (l, slots, (int) i, y);
      }
  for (guint i = 0; i < l->nodes->len; i++)
    {
      const MapNode *m = &g_array_index (l->nodes, MapNode, i);
      l->width = MAX (l->width, m->x + m->w + (m->has_children ? fs * 1.2 : 0));
      if (slots[i] != NULL)
        g_ptr_array_unref (slots[i]);
    }
  g_free (slots);
  l->height = y;
  return l;
}

OkrChartAlignmentLayout *
okr_chart_alignment_layout_new (const OkrChartAlignmentData *data, const OkrChartStyle *style,
                                int max_level, GHashTable *toggled)
{
  g_return_val_if_fail (data != NULL, NULL);
  return layout_new (data, style, max_level, toggled);
}

void
okr_chart_alignment_layout_free (OkrChartAlignmentLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->nodes);
  chart_ctx_clear (&layout->ctx);
  g_free (layout);
}

void
okr_chart_alignment_layout_get_size (OkrChartAlignmentLayout *layout, double *width,
                                     double *height)
{
  g_return_if_fail (layout != NULL);
  if (width != NULL)
    *width = layout->width;
  if (height != NULL)
    *height = layout->height;
}

/* Where a child's link arrives on its parent: the KR it aligns to, or the title. */
static double
anchor_y (const MapNode *parent, int anchor, double anchor_h)
{
  if (anchor >= 0 && (guint) anchor < parent->n_anchors)
    return parent->y + parent->anchors_top + (anchor + 0.5) * anchor_h;
  return parent->y + parent->bar_y * 0.5;
}

static void
paint_progress (ChartCtx *ctx, cairo_t *cr, double x, double y, double w, double h,
                double progress, OkrStatus status)
{
  OkrRgb color;

  chart_set_fg (ctx, cr, CHART_ALPHA_TRACK * 1.5);
  chart_rounded_rect (cr, x, y, w, h, h / 2);
  cairo_fill (cr);
  if (progress > 0)
    {
      okr_draw_status_color (status, ctx->dark, &color);
      okr_draw_set_color (cr, &color, 1.0);
      chart_rounded_rect (cr, x, y, MAX (w * CLAMP (progress, 0, 1), h), h, h / 2);
      cairo_fill (cr);
    }
}

static char *
node_tooltip (const OkrChartAlignmentNode *d)
{
  g_autofree char *line = chart_progress_tooltip (d->title, d->progress, NAN, d->status);
  return g_strdup_printf ("%s\n%s", line, d->unit_name);
}

/* A line of text too small to read: a stroke as long as the text would be, at most @room. */
static void
paint_greek (ChartCtx *ctx, cairo_t *cr, const char *text, double size, double x, double y,
             double line_h, double room)
{
  double fs = ctx->font_size * size;
  double w = MIN (room, g_utf8_strlen (text != NULL ? text : "", -1) * fs * 0.5);

  if (w <= 0)
    return;
  cairo_rectangle (cr, x, y + line_h * 0.3, w, line_h * 0.4);
  cairo_fill (cr);
}

static void
paint_node (OkrChartAlignmentLayout *l, cairo_t *cr, MapNode *m, gboolean legible)
{
  ChartCtx *ctx = &l->ctx;
  double fs = ctx->font_size, pad = fs * 0.7, r = fs * 0.5;
  double bar_w, bar_h = fs * 0.45, mark = fs * 0.7;
  OkrStatus status;
  double progress;

  if (legible)
    node_shape (l, m);

  /* A card: the background colour, a faint border, and for a group a dashed one. */
  okr_draw_set_color (cr, &ctx->bg, 1.0);
  chart_rounded_rect (cr, m->x, m->y, m->w, m->h, r);
  cairo_fill_preserve (cr);
  chart_set_fg (ctx, cr, m->data_index >= 0 ? 0.22 : 0.3);
  cairo_set_line_width (cr, 1);
  if (m->data_index < 0)
    {
      static const double dash[] = { 4, 3 };
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (m->data_index >= 0)
    {
      const OkrChartAlignmentNode *d = data_node (l->data, m->data_index);
      double y = m->y + fs * 0.55;

      status = d->status;
      progress = d->progress;
      chart_set_fg (ctx, cr, CHART_ALPHA_MUTED);
      if (legible)
        chart_text_paint (cr, m->unit, m->x + pad, y);
      else
        paint_greek (ctx, cr, d->unit_name, SIZE_UNIT, m->x + pad, y, l->unit_h,
                     inner_width (l));
      y += l->unit_h;
      chart_set_fg (ctx, cr, 1.0);
      if (legible)
        chart_text_paint (cr, m->title, m->x + pad, y);
      else
        paint_greek (ctx, cr, d->title, SIZE_TITLE, m->x + pad, y, l->title_line_h,
                     inner_width (l));

      for (guint k = 0; k < m->n_anchors; k++)
        {
          const OkrChartAnchor *a = &g_array_index (d->anchors, OkrChartAnchor, k);
          double ay = m->y + m->anchors_top + k * l->anchor_h;

          chart_set_fg (ctx, cr, CHART_ALPHA_GRID);
          chart_stroke_hline (cr, m->x + pad, m->x + m->w - pad, ay, 1);
          chart_set_fg (ctx, cr, CHART_ALPHA_MUTED * 1.3);
          if (legible)
            {
              const ChartText *at = g_ptr_array_index (m->anchors, k);
              const ChartText *av = g_ptr_array_index (m->anchor_values, k);

              chart_text_paint (cr, at, m->x + pad + fs * 0.9,
                                ay + (l->anchor_h - at->height) / 2);
              chart_text_paint (cr, av, m->x + m->w - pad - av->width,
                                ay + (l->anchor_h - av->height) / 2);
            }
          else
            paint_greek (ctx, cr, a->title, SIZE_ANCHOR, m->x + pad + fs * 0.9, ay, l->anchor_h,
                         anchor_title_width (l));
          /* A small key: "this is a key result". */
          chart_set_fg (ctx, cr, 0.5);
          cairo_arc (cr, m->x + pad + fs * 0.3, ay + l->anchor_h / 2, fs * 0.15, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
  else
    {
      status = OKR_STATUS_DONE;
      for (int s = 0; s < OKR_STATUS_N; s++)
        if (m->statuses[s] > 0)
          {
            status = (OkrStatus) s;
            break;
          }
      progress = m->mean;
      chart_set_fg (ctx, cr, 1.0);
      if (legible)
        chart_text_paint (cr, m->title, m->x + pad, m->y + fs * 0.5);
      else
        {
          g_autofree char *title = group_title (m);
          paint_greek (ctx, cr, title, SIZE_GROUP, m->x + pad, m->y + fs * 0.5, l->group_h,
                       group_title_width (l));
        }
    }

  /* Progress: a bar, the percentage and the status's shape (the group's weakest). */
  bar_w = m->w - 2 * pad - l->value_w - mark - fs * 0.9;
  paint_progress (ctx, cr, m->x + pad, m->y + m->bar_y + (l->value_h - bar_h) / 2, bar_w,
                  bar_h, progress, status);
  okr_draw_status_shape (cr, status, m->x + pad + bar_w + fs * 0.4 + mark / 2,
                         m->y + m->bar_y + l->value_h / 2, mark, ctx->dark);
  chart_set_fg (ctx, cr, 1.0);
  if (legible)
    chart_text_paint (cr, m->value, m->x + m->w - pad - m->value->width, m->y + m->bar_y);
}

/* Where the pointer can go: every card, painted or not (tests and tooltips read them). */
static void
add_node_hits (OkrChartAlignmentLayout *l, const MapNode *m)
{
  ChartCtx *ctx = &l->ctx;
  const OkrChartAlignmentNode *d;

  if (ctx->hits == NULL)
    return;
  if (m->data_index < 0)
    {
      chart_hit_rect (ctx, m->x, m->y, m->w, m->h,
                      (OkrChartTarget) { OKR_CHART_TARGET_TOGGLE, m->toggle_id },
                      g_strdup (_("Show the objectives aligned here")));
      return;
    }
  d = data_node (l->data, m->data_index);
  chart_hit_rect (ctx, m->x, m->y, m->w, m->n_anchors > 0 ? m->anchors_top : m->h,
                  (OkrChartTarget) { OKR_CHART_TARGET_OBJECTIVE, d->id }, node_tooltip (d));
  for (guint k = 0; k < m->n_anchors; k++)
    {
      const OkrChartAnchor *a = &g_array_index (d->anchors, OkrChartAnchor, k);

      chart_hit_rect (ctx, m->x, m->y + m->anchors_top + k * l->anchor_h, m->w, l->anchor_h,
                      (OkrChartTarget) { OKR_CHART_TARGET_KEY_RESULT, a->id },
                      chart_progress_tooltip (a->title, a->progress, NAN, d->status));
    }
}

static gboolean
box_visible (const double clip[4], double x0, double y0, double x1, double y1)
{
  return x1 >= clip[0] && x0 <= clip[2] && y1 >= clip[1] && y0 <= clip[3];
}

static void
paint_toggle (OkrChartAlignmentLayout *l, cairo_t *cr, const MapNode *m, const double clip[4])
{
  ChartCtx *ctx = &l->ctx;
  double fs = ctx->font_size, r = fs * 0.55;
  double cx = m->x + m->w, cy = m->y + m->h / 2;

  chart_hit_rect (ctx, cx - r, cy - r, 2 * r, 2 * r,
                  (OkrChartTarget) { OKR_CHART_TARGET_TOGGLE, m->toggle_id },
                  g_strdup (m->expanded ? _("Hide the objectives aligned here")
                                        : _("Show the objectives aligned here")));
  if (!box_visible (clip, cx - r, cy - r, cx + r, cy + r))
    return;

  okr_draw_set_color (cr, &ctx->bg, 1.0);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_fill_preserve (cr);
  chart_set_fg (ctx, cr, 0.45);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_set_line_width (cr, MAX (1.2, fs * 0.11));
  cairo_move_to (cr, cx - r * 0.5, cy);
  cairo_line_to (cr, cx + r * 0.5, cy);
  if (!m->expanded)
    {
      cairo_move_to (cr, cx, cy - r * 0.5);
      cairo_line_to (cr, cx, cy + r * 0.5);
    }
  cairo_stroke (cr);
}

void
okr_chart_alignment_layout_draw (OkrChartAlignmentLayout *layout, cairo_t *cr,
                                 OkrChartHits *hits)
{
  ChartCtx *ctx;
  double clip[4];
  gboolean legible;

  g_return_if_fail (layout != NULL && cr != NULL);

  ctx = &layout->ctx;
  ctx->hits = hits;
  cairo_save (cr);
  /* Only what the clip shows is painted: a view zoomed in on one team draws a few cards. */
  cairo_clip_extents (cr, &clip[0], &clip[1], &clip[2], &clip[3]);
  legible = ctx->font_size * chart_device_scale (cr) >= MIN_TEXT_PIXELS;

  /* Links first, under the cards: from the child's left edge to the parent's right edge. */
  chart_set_fg (ctx, cr, 0.35);
  cairo_set_line_width (cr, 1.3);
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const MapNode *m = &g_array_index (layout->nodes, MapNode, i);
      const MapNode *p;
      double x0, y0, x1, y1, mid;

      if (m->parent < 0)
        continue;
      p = &g_array_index (layout->nodes, MapNode, m->parent);
      x0 = p->x + p->w;
      y0 = anchor_y (p, m->parent_anchor, layout->anchor_h);
      x1 = m->x;
      y1 = m->y + (m->data_index >= 0 ? m->bar_y * 0.5 : m->h / 2);
      if (!box_visible (clip, x0, MIN (y0, y1) - ctx->font_size, x1,
                        MAX (y0, y1) + ctx->font_size))
        continue;
      mid = (x0 + x1) / 2;
      cairo_move_to (cr, x0, y0);
      cairo_curve_to (cr, mid, y0, mid, y1, x1, y1);
      cairo_stroke (cr);
      cairo_arc (cr, x1, y1, ctx->font_size * 0.18, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      MapNode *m = &g_array_index (layout->nodes, MapNode, i);

      add_node_hits (layout, m);
      if (box_visible (clip, m->x, m->y, m->x + m->w, m->y + m->h))
        paint_node (layout, cr, m, legible);
    }
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const MapNode *m = &g_array_index (layout->nodes, MapNode, i);
      if (m->has_children)
        paint_toggle (layout, cr, m, clip);
    }
  cairo_restore (cr);
  ctx->hits = NULL;
}

static guint
deepest_column (const OkrChartAlignmentData *data)
{
  g_autofree int *parent = NULL;
  g_autofree guint *col = compute_columns (data, &parent);
  guint deepest = 0;

  for (guint i = 0; i < data->nodes->len; i++)
    deepest = MAX (deepest, col[i]);
  return deepest;
}

static double
fit_scale (OkrChartAlignmentLayout *l, double width, double height)
{
  return MIN (MAX_FIT_SCALE, MIN (width / MAX (l->width, 1), height / MAX (l->height, 1)));
}

/* The layout of the deepest level that is readable in width × height, found from the top
 * down: a company's deepest levels hold thousands of cards, and measuring their texts only
 * to find that they don't fit was most of the time the map took to draw (200 ms). */
static OkrChartAlignmentLayout *
fit_layout (const OkrChartAlignmentData *data, const OkrChartStyle *style, double width,
            double height, int *level_out)
{
  int deepest = (int) deepest_column (data);
  int level = 0;
  OkrChartAlignmentLayout *fitting = layout_new (data, style, deepest == 0 ? -1 : 0, NULL);

  while (level < deepest)
    {
      OkrChartAlignmentLayout *deeper = layout_new (data, style,
                                                    level + 1 == deepest ? -1 : level + 1, NULL);
      if (fit_scale (deeper, width, height) < MIN_READABLE_SCALE)
        {
          okr_chart_alignment_layout_free (deeper);
          break;
        }
      okr_chart_alignment_layout_free (fitting);
      fitting = deeper;
      level++;
    }
  *level_out = level;
  return fitting;
}

int
okr_chart_alignment_fit_level (const OkrChartAlignmentData *data, const OkrChartStyle *style,
                               double width, double height)
{
  g_autoptr(OkrChartAlignmentLayout) l = NULL;
  int level;

  g_return_val_if_fail (data != NULL, 0);

  l = fit_layout (data, style, width, height, &level);
  return level;
}

static void
alignment_body (ChartCtx *ctx, cairo_t *cr, double width, double height, gconstpointer p)
{
  int level;
  g_autoptr(OkrChartAlignmentLayout) l = fit_layout (p, ctx->style, width, height, &level);
  double scale = fit_scale (l, width, height);
  double dx = (width - l->width * scale) / 2, dy = (height - l->height * scale) / 2;

  cairo_translate (cr, dx, dy);
  cairo_scale (cr, scale, scale);
  okr_chart_hits_push_transform (ctx->hits, dx, dy, scale);
  okr_chart_alignment_layout_draw (l, cr, ctx->hits);
  okr_chart_hits_pop_transform (ctx->hits);
}

void
okr_chart_alignment_draw (cairo_t *cr, double width, double height,
                          const OkrChartAlignmentData *data, const OkrChartStyle *style,
                          OkrChartHits *hits)
{
  g_return_if_fail (cr != NULL && data != NULL);

  chart_draw (cr, width, height, style, hits,
              data->nodes->len == 0 ? _("There are no objectives in this cycle yet.") : NULL,
              alignment_body, data);
}
