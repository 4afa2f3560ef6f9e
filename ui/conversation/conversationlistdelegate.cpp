// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/conversationlistdelegate.h"

#include "ui/conversation/conversationlistmodel.h"
#include "ui/kit/namestyle.h"
#include "ui/kit/icons.h"
#include "ui/kit/tones.h"

#include <QApplication>
#include <QPainter>

namespace cardinal::ui {

namespace {
constexpr int Pad = 8;
constexpr int AvatarSize = 40;
constexpr int GlyphSize = 16;
} // namespace

ConversationListDelegate::ConversationListDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize ConversationListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                         const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(200, qMax(AvatarSize, 2 * metrics.height() + 4) + 2 * Pad);
}

void ConversationListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    const QColor ink = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor faint = NameStyle::mix(ink, background, 0.4);
    const QRect rect = option.rect.adjusted(Pad, Pad, -Pad, -Pad);
    const QString title = index.data(ConversationListModel::TitleRole).toString();
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect avatar(rect.left(), rect.center().y() - AvatarSize / 2, AvatarSize, AvatarSize);
    NameStyle::paintAvatar(*painter, avatar, title);

    const QFontMetrics metrics(option.font);
    const int left = avatar.right() + 1 + Pad;
    const int lineHeight = metrics.height();
    const int top = rect.center().y() - lineHeight - 1;
    QRect first(left, top, rect.right() - left + 1, lineHeight);
    QRect second(left, top + lineHeight + 2, first.width(), lineHeight);

    // Time on the right of the first line.
    QFont small = option.font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.85);
    const QString time = index.data(ConversationListModel::TimeTextRole).toString();
    painter->setFont(small);
    painter->setPen(faint);
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, time);
    first.setRight(first.right() - timeWidth - Pad);

    if (index.data(ConversationListModel::IsGroupRole).toBool()) {
        if (!m_groupIconColor.isValid() || m_groupIconColor != faint) {
            m_groupIcon = Icons::icon(u"members", faint);
            m_groupIconColor = faint;
        }
        m_groupIcon.paint(
            painter, QRect(first.left(), first.center().y() - GlyphSize / 2, GlyphSize, GlyphSize));
        first.setLeft(first.left() + GlyphSize + 4);
    }
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(ink);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, first.width()));

    if (unread > 0) {
        QFont badgeFont = small;
        badgeFont.setBold(true);
        const QString count = unread > 999 ? QStringLiteral("999+") : QString::number(unread);
        const QFontMetrics badgeMetrics(badgeFont);
        const int h = badgeMetrics.height() + 2;
        const int w = qMax(h, badgeMetrics.horizontalAdvance(count) + 10);
        const QRect badge(second.right() - w + 1, second.center().y() - h / 2, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? palette.color(QPalette::HighlightedText)
                                   : palette.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
        painter->setPen(selected ? palette.color(QPalette::Highlight)
                                 : palette.color(QPalette::HighlightedText));
        painter->setFont(badgeFont);
        painter->drawText(badge, Qt::AlignCenter, count);
        second.setRight(badge.left() - Pad);
    }
    const QString draft = index.data(ConversationListModel::DraftRole).toString();
    if (!draft.isEmpty()) {
        // An unsent draft comes first, marked like Signal and Telegram do, so that nobody
        // forgets a half-written message.
        const QString label = ConversationListModel::tr("Draft:") + QLatin1Char(' ');
        QFont marked = option.font;
        marked.setBold(true);
        painter->setFont(marked);
        painter->setPen(selected ? ink : Tones::errorText(palette));
        const int labelWidth = QFontMetrics(marked).horizontalAdvance(label);
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter, label);
        second.setLeft(second.left() + labelWidth);
    }
    painter->setFont(option.font);
    painter->setPen(faint);
    const QString preview =
        draft.isEmpty() ? index.data(ConversationListModel::PreviewRole).toString() : draft;
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(preview, Qt::ElideRight, second.width()));
    painter->restore();
}

} // namespace cardinal::ui
