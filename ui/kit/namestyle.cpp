// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/namestyle.h"

#include "ui/kit/tones.h"

#include <QPainter>
#include <QRect>

namespace cardinal::ui::NameStyle {

namespace {

// FNV-1a over the UTF-16 code units: stable, unlike qHash.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

int hueOf(const QString &name)
{
    return int(stableHash(name) % 360u);
}

} // namespace

QString initials(const QString &name)
{
    QString local = name.section(QLatin1Char('@'), 0, 0).trimmed();
    QString letters;
    bool atWordStart = true;
    for (const QChar c : std::as_const(local)) {
        if (!c.isLetterOrNumber()) {
            atWordStart = true;
            continue;
        }
        if (atWordStart)
            letters += c.toUpper();
        atWordStart = false;
        if (letters.size() == 2)
            break;
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

QColor textColor(const QString &name, const QPalette &palette)
{
    return QColor::fromHsl(hueOf(name), 150, Tones::isDark(palette) ? 170 : 85);
}

QColor fillColor(const QString &name)
{
    return QColor::fromHsl(hueOf(name), 120, 105);
}

void paintAvatar(QPainter &painter, const QRect &rect, const QString &name)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fillColor(name));
    painter.drawEllipse(rect);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(8, rect.height() * 2 / 5));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, initials(name));
    painter.restore();
}

QPixmap avatar(const QString &name, int size, qreal pixelRatio)
{
    const int pixels = qRound(size * pixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintAvatar(painter, QRect(0, 0, pixels, pixels), name);
    painter.end();
    pixmap.setDevicePixelRatio(pixelRatio);
    return pixmap;
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount),
                            float(a.greenF() * keep + b.greenF() * amount),
                            float(a.blueF() * keep + b.blueF() * amount));
}

} // namespace cardinal::ui::NameStyle
