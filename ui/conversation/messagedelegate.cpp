// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/messagedelegate.h"

#include "client/conversations.h"
#include "ui/conversation/messagemodel.h"
#include "ui/kit/icons.h"
#include "ui/kit/namestyle.h"
#include "ui/kit/tones.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QMouseEvent>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace cardinal::ui {

using client::Direction;
using client::MessageState;

namespace {

constexpr int SideMargin = 12;
constexpr int RowGap = 2;
constexpr int PadX = 10;
constexpr int PadY = 6;
constexpr int Radius = 12;
constexpr int IconSize = 16;
constexpr int SeparatorGap = 8;
constexpr qreal SystemShare = 0.8;

//! The width rows are laid out in: the view's viewport, in sizeHint() and paint() alike,
//! so both wrap text the same way.
int layoutWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    else
        small.setPixelSize(qMax(8, font.pixelSize() * 85 / 100));
    return small;
}

//! `text` with its line breaks as QTextLayout understands them: it treats '\n' as a
//! zero-width character, so "one\ntwo" would be drawn as "onetwo".
QString withLineSeparators(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lines.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return lines;
}

//! Wraps `text` in `width`; the lines are positioned from (0, 0). Breaks at word boundaries,
//! inside a word only when it is longer than a line (links, hashes), and at every line break.
QSize wrap(QTextLayout &layout, const QString &text, const QFont &font, int width)
{
    layout.setText(withLineSeparators(text));
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return QSize(int(std::ceil(widest)), int(std::ceil(height)));
}

QSize measure(const QString &text, const QFont &font, int width)
{
    if (text.isEmpty())
        return {};
    QTextLayout layout;
    return wrap(layout, text, font, width);
}

void drawText(QPainter &painter, const QString &text, const QFont &font, int width,
              const QPoint &topLeft)
{
    if (text.isEmpty())
        return;
    QTextLayout layout;
    wrap(layout, text, font, width);
    layout.draw(&painter, topLeft);
}

QString tickIcon(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return QStringLiteral("clock");
    case MessageState::Held:
        return QStringLiteral("shield-alert");
    case MessageState::Stored:
        return QStringLiteral("check");
    case MessageState::Delivered:
        return QStringLiteral("check-double");
    case MessageState::Failed:
        return QStringLiteral("alert");
    default:
        return {};
    }
}

} // namespace

//! Where everything of one row goes, relative to the row's top-left corner.
struct MessageDelegate::Geometry
{
    int height = 0;
    int textWidth = 0; //!< the width the body was wrapped in
    int noteWidth = 0; //!< the width the note and explanation were wrapped in
    QFont font;
    QFont small;
    QRect separator; //!< the day label's pill; empty when none
    QRect name;      //!< the sender's name; empty when not shown
    QRect bubble;    //!< empty for system lines
    QRect text;
    QRect explanation;
    QRect more;   //!< "Read more" under a collapsed text; empty when all of it shows
    QRect footer; //!< time and tick, inside the bubble's bottom right
    QRect note;   //!< under the bubble: held or failed
};

MessageDelegate::MessageDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void MessageDelegate::clearCache()
{
    m_heights.clear();
    m_icons.clear();
}

