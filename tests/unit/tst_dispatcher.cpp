// SPDX-License-Identifier: GPL-3.0-or-later
// The server's Dispatcher driven directly, over a real SQLite store (on its storage
// thread) in a temporary directory: which requests an unauthenticated caller may make,
// unknown types, payloads the services cannot read, internal failures reported without
// their detail, and answers that carry the request's id and type, exactly once, but never
// to a requester that has gone meanwhile.
#include "server/codedelivery.h"
#include "server/dispatcher.h"
#include "server/eventbus.h"
#include "server/identityverifier.h"
#include "server/serverkeys.h"
#include "server/sqlitestorage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <utility>

#include "resultchecks.h"
#include "servicetesting.h"

using namespace cardinal;
using namespace cardinal::server;
using namespace cardinal::testing;
using protocol::Frame;
using protocol::FrameKind;
using protocol::WireError;
namespace wire = protocol::wire;

namespace {

const QString Alice = QStringLiteral("alice@example.org");

//! Codes go into a directory, as `--codes drop:DIR` does, unless held back: then the
//! outcome waits for finishHeld(), as with a slow mail relay.
class CodeDrop final : public CodeDelivery
{
public:
    explicit CodeDrop(const QString &directory)
        : m_drop(makeCodeDelivery({CodeDeliveryConfig::Kind::Drop, directory, {}},
                                  ServerLimits::DefaultCodeLifetimeSeconds))
    {
    }

    void deliver(const QString &identity, const QString &purpose, const QString &code,
                 Completion done) override
    {
        if (!holding)
            return m_drop->deliver(identity, purpose, code, std::move(done));
        held = [this, identity, purpose, code, done = std::move(done)]() mutable {
            m_drop->deliver(identity, purpose, code, std::move(done));
        };
    }

    bool holding = false;
    std::function<void()> held;

private:
    std::unique_ptr<CodeDelivery> m_drop;
};

//! Everything a request handed to the dispatcher was answered with.
struct Answers
{
    QList<Frame> frames;

