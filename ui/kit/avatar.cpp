// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/avatar.h"

#include <QCryptographicHash>
#include <QFont>
#include <QPainter>
#include <QRegularExpression>

#include <array>

namespace cardinal::ui::Avatar {

namespace {

//! Mid-tone hues that keep white text readable.
constexpr std::array<QRgb, 10> Palette{0xc0392b, 0xd35400, 0xb7950b, 0x27ae60, 0x16a085,
                                       0x2980b9, 0x8e44ad, 0x2c3e50, 0xc2185b, 0x5d4037};

} // namespace

QColor color(const QString &name)
{
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    return QColor(Palette[static_cast<quint8>(digest.at(0)) % Palette.size()]);
}

QString initials(const QString &name)
{
    const QString local = name.section(u'@', 0, 0).trimmed();
    const QStringList words = local.split(QRegularExpression(QStringLiteral("[\\s._-]+")),
                                          Qt::SkipEmptyParts);
    QString letters;
    for (const QString &word : words) {
        letters += word.at(0).toUpper();
        if (letters.size() == 2 || !name.contains(u' '))
            break;
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

QPixmap pixmap(const QString &name, int size, qreal pixelRatio)
{
    const int pixels = qRound(size * pixelRatio);
    QPixmap result(pixels, pixels);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(name));
    painter.drawEllipse(QRectF(0, 0, pixels, pixels));
    QFont font = painter.font();
    font.setPixelSize(qMax(8, pixels * 2 / 5));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, pixels, pixels), Qt::AlignCenter, initials(name));
    painter.end();
    result.setDevicePixelRatio(pixelRatio);
    return result;
}

} // namespace cardinal::ui::Avatar
