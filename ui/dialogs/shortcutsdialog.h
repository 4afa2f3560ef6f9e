// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;

namespace cardinal::ui {

//! What the keyboard does (F1, or "Keyboard shortcuts" in the menu): the window's own
//! actions with their shortcuts, read from the actions themselves so the list cannot go
//! stale, and the keys of the composer and the lists. A table ("shortcutTable"): what,
//! then the keys in the platform's native notation.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace cardinal::ui
