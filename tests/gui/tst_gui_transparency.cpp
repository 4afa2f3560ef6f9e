// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency alert across the window (ui/shell/transparencyalertbanner.h): hidden
// without an open alert, the most serious one named with its date when there are, in the
// person's language; Dismiss hands back exactly the alerts shown. With
// CARDINAL_SCREENSHOT_DIR set it also saves the banner in English and Russian for docs/.
#include "ui/shell/translations.h"
#include "ui/shell/transparencyalertbanner.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cardinal;
using client::KtEvidence;

namespace {

KtEvidence alert(qint64 id, KtEvidence::Kind kind, bool open = true)
{
    KtEvidence evidence;
    evidence.id = id;
    evidence.kind = kind;
    evidence.open = open;
    evidence.foundAtMs = 1'796'601'600'000; // December 2026
    evidence.server = QStringLiteral("wss://chat.example.org");
    evidence.subject = QStringLiteral("bob@example.org");
    evidence.detail = QStringLiteral("a key you did not create was published");
    return evidence;
}

QString textOf(const QWidget &banner, const char *name)
{
    return banner.findChild<QLabel *>(QString::fromLatin1(name))->text();
}

} // namespace

class TestGuiTransparency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { ui::Translations::apply(QStringLiteral("en")); }

    void hiddenUntilAnAlertIsOpen()
    {
        ui::TransparencyAlertBanner banner;
        banner.setAlerts({});
        QVERIFY(banner.isHidden());
        banner.setAlerts({alert(1, KtEvidence::Kind::SplitView, false)});
        QVERIFY(banner.isHidden());
        banner.setAlerts({alert(2, KtEvidence::Kind::Inconsistent)});
        QVERIFY(!banner.isHidden());
        QVERIFY(textOf(banner, "transparencyAlertTitle").contains(QStringLiteral("chat.example.org")));
        banner.setAlerts({});
        QVERIFY(banner.isHidden());
    }

    void aForeignKeyComesFirstAndDismissNamesWhatWasShown()
    {
        ui::TransparencyAlertBanner banner;
        banner.setAlerts({alert(3, KtEvidence::Kind::Inconsistent),
                          alert(4, KtEvidence::Kind::ForeignKey),
                          alert(5, KtEvidence::Kind::BadProof, false)});
        const QString title = textOf(banner, "transparencyAlertTitle");
        QVERIFY2(title.contains(QStringLiteral("did not create")), qPrintable(title));
        QVERIFY2(title.contains(QStringLiteral("2026")), qPrintable(title));
        QVERIFY(textOf(banner, "transparencyAlertText").contains(QStringLiteral("bob@example.org")));
        QVERIFY(textOf(banner, "transparencyAlertText").contains(QStringLiteral("2 alerts")));
        QSignalSpy dismissed(&banner, &ui::TransparencyAlertBanner::dismissRequested);
        QSignalSpy exported(&banner, &ui::TransparencyAlertBanner::exportRequested);
        banner.findChild<QPushButton *>(QStringLiteral("dismissAlertButton"))->click();
        banner.findChild<QPushButton *>(QStringLiteral("exportEvidenceButton"))->click();
        QCOMPARE(dismissed.size(), 1);
        QCOMPARE(dismissed.first().first().value<QList<qint64>>(), (QList<qint64>{3, 4}));
        QCOMPARE(exported.size(), 1);
    }

    // Caught through bob's message: the banner names the server and bob.
    void aSplitViewNamesTheServerAndTheContact()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            QCOMPARE(ui::Translations::apply(language), language);
            ui::TransparencyAlertBanner banner;
            banner.setAlerts({alert(7, KtEvidence::Kind::SplitView)});
            const QString title = textOf(banner, "transparencyAlertTitle");
            QVERIFY2(title.contains(QStringLiteral("wss://chat.example.org")), qPrintable(title));
            QVERIFY2(title.contains(QStringLiteral("bob@example.org")), qPrintable(title));
            QVERIFY(textOf(banner, "transparencyAlertText").contains(QStringLiteral("bob@example.org")));
            if (language == QStringLiteral("ru"))
                QVERIFY2(title.contains(QStringLiteral("другой")), qPrintable(title));
            const QString directory = qEnvironmentVariable("CARDINAL_SCREENSHOT_DIR");
            if (!directory.isEmpty()) {
                banner.resize(900, banner.sizeHint().height());
                banner.show();
                QVERIFY(QTest::qWaitForWindowExposed(&banner));
                QVERIFY(banner.grab().save(QDir(directory).filePath(
                    QStringLiteral("kt-split-view-%1.png").arg(language))));
            }
        }
    }

    void speaksThePersonsLanguage()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            QCOMPARE(ui::Translations::apply(language), language);
            ui::TransparencyAlertBanner banner;
            banner.setAlerts({alert(6, KtEvidence::Kind::ForeignKey)});
            banner.resize(900, banner.sizeHint().height());
            if (language == QStringLiteral("ru"))
                QVERIFY2(textOf(banner, "transparencyAlertTitle").contains(QStringLiteral("не создавали")),
                         qPrintable(textOf(banner, "transparencyAlertTitle")));
            const QString directory = qEnvironmentVariable("CARDINAL_SCREENSHOT_DIR");
            if (!directory.isEmpty()) {
                banner.show();
                QVERIFY(QTest::qWaitForWindowExposed(&banner));
                QVERIFY(banner.grab().save(QDir(directory).filePath(
                    QStringLiteral("kt-alert-%1.png").arg(language))));
            }
        }
    }
};

QTEST_MAIN(TestGuiTransparency)
#include "tst_gui_transparency.moc"
