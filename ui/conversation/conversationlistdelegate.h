// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace cardinal::ui {

//! Paints a ConversationListModel row: a round avatar with initials in the name's colour,
//! the title (with a members glyph for groups) and the time on the first line, the last
//! message elided to one line and the unread count as a badge on the second. All rows have
//! the same height.
class ConversationListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

private:
    mutable QIcon m_groupIcon;
    mutable QColor m_groupIconColor;
};

} // namespace cardinal::ui
