// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cardinal::ui {

namespace {

struct Row
{
    QString what;
    QString keys;
};

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    QList<Row> rows;
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        rows.append({QString(action->text()).remove(u'&').remove(QStringLiteral("…")).trimmed(),
                     action->shortcut().toString(QKeySequence::NativeText)});
    }
    const auto keys = [](QKeyCombination combination) {
        return QKeySequence(combination).toString(QKeySequence::NativeText);
    };
    rows.append({tr("Contact or group info"), keys(Qt::CTRL | Qt::Key_I)});
    rows.append({tr("Send the message"), keys(QKeyCombination(Qt::Key_Return))});
    rows.append({tr("New line in a message"), keys(Qt::SHIFT | Qt::Key_Return)});
    rows.append({tr("Copy the selected message"),
                 QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)});
    rows.append({tr("From the search box into the list"), keys(QKeyCombination(Qt::Key_Down))});
    rows.append({tr("Open the conversation and write in it"), keys(QKeyCombination(Qt::Key_Return))});
    rows.append({tr("Clear the search"), keys(QKeyCombination(Qt::Key_Escape))});

    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).what));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).keys));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(460, 420);
}

} // namespace cardinal::ui
