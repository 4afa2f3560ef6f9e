// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/icons.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <array>

namespace cardinal::ui::Icons {

namespace {

constexpr std::array<int, 4> LogicalSizes{16, 20, 24, 32};
constexpr std::array<qreal, 3> PixelRatios{1.0, 2.0, 3.0};

QByteArray svgSource(QStringView name)
{
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

QIcon icon(QStringView name, const QColor &color)
{
    QByteArray source = svgSource(name);
    if (source.isEmpty())
        return {};
    const QColor ink = color.isValid() ? color : QApplication::palette().color(QPalette::Text);
    source.replace("currentColor", ink.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(source);
    if (!renderer.isValid())
        return {};
    QIcon result;
    for (const int size : LogicalSizes) {
        for (const qreal ratio : PixelRatios) {
            const int pixels = qRound(size * ratio);
            QPixmap pixmap(pixels, pixels);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            pixmap.setDevicePixelRatio(ratio);
            result.addPixmap(pixmap);
        }
    }
    return result;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/cardinal.svg"));
}

} // namespace cardinal::ui::Icons
