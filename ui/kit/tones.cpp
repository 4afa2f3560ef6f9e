// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/tones.h"

namespace cardinal::ui::Tones {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor good()
{
    return QColor(0x2e, 0xa0, 0x43);
}

QColor caution()
{
    return QColor(0xd2, 0x99, 0x22);
}

QColor danger()
{
    return QColor(0xcf, 0x22, 0x2e);
}

QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

} // namespace cardinal::ui::Tones
