// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QWidget>

namespace cardinal::ui {

//! A safety number's QR payload drawn as a QR code, for the other side to scan.
//!
//! The payload bytes are encoded as they are (8-bit mode, error correction level M) with
//! libqrencode. Modules are black on white with a four-module quiet zone whatever the
//! palette: scanners expect dark on light, and a dark theme must not invert the code.
class SafetyNumberQr : public QWidget
{
    Q_OBJECT

public:
    //! Quiet zone around the code, in modules (ISO/IEC 18004 asks for four).
    static constexpr int QuietZoneModules = 4;

    explicit SafetyNumberQr(QWidget *parent = nullptr);

    //! Encodes `payload`; an empty payload (or one that does not fit) shows nothing.
    void setPayload(const QByteArray &payload);
    //! The bytes encoded now (for tests: equal to SafetyNumber::qrPayload()).
    [[nodiscard]] QByteArray payload() const { return m_payload; }
    //! Modules per side without the quiet zone; 0 when nothing is encoded.
    [[nodiscard]] int moduleCount() const { return m_width; }
    //! Whether module (x, y) is dark (0-based, quiet zone excluded).
    [[nodiscard]] bool isDark(int x, int y) const;
    //! The code with its quiet zone, `moduleSize` pixels per module.
    [[nodiscard]] QImage toImage(int moduleSize) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QByteArray m_payload;
    QList<bool> m_modules; //!< row-major, m_width * m_width
    int m_width = 0;
};

} // namespace cardinal::ui
