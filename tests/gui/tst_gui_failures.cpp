// SPDX-License-Identifier: GPL-3.0-or-later
// Why a message failed, in the app's words: every FailureKind has a clause in English,
// Russian and German that names what it should, and the timeline shows undecryptable, held
// and failed messages with their reason in the language the app runs in.
#include "conversationtesting.h"
#include "failurereasons.h"
#include "ui/conversation/messagemodel.h"
#include "ui/kit/wording.h"

#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;
using cardinal::ui::MessageModel;
using cardinal::ui::Wording;

namespace {

//! Every reason of everyFailureReason() in Wording's words.
QStringList wordsOf(const QList<FailureReason> &reasons)
{
    QStringList words;
    for (const FailureReason &reason : reasons)
        words.append(Wording::failureReason(reason));
    return words;
}

//! Installs the app's catalogue for `language` while it lives.
class Catalogue
{
public:
    explicit Catalogue(const QString &language)
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/cardinal_%1.qm").arg(language)) &&
                   QCoreApplication::installTranslator(&m_translator);
    }
    ~Catalogue() { QCoreApplication::removeTranslator(&m_translator); }
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

class TestGuiFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Messenger> m_messenger;

private Q_SLOTS:
    void initTestCase()
    {
        m_messenger = createLocalMessenger(m_dir.path());
        QVERIFY(m_messenger);
    }

    void everyReasonHasWordsInEveryLanguage()
    {
        const QList<FailureReason> reasons = everyFailureReason();
        const QStringList english = wordsOf(reasons);
        const QStringList stableNames = [&] {
            QStringList names;
            for (const FailureReason &reason : reasons)
                names.append(QString(failureName(reason.kind)));
            return names;
        }();
        const auto check = [&](const QStringList &words, const QString &language) {
            QCOMPARE(words.size(), reasons.size());
            QCOMPARE(QSet<QString>(words.cbegin(), words.cend()).size(), words.size());
            for (qsizetype i = 0; i < words.size(); ++i) {
                const QString &said = words.at(i);
                const QString what =
                    language + u' ' + stableNames.at(i) + QStringLiteral(": ") + said;
                QVERIFY2(!said.isEmpty(), qPrintable(what));
                for (const QString &detail : reasons.at(i).details)
                    QVERIFY2(said.contains(detail), qPrintable(what));
                QVERIFY2(!said.contains(stableNames.at(i)), qPrintable(what));
                QVERIFY2(!said.contains(QLatin1Char('%')), qPrintable(what)); // all filled in
            }
        };
        check(english, QStringLiteral("en"));
        QCOMPARE(english.at(1), QStringLiteral("it was not encrypted for this device"));
        QCOMPARE(english.at(0), QStringLiteral("a sentence of Cardinal 0.1")); // as stored

        static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
        for (const QString &language : {QStringLiteral("ru"), QStringLiteral("de")}) {
            QStringList translated;
            {
                Catalogue catalogue(language);
                QVERIFY(catalogue.isLoaded());
                translated = wordsOf(reasons);
            }
            check(translated, language);
            for (qsizetype i = 1; i < reasons.size(); ++i) { // 0 is Other: the stored words
                QVERIFY2(translated.at(i) != english.at(i), qPrintable(translated.at(i)));
                if (language == u"ru")
                    QVERIFY2(translated.at(i).contains(cyrillic), qPrintable(translated.at(i)));
            }
            QCOMPARE(translated.at(0), english.at(0));
        }
    }

    void timelineSaysWhyInTheAppsLanguage()
    {
        const ConversationRef ref = ConversationRef::direct(QStringLiteral("dave@example.org"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        HistoryMessage broken = madeUpMessage(1, ref, now, 21);
        broken.direction = Direction::Incoming;
        broken.sender = ref.peer;
        broken.body.clear();
        broken.state = MessageState::Undecryptable;
        broken.failure = FailureReason::make(FailureKind::NotForThisDevice);
        HistoryMessage held = madeUpMessage(2, ref, now + 1, 21);
        held.direction = Direction::Outgoing;
        held.sender = LocalIdentity;
        held.state = MessageState::Held;
        held.failure = FailureReason::make(FailureKind::KeyChanged, {ref.peer});
        HistoryMessage failed = madeUpMessage(3, ref, now + 2, 21);
        failed.direction = Direction::Outgoing;
        failed.sender = LocalIdentity;
        failed.state = MessageState::Failed;
        failed.failure = FailureReason::make(FailureKind::RecipientRevoked, {ref.peer});
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessages({broken, held, failed}));

        MessageModel model(m_messenger.get(), ref);
        QVERIFY(model.load());
        QCOMPARE(model.rowCount(), 3);
        const auto text = [&](int row) {
            return model.index(row).data(MessageModel::TextRole).toString();
        };
        const auto note = [&](int row) {
            return model.index(row).data(MessageModel::NoteRole).toString();
        };
        QCOMPARE(text(0), QStringLiteral("Could not decrypt this message: it was not encrypted "
                                         "for this device"));
        QCOMPARE(note(1), QStringLiteral("Held: the key of dave@example.org changed; verify it "
                                         "or accept the new key to send"));
        QCOMPARE(note(2), QStringLiteral("Not sent: dave@example.org revoked their card"));

        // The same rows, read again in Russian: the stored kinds are said in that language.
        Catalogue russian(QStringLiteral("ru"));
        QVERIFY(russian.isLoaded());
        const QString reason = Wording::failureReason(*broken.failure);
        QCOMPARE(text(0), QStringLiteral("Не удалось расшифровать сообщение: %1").arg(reason));
        QVERIFY2(note(1).contains(Wording::failureReason(*held.failure)), qPrintable(note(1)));
        QVERIFY2(note(1).contains(ref.peer), qPrintable(note(1)));
        QCOMPARE(note(2),
                 QStringLiteral("Не отправлено: %1").arg(Wording::failureReason(*failed.failure)));
        QVERIFY2(!note(2).contains(QStringLiteral("revoked")), qPrintable(note(2)));
    }
};

QTEST_MAIN(TestGuiFailures)
#include "tst_gui_failures.moc"
