/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "okr-form-dialog.h"

/* The dialog's responses are "cancel" and "accept"; "accept" is offered only while every
 * required field has something in it, and Enter in the last field accepts. */

typedef struct {
  GtkWidget *grid;
  GPtrArray *entries;   /* GtkEntry, in order */
  GPtrArray *required;  /* the same, or NULL where optional */
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_ptr_array_unref (form->entries);
  g_ptr_array_unref (form->required);
  g_free (form);
}

static Form *
form_of (GtkWidget *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "okr-form");
}

static void
update_accept (GtkWidget *dialog)
{
  Form *form = form_of (dialog);
  gboolean complete = TRUE;

  for (guint i = 0; i < form->required->len; i++)
    {
      GtkEntry *entry = form->required->pdata[i];
      g_autofree char *text = NULL;

      if (entry == NULL)
        continue;
      text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
      complete &= *text != '\0';
    }
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept", complete);
}

static void
on_activate (GtkEntry *entry, GtkWidget *dialog)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept"))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "accept");
}

GtkWidget *
okr_form_dialog_new (GtkWidget *parent, const char *heading, const char *body,
                     const char *accept_label)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)),
                                              heading, body);
  Form *form = g_new0 (Form, 1);

  form->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (form->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (form->grid), 12);
  form->entries = g_ptr_array_new ();
  form->required = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (dialog), "okr-form", form, form_free);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), form->grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "accept", accept_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

/* Adds a labelled entry; the label may be NULL for a lone field. */
GtkEntry *
okr_form_dialog_add_entry (GtkWidget *dialog, const char *label, const char *text,
                           gboolean required)
{
  Form *form = form_of (dialog);
  GtkWidget *entry = gtk_entry_new ();
  int row = (int) form->entries->len;

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), FALSE);
  g_signal_connect (entry, "activate", G_CALLBACK (on_activate), dialog);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (update_accept), dialog);
  if (label != NULL)
    {
      GtkWidget *caption = gtk_label_new_with_mnemonic (label);
      gtk_label_set_xalign (GTK_LABEL (caption), 1);
      gtk_label_set_mnemonic_widget (GTK_LABEL (caption), entry);
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_grid_attach (GTK_GRID (form->grid), caption, 0, row, 1, 1);
    }
  gtk_grid_attach (GTK_GRID (form->grid), entry, label != NULL ? 1 : 0, row,
                   label != NULL ? 1 : 2, 1);
  g_ptr_array_add (form->entries, entry);
  g_ptr_array_add (form->required, required ? entry : NULL);
  update_accept (dialog);
  return GTK_ENTRY (entry);
}

const char *
okr_form_dialog_get_text (GtkWidget *dialog, guint index)
{
  Form *form = form_of (dialog);

  g_return_val_if_fail (index < form->entries->len, NULL);
  return gtk_editable_get_text (GTK_EDITABLE (form->entries->pdata[index]));
}
