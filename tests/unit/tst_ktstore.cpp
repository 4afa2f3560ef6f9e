// SPDX-License-Identifier: GPL-3.0-or-later
// What a profile keeps of the key-transparency log (client/ktstore.h): the checkpoint held,
// the watch of its own address and evidence survive a reopen; evidence is sealed to its
// row, so a record moved to another row or changed by someone with the file fails as
// CorruptFile instead of showing something the client never found.
#include "client/ktstore.h"
#include "profilestoresupport.h"

#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::client::testing;

namespace {

KtEvidence sample(KtEvidence::Kind kind, const char *subject)
{
    KtEvidence evidence;
    evidence.foundAtMs = 1'767'225'600'000;
    evidence.kind = kind;
    evidence.server = QStringLiteral("wss://chat.example.org");
    evidence.subject = QString::fromLatin1(subject);
    evidence.detail = QStringLiteral("two checkpoints of 7 entries with different roots");
    evidence.statements = {"note one", "note two", QByteArray(300, '\x01')};
    return evidence;
}

} // namespace

class TestKtStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingSurvivesAReopen()
    {
        QTemporaryDir dir;
        KtEvidence first = sample(KtEvidence::Kind::SplitView, "");
        KtEvidence second = sample(KtEvidence::Kind::ForeignKey, "bob@example.org");
        {
            auto db = openDatabase(dir.path());
            QVERIFY(db);
            KtStore store(*db);
            QVERIFY(!store.heldCheckpoint()->has_value());
            QCOMPARE(*store.ownWatch(), KtOwnWatch{});
            QCOMPARE(*store.openAlerts(), 0);
            QVERIFY_OK(store.holdCheckpoint("a signed note"));
            QVERIFY_OK(store.holdCheckpoint("a newer signed note"));
            QVERIFY_OK(store.setOwnWatch({3, 1, 1'767'225'600'000}));
            first.id = *store.addEvidence(first);
            second.id = *store.addEvidence(second);
            QVERIFY(second.id > first.id);
            QVERIFY_OK(store.acknowledge(first.id));
            QVERIFY_FAILS(store.acknowledge(second.id + 100), ErrorCode::NotFound);
        }
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        KtStore store(*db);
        QCOMPARE(**store.heldCheckpoint(), QByteArray("a newer signed note"));
        QCOMPARE(*store.ownWatch(), (KtOwnWatch{3, 1, 1'767'225'600'000}));
        first.open = false;
        QCOMPARE(*store.evidence(), (QList<KtEvidence>{first, second}));
        QCOMPARE(*store.openAlerts(), 1);
    }

    void aRecordMovedOrChangedFailsToOpen()
    {
        QTemporaryDir dir;
        {
            auto db = openDatabase(dir.path());
            QVERIFY(db);
            KtStore store(*db);
            QVERIFY(store.addEvidence(sample(KtEvidence::Kind::BadProof, "a@example.org")));
            QVERIFY(store.addEvidence(sample(KtEvidence::Kind::Inconsistent, "")));
        }
        // Someone with the file swaps the two sealed records.
        withRawDatabase(dir.path(), [](QSqlDatabase &raw) {
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE kt_evidence SET record = (SELECT record FROM kt_evidence AS other"
                " WHERE other.id <> kt_evidence.id)")));
        });
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        KtStore store(*db);
        QVERIFY_FAILS(store.evidence(), ErrorCode::CorruptFile);
        // The counts need no record: alerts stay visible even then.
        QCOMPARE(*store.openAlerts(), 2);
    }
};

QTEST_GUILESS_MAIN(TestKtStore)
#include "tst_ktstore.moc"
