// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

class QTextLayout;

namespace cardinal::ui {

//! Paints MessageModel rows as chat bubbles: outgoing on the right in a tint of the palette's
//! highlight, incoming on the left in a tint of its alternate base, system lines as small
//! centred grey text. Above a row it draws the day separator (FirstOfDayRole) and, in groups,
//! the sender's name in their colour (ShowSenderRole). The bubble's corner shows the time and,
//! for outgoing messages, the delivery state (clock, check, double check, alert); a held or
//! failed message gets a note under its bubble, an undecryptable entry its own bubble with
//! an explanation.
//!
//! Rows have different heights, so the list view asks sizeHint() for every loaded row on
//! every layout. Heights are cached by the model's SizeKeyRole (which changes when a row's
//! height may) for one view width at a time: a cached row costs one hash lookup.
//! Bubbles are at most MaxBubbleShare of the view's width and wrap long words anywhere.
//! A long message shows its start with a "Read more" link (MessageModel::CollapsedRole);
//! clicking it expands the message (MessageModel::ExpandedRole).
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr qreal MaxBubbleShare = 0.65;

    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    //! Forgets cached heights (after a font or style change).
    void clearCache();

private:
    struct Geometry;

    [[nodiscard]] Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  int width) const;
    [[nodiscard]] const QIcon &icon(const QString &name, const QColor &color) const;

    mutable QHash<quint64, int> m_heights;
    mutable int m_cachedWidth = -1;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace cardinal::ui