    Dispatcher::Answer collector()
    {
        return [this](const Frame &frame) { frames.append(frame); };
    }
};

} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CodeDrop> m_codes;
    std::unique_ptr<ServerParts> m_parts;
    std::unique_ptr<Dispatcher> m_dispatcher;
    QObject m_requester; //!< stands for the Session that asks

    [[nodiscard]] QString codeDir() const { return m_dir->filePath(QStringLiteral("codes")); }

    //! What the dispatcher answered `request` from `caller` with, once everything it set off
    //! has settled.
    QList<Frame> handleNow(const Caller &caller, const Frame &request)
    {
        Answers answers;
        m_dispatcher->handle(caller, request, &m_requester, answers.collector());
        if (!QTest::qWaitFor([&] { return !answers.frames.isEmpty(); }, 10'000))
            return {};
        m_parts->settle(); // an answer too many would show now
        return answers.frames;
    }

    static Caller anonymous()
    {
        Caller caller;
        caller.connectionKey = QStringLiteral("192.0.2.7");
        return caller;
    }

    static Caller signedIn()
    {
        Caller caller = anonymous();
        caller.authenticated = true;
        caller.card = protocol::CardId::fromBytes(QByteArray(32, '\x11')).value();
        caller.device = protocol::DeviceId::fromBytes(QByteArray(16, '\x22')).value();
        caller.identity = Alice;
        return caller;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_codes = std::make_unique<CodeDrop>(codeDir());
        auto parts = ServerParts::create(m_dir->path(), *m_codes);
        QVERIFY_OK(parts);
        m_parts = std::move(*parts);
        m_dispatcher = std::make_unique<Dispatcher>(*m_parts->context);
    }

    void cleanup()
    {
        m_dispatcher.reset();
        m_parts.reset();
        m_codes.reset();
        m_dir.reset();
    }

    void onlySomeRequestsBeforeAuthentication_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("allowed");
        for (const QString &type :
             {wire::RequestCode, wire::ConfirmCode, wire::PublishCard, wire::BackupFetch})
            QTest::newRow(qPrintable(type)) << type << true;
        for (const QString &type :
             {wire::Lookup, wire::LookupCard, wire::AddDevice, wire::RevokeDevice, wire::RevokeCard,
              wire::BackupStore, wire::GroupCreate, wire::GroupAdd, wire::GroupRemove,
              wire::GroupRename, wire::GroupInfo, wire::Groups, wire::Send, wire::Ack})
            QTest::newRow(qPrintable(type)) << type << false;
    }

    void onlySomeRequestsBeforeAuthentication()
    {
        QFETCH(QString, type);
        QFETCH(bool, allowed);
        // An empty payload: a request that reaches its service is refused for its payload,
        // one that does not is refused for the caller.
        const QList<Frame> answers = handleNow(anonymous(), Frame::request(41, type));
        QCOMPARE(answers.size(), 1);
        const Frame &answer = answers.first();
        QCOMPARE(answer.kind, FrameKind::Error);
        QCOMPARE(answer.id, quint64(41));
        QCOMPARE(answer.wireError(), allowed ? WireError::BadFrame : WireError::Unauthenticated);
        // Signed in, the same request reaches its service.
        const QList<Frame> later = handleNow(signedIn(), Frame::request(42, type));
        QCOMPARE(later.size(), 1);
        QVERIFY(later.first().wireError() != WireError::Unauthenticated);
        QVERIFY(later.first().wireError() != WireError::UnknownType);
    }

    void unknownTypes()
    {
        // `auth` is the Session's, never the dispatcher's.
        for (const QString &type :
             {QStringLiteral("no-such-request"), QString(), wire::Auth, QString(300, u'x')}) {
            for (const Caller &caller : {anonymous(), signedIn()}) {
                const QList<Frame> answers = handleNow(caller, Frame::request(7, type));
                QCOMPARE(answers.size(), 1);
                QCOMPARE(answers.first().kind, FrameKind::Error);
                QCOMPARE(answers.first().id, quint64(7));
                QCOMPARE(answers.first().wireError(), WireError::UnknownType);
                // The type is echoed for the reader, but never more than a short prefix.
                QVERIFY(answers.first().errorMessage().size() < 100);
            }
        }
    }

    void unreadablePayloads()
    {
        const QList<std::pair<QString, QCborArray>> requests{
            {wire::Lookup, {42}},
            {wire::Lookup, {Alice, Alice}},
            {wire::LookupCard, {QStringLiteral("not bytes")}},
            {wire::Ack, {QStringLiteral("not a list")}},
            {wire::RequestCode, {QByteArray("bytes"), wire::PurposeRegister}},
            {wire::ConfirmCode, {Alice, wire::PurposeRegister}},
        };
        quint64 id = 100;
        for (const auto &[type, payload] : requests) {
            const Caller caller =
                wire::allowedBeforeAuthentication(type) ? anonymous() : signedIn();
            const QList<Frame> answers = handleNow(caller, Frame::request(++id, type, payload));
            QCOMPARE(answers.size(), 1);
            QCOMPARE(answers.first().id, id);
            QVERIFY2(answers.first().wireError() == WireError::BadFrame,
                     qPrintable(type + QStringLiteral(": ") + answers.first().errorMessage()));
        }
    }

    void answersCarryTheRequestsIdAndType()
    {
        const QList<Frame> answers = handleNow(
            anonymous(), Frame::request(9001, wire::RequestCode, {Alice, wire::PurposeRegister}));
        QCOMPARE(answers.size(), 1);
        const Frame &answer = answers.first();
        QCOMPARE(answer.kind, FrameKind::Response);
        QCOMPARE(answer.id, quint64(9001));
        QCOMPARE(answer.type, wire::RequestCode);
        QCOMPARE(answer.payload.size(), 1);
        QCOMPARE(answer.payload.at(0).toInteger(), ServerLimits::DefaultCodeLifetimeSeconds);
        QVERIFY(QFile::exists(QDir(codeDir()).filePath(Alice))); // delivered, really

        const QList<Frame> missing = handleNow(
            signedIn(), Frame::request(9002, wire::Lookup, {QStringLiteral("nobody@example.org")}));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().kind, FrameKind::Error);
        QCOMPARE(missing.first().id, quint64(9002));
        QCOMPARE(missing.first().wireError(), WireError::NotFound);
    }

    void aLaterAnswerGoesToARequesterThatIsStillThere()
    {
        m_codes->holding = true;
        Answers answers;
        m_dispatcher->handle(anonymous(),
                             Frame::request(5, wire::RequestCode, {Alice, wire::PurposeRegister}),
                             &m_requester, answers.collector());
        QTRY_VERIFY(m_codes->held);        // the code is stored and on its way
        QVERIFY(answers.frames.isEmpty()); // the relay has not taken it yet
        m_codes->held();
        QCOMPARE(answers.frames.size(), 1);
        QCOMPARE(answers.frames.first().kind, FrameKind::Response);
        QCOMPARE(answers.frames.first().id, quint64(5));
        QCOMPARE(answers.frames.first().type, wire::RequestCode);
    }

    void aLaterAnswerToARequesterThatHasGoneIsDropped()
    {
        m_codes->holding = true;
        Answers answers;
        auto requester = std::make_unique<QObject>();
        m_dispatcher->handle(anonymous(),
                             Frame::request(6, wire::RequestCode, {Alice, wire::PurposeRegister}),
                             requester.get(), answers.collector());
        QTRY_VERIFY(m_codes->held);
        requester.reset(); // the session closed while the relay worked
        m_codes->held();
        QVERIFY(answers.frames.isEmpty());
        QVERIFY(QFile::exists(QDir(codeDir()).filePath(Alice))); // it was delivered all the same
    }

    void internalFailuresKeepTheirDetailToThemselves()
    {
        const Frame request = Frame::request(3, wire::Lookup, {Alice});
        const Frame internal = Dispatcher::answerFor(
            request, fail(ErrorCode::IoError, QStringLiteral("disk full at /srv/secret")));
        QCOMPARE(internal.kind, FrameKind::Error);
        QCOMPARE(internal.id, quint64(3));
        QCOMPARE(internal.wireError(), WireError::Internal);
        QVERIFY(!internal.errorMessage().contains(QStringLiteral("secret")));

        // What the client may know is passed on.
        const Frame refused = Dispatcher::answerFor(
            request, fail(ErrorCode::NotFound, QStringLiteral("no card for that identity")));
        QCOMPARE(refused.wireError(), WireError::NotFound);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("no card for that identity")));

        const Frame answered = Dispatcher::answerFor(request, QCborArray{1, 2});
        QCOMPARE(answered.kind, FrameKind::Response);
        QCOMPARE(answered.type, wire::Lookup);
        QCOMPARE(answered.payload, (QCborArray{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
