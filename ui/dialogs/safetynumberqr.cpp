// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/safetynumberqr.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace cardinal::ui {

namespace {
struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
} // namespace

SafetyNumberQr::SafetyNumberQr(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void SafetyNumberQr::setPayload(const QByteArray &payload)
{
    m_payload = payload;
    m_modules.clear();
    m_width = 0;
    if (!payload.isEmpty()) {
        // Version 0: the smallest symbol that holds the payload.
        const std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeData(
            int(payload.size()), reinterpret_cast<const unsigned char *>(payload.constData()), 0,
            QR_ECLEVEL_M));
        if (code) {
            m_width = code->width;
            m_modules.resize(qsizetype(m_width) * m_width);
            // Bit 0 of each byte is the module's colour; the others are libqrencode's notes.
            for (qsizetype i = 0; i < m_modules.size(); ++i)
                m_modules[i] = (code->data[i] & 1) != 0;
        }
    }
    updateGeometry();
    update();
}

bool SafetyNumberQr::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_width)
        return false;
    return m_modules.at(qsizetype(y) * m_width + x);
}

QImage SafetyNumberQr::toImage(int moduleSize) const
{
    if (m_width == 0 || moduleSize <= 0)
        return {};
    const int side = (m_width + 2 * QuietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < m_width; ++y)
        for (int x = 0; x < m_width; ++x)
            if (isDark(x, y))
                painter.fillRect((x + QuietZoneModules) * moduleSize,
                                 (y + QuietZoneModules) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
    return image;
}

QSize SafetyNumberQr::sizeHint() const
{
    return QSize(200, 200);
}

QSize SafetyNumberQr::minimumSizeHint() const
{
    // Three pixels per module stays scannable from a phone held close.
    const int modules = (m_width > 0 ? m_width : 21) + 2 * QuietZoneModules;
    return QSize(modules * 3, modules * 3);
}

void SafetyNumberQr::paintEvent(QPaintEvent *)
{
    if (m_width == 0)
        return;
    const int modules = m_width + 2 * QuietZoneModules;
    // Whole pixels per module keep the edges sharp.
    const int moduleSize = std::max(1, std::min(width(), height()) / modules);
    const QImage image = toImage(moduleSize);
    QPainter painter(this);
    painter.drawImage(QPoint((width() - image.width()) / 2, (height() - image.height()) / 2),
                      image);
}

} // namespace cardinal::ui