MessageDelegate::Geometry MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                  const QModelIndex &index, int width) const
{
    Geometry g;
    g.font = option.font;
    g.small = smallFont(option.font);
    const QFontMetrics smallMetrics(g.small);
    const auto direction = Direction(index.data(MessageModel::DirectionRole).toInt());
    const auto state = MessageState(index.data(MessageModel::StateRole).toInt());
    int y = RowGap;

    if (index.data(MessageModel::FirstOfDayRole).toBool()) {
        const QString label = index.data(MessageModel::DayLabelRole).toString();
        const int w = smallMetrics.horizontalAdvance(label) + 2 * PadX;
        const int h = smallMetrics.height() + 6;
        y += SeparatorGap;
        g.separator = QRect((width - w) / 2, y, w, h);
        y += h + SeparatorGap;
    }

    if (direction == Direction::System) {
        g.textWidth = qMax(40, int(width * SystemShare));
        const QSize size =
            measure(index.data(MessageModel::TextRole).toString(), g.small, g.textWidth);
        g.text = QRect((width - size.width()) / 2, y + PadY, size.width(), size.height());
        g.height = g.text.bottom() + 1 + PadY + RowGap;
        return g;
    }

    const bool outgoing = direction == Direction::Outgoing;
    const int maxBubble = qMax(80, int(width * MaxBubbleShare));
    g.textWidth = maxBubble - 2 * PadX;
    g.noteWidth = g.textWidth;

    if (index.data(MessageModel::ShowSenderRole).toBool()) {
        QFont bold = g.small;
        bold.setBold(true);
        const QString sender = index.data(MessageModel::SenderRole).toString();
        // Rounded up with a pixel to spare, so the painter never elides a name that fits.
        const int w =
            qMin(int(std::ceil(QFontMetricsF(bold).horizontalAdvance(sender))) + 2, maxBubble);
        y += 4;
        g.name = QRect(SideMargin + PadX, y, w, smallMetrics.height());
        y += g.name.height() + 2;
    }

    QFont textFont = g.font;
    textFont.setItalic(state == MessageState::Undecryptable);
    const QSize text =
        measure(index.data(MessageModel::TextRole).toString(), textFont, g.textWidth);
    const QSize explanation =
        measure(index.data(MessageModel::ExplanationRole).toString(), g.small, g.noteWidth);
    const QString time = index.data(MessageModel::TimeTextRole).toString();
    const int footerWidth = smallMetrics.horizontalAdvance(time) + (outgoing ? 4 + IconSize : 0);
    const int footerHeight = qMax(smallMetrics.height(), outgoing ? IconSize : 0);
    QFont linkFont = g.small;
    linkFont.setBold(true);
    const bool collapsed = index.data(MessageModel::CollapsedRole).toBool();
    const QSize more = collapsed ? QFontMetrics(linkFont).size(0, MessageDelegate::tr("Read more"))
                                 : QSize();
    const int inner = std::max({text.width(), explanation.width(), footerWidth, more.width()});
    const int bubbleWidth = inner + 2 * PadX;
    const int x = outgoing ? width - SideMargin - bubbleWidth : SideMargin;

    int innerY = y + PadY;
    g.text = QRect(x + PadX, innerY, text.width(), text.height());
    innerY += text.height();
    if (collapsed) {
        innerY += 4;
        g.more = QRect(x + PadX, innerY, more.width(), more.height());
        innerY += more.height();
    }
    if (!explanation.isEmpty()) {
        innerY += 4;
        g.explanation = QRect(x + PadX, innerY, explanation.width(), explanation.height());
        innerY += explanation.height();
    }
    innerY += 2;
    g.footer = QRect(x + bubbleWidth - PadX - footerWidth, innerY, footerWidth, footerHeight);
    innerY += footerHeight;
    g.bubble = QRect(x, y, bubbleWidth, innerY + PadY - y);
    y = g.bubble.bottom() + 1;

    const QString note = index.data(MessageModel::NoteRole).toString();
    if (!note.isEmpty()) {
        const QSize size = measure(note, g.small, g.noteWidth - IconSize - 4);
        const int w = size.width() + IconSize + 4;
        y += 3;
        g.note = QRect(outgoing ? width - SideMargin - w : SideMargin, y, w,
                       qMax(size.height(), IconSize));
        y += g.note.height();
    }
    g.height = y + RowGap;
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = layoutWidth(option);
    if (width != m_cachedWidth) {
        m_heights.clear();
        m_cachedWidth = width;
    }
    const quint64 key = index.data(MessageModel::SizeKeyRole).toULongLong();
    auto cached = m_heights.constFind(key);
    if (cached == m_heights.cend())
        cached = m_heights.insert(key, layout(option, index, width).height);
    return QSize(width, *cached);
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease &&
        index.data(MessageModel::CollapsedRole).toBool()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Geometry g = layout(option, index, layoutWidth(option));
        if (mouse->button() == Qt::LeftButton &&
            g.more.adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint() - option.rect.topLeft()))
            return model->setData(index, true, MessageModel::ExpandedRole);
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

