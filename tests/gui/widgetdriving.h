// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving real widgets by their objectNames, as a person would: typing into line edits,
// clicking buttons, reading inline errors. Each helper checks that what it touches is shown
// (and enabled), so a test cannot pass by poking at a hidden page.

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace cardinal::testing {

//! The widget of type T named `name` under `root`, or null.
template<typename T> T *find(const QWidget &root, const char *name)
{
    return root.findChild<T *>(QString::fromLatin1(name));
}

//! Types into the line edit `name`, which must be shown; false (the reason logged) if not.
[[nodiscard]] inline bool type(const QWidget &root, const char *name, const QString &text)
{
    auto *edit = find<QLineEdit>(root, name);
    if (!edit || !edit->isVisible()) {
        qWarning("%s is not shown", name);
        return false;
    }
    edit->clear();
    QTest::keyClicks(edit, text);
    if (edit->text() != text) {
        qWarning("%s holds \"%s\"", name, qPrintable(edit->text()));
        return false;
    }
    return true;
}

//! Clicks the button `name`, which must be shown and enabled.
[[nodiscard]] inline bool click(const QWidget &root, const char *name)
{
    auto *button = find<QAbstractButton>(root, name);
    if (!button || !button->isVisible() || !button->isEnabled()) {
        qWarning("%s is not shown and enabled", name);
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

//! Whether `name` exists and is shown.
inline bool shows(const QWidget &root, const char *name)
{
    const QWidget *widget = find<QWidget>(root, name);
    return widget && widget->isVisible();
}

//! Whether one of the widgets called `name` is shown (each page's card has its own).
inline bool anyShown(const QWidget &root, const char *name)
{
    for (const QWidget *widget : root.findChildren<QWidget *>(QString::fromLatin1(name)))
        if (widget->isVisible())
            return true;
    return false;
}

//! The text of the inline error `name`, or "" while it is hidden.
inline QString errorText(const QWidget &root, const char *name)
{
    const auto *label = find<QLabel>(root, name);
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace cardinal::testing
