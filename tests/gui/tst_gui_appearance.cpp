// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark: the person's theme choice overrides the desktop, and the dark palette's
// fields, menus and dialog buttons stay readable (Fusion alone draws them too dark).
#include "ui/kit/tones.h"
#include "ui/shell/colorscheme.h"

#include <QApplication>
#include <QLineEdit>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

using cardinal::ui::ColorScheme;

class TestGuiAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qunsetenv("CARDINAL_COLOR_SCHEME"); }

    void theChoiceOverridesTheDesktop()
    {
        ColorScheme scheme;
        scheme.apply();
        QVERIFY(!scheme.isDark()); // the offscreen platform is light
        scheme.setPreference(QStringLiteral("dark"));
        QVERIFY(scheme.isDark());
        QVERIFY(cardinal::ui::Tones::isDark(QApplication::palette()));
        scheme.setPreference(QStringLiteral("light"));
        QVERIFY(!scheme.isDark());
        QVERIFY(!cardinal::ui::Tones::isDark(QApplication::palette()));
        scheme.setPreference(QString());
        QVERIFY(!scheme.isDark());
    }

    void darkFieldsAndButtonsStayReadable()
    {
        ColorScheme scheme;
        scheme.apply();
        scheme.setPreference(QStringLiteral("dark"));
        // Dialog buttons without the icon theme's black glyphs.
        QCOMPARE(QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons), 0);

        QWidget window;
        auto *field = new QLineEdit(&window);
        auto *other = new QLineEdit(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(field);
        layout->addWidget(other);
        window.resize(240, 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        other->setFocus();
        const QImage shot = field->grab().toImage();
        const QColor border = shot.pixelColor(0, shot.height() / 2);
        const QColor background = window.palette().color(QPalette::Window);
        // Visibly lighter than the window it sits on.
        QVERIFY2(border.lightness() - background.lightness() >= 30,
                 qPrintable(QStringLiteral("border %1, window %2")
                                .arg(border.name(), background.name())));
        scheme.setPreference(QStringLiteral("light"));
    }
};

QTEST_MAIN(TestGuiAppearance)
#include "tst_gui_appearance.moc"