const QIcon &MessageDelegate::icon(const QString &name, const QColor &color) const
{
    const QString key = name + QLatin1Char(' ') + color.name();
    auto it = m_icons.constFind(key);
    if (it == m_icons.cend())
        it = m_icons.insert(key, Icons::icon(name, color));
    return *it;
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Geometry g = layout(option, index, layoutWidth(option));
    const QPalette &palette = option.palette;
    const QColor ink = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor faint = NameStyle::mix(ink, base, 0.45);
    const auto direction = Direction(index.data(MessageModel::DirectionRole).toInt());
    const auto state = MessageState(index.data(MessageModel::StateRole).toInt());
    const bool selected = option.state.testFlag(QStyle::State_Selected);

    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);

    if (!g.separator.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(NameStyle::mix(base, ink, 0.08));
        painter->drawRoundedRect(g.separator, g.separator.height() / 2.0,
                                 g.separator.height() / 2.0);
        painter->setPen(faint);
        painter->setFont(g.small);
        painter->drawText(g.separator, Qt::AlignCenter,
                          index.data(MessageModel::DayLabelRole).toString());
    }

    if (direction == Direction::System) {
        painter->setPen(selected ? palette.color(QPalette::Highlight) : faint);
        QTextLayout layout;
        wrap(layout, index.data(MessageModel::TextRole).toString(), g.small, g.textWidth);
        // Centre each line on its own.
        for (int i = 0; i < layout.lineCount(); ++i) {
            QTextLine line = layout.lineAt(i);
            line.setPosition(
                QPointF((g.textWidth - line.naturalTextWidth()) / 2.0, line.position().y()));
        }
        layout.draw(painter, QPointF(g.text.center().x() - g.textWidth / 2.0, g.text.top()));
        painter->restore();
        return;
    }

    const bool outgoing = direction == Direction::Outgoing;
    QColor fill;
    if (state == MessageState::Undecryptable)
        fill = NameStyle::mix(base, Tones::errorText(palette), 0.16);
    else if (outgoing)
        fill =
            NameStyle::mix(base, palette.color(QPalette::Highlight), Tones::isDark(palette) ? 0.45 : 0.25);
    else
        fill = NameStyle::mix(palette.color(QPalette::AlternateBase), ink, 0.06);

    if (!g.name.isEmpty()) {
        QFont bold = g.small;
        bold.setBold(true);
        painter->setFont(bold);
        const QString sender = index.data(MessageModel::SenderRole).toString();
        painter->setPen(NameStyle::textColor(sender, palette));
        painter->drawText(g.name, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(sender, Qt::ElideRight, g.name.width()));
    }

    painter->setBrush(fill);
    painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 2) : QPen(Qt::NoPen));
    painter->drawRoundedRect(QRectF(g.bubble).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);

    painter->setPen(ink);
    QFont textFont = g.font;
    textFont.setItalic(state == MessageState::Undecryptable);
    drawText(*painter, index.data(MessageModel::TextRole).toString(), textFont, g.textWidth,
             g.text.topLeft());
    if (!g.more.isEmpty()) {
        QFont link = g.small;
        link.setBold(true);
        painter->setFont(link);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(g.more, Qt::AlignLeft | Qt::AlignVCenter, tr("Read more"));
    }
    if (!g.explanation.isEmpty()) {
        painter->setPen(NameStyle::mix(ink, fill, 0.3));
        drawText(*painter, index.data(MessageModel::ExplanationRole).toString(), g.small,
                 g.noteWidth, g.explanation.topLeft());
    }

    const QColor footerInk = NameStyle::mix(ink, fill, 0.4);
    painter->setPen(footerInk);
    painter->setFont(g.small);
    QRect timeRect = g.footer;
    const QString tick = outgoing ? tickIcon(state) : QString();
    if (outgoing)
        timeRect.setRight(g.footer.right() - IconSize - 4);
    painter->drawText(timeRect, Qt::AlignRight | Qt::AlignVCenter,
                      index.data(MessageModel::TimeTextRole).toString());
    if (!tick.isEmpty()) {
        const bool bad = state == MessageState::Failed || state == MessageState::Held;
        const QRect iconRect(g.footer.right() - IconSize + 1, g.footer.center().y() - IconSize / 2,
                             IconSize, IconSize);
        icon(tick, bad ? Tones::errorText(palette) : footerInk).paint(painter, iconRect);
    }

    if (!g.note.isEmpty()) {
        const QColor warn = Tones::errorText(palette);
        icon(QStringLiteral("alert"), warn)
            .paint(painter, QRect(g.note.left(), g.note.top(), IconSize, IconSize));
        painter->setPen(warn);
        drawText(*painter, index.data(MessageModel::NoteRole).toString(), g.small,
                 g.noteWidth - IconSize - 4, QPoint(g.note.left() + IconSize + 4, g.note.top()));
    }
    painter->restore();
}

} // namespace cardinal::ui
