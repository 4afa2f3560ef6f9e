// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/messagelistview.h"

#include "ui/conversation/messagemodel.h"
#include "ui/kit/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>

namespace cardinal::ui {

namespace {
constexpr int BottomSlackPx = 8;
}

MessageListView::MessageListView(QWidget *parent) : QListView(parent)
{
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows wrap their text, so every width change needs a new layout.
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(false);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    verticalScrollBar()->setSingleStep(24);
}

bool MessageListView::copyCurrent()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return false;
    QApplication::clipboard()->setText(index.data(Qt::DisplayRole).toString());
    return true;
}

bool MessageListView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - BottomSlackPx;
}

void MessageListView::layoutNow()
{
    executeDelayedItemsLayout();
    updateGeometries();
}

void MessageListView::keyPressEvent(QKeyEvent *event)
{
    // Enter or Space on a collapsed message shows all of it.
    const bool activate = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
                          event->key() == Qt::Key_Space;
    if (activate && currentIndex().data(MessageModel::CollapsedRole).toBool()) {
        model()->setData(currentIndex(), true, MessageModel::ExpandedRole);
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        if (copyCurrent()) {
            event->accept();
            return;
        }
    }
    QListView::keyPressEvent(event);
}

void MessageListView::resizeEvent(QResizeEvent *event)
{
    const bool atBottom = isAtBottom();
    QListView::resizeEvent(event);
    if (atBottom) {
        layoutNow();
        scrollToBottom();
    }
}

void MessageListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("messageMenu"));
    QAction *copy = menu.addAction(Icons::icon(u"copy"), tr("&Copy text"));
    copy->setObjectName(QStringLiteral("copyTextAction"));
    copy->setShortcut(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &MessageListView::copyCurrent);
    menu.exec(event->globalPos());
}

} // namespace cardinal::ui
