// SPDX-License-Identifier: GPL-3.0-or-later
// The identity verifier over a real SQLite store (on its storage thread, as the server runs
// it) and a fake clock: code format and storage,
// attempts, expiry, replacement, rate limits, tokens (single use, purpose, expiry) and
// operator-issued tokens.
#include "server/identityverifier.h"
#include "server/serverkeys.h"
#include "server/sqlitestorage.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <utility>

#include "resultchecks.h"
#include "servicetesting.h"

using namespace cardinal;
using namespace cardinal::server;
using namespace cardinal::testing;

namespace {

const QString Alice = QStringLiteral("alice@example.org");
const QString Register = QStringLiteral("register");
const QString Recover = QStringLiteral("recover");
const QString Conn = QStringLiteral("192.0.2.1");
constexpr qint64 Start = 1'700'000'000;

//! Remembers what it was asked to deliver; can be told to fail, or to hold the outcome
//! back until finishHeld() (a slow mail relay).
class FakeDelivery final : public CodeDelivery
{
public:
    void deliver(const QString &identity, const QString &purpose, const QString &code,
                 Completion done) override
    {
        if (holding) {
            held = std::move(done);
            lastCode = code;
            return;
        }
        if (failing)
            return done(fail(ErrorCode::IoError, QStringLiteral("relay down")));
        lastIdentity = identity;
        lastPurpose = purpose;
        lastCode = code;
        ++count;
        done({});
    }
    //! Completes the delivery held back, with `outcome`.
    void finishHeld(Result<void> outcome) { std::exchange(held, {})(std::move(outcome)); }

    QString lastIdentity;
    QString lastPurpose;
    QString lastCode;
    int count = 0;
    bool failing = false;
    bool holding = false;
    Completion held;
};

//! A code that differs from `code` in its last digit.
QString wrongCode(const QString &code)
{
    QString wrong = code;
    wrong[wrong.size() - 1] = code.back() == u'0' ? u'1' : u'0';
    return wrong;
}

} // namespace

class TestIdentityVerifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AsyncStorage> m_storage;
    std::optional<ServerKeys> m_keys;
    std::unique_ptr<FakeDelivery> m_fake;
    qint64 m_now = Start;
    std::unique_ptr<IdentityVerifier> m_verifier;

    IdentityVerifier &verifier() { return *m_verifier; }

    //! requestCode() with a delivery that answers at once: the outcome it reported.
    Result<qint64> requestCode(const QString &identity, const QString &purpose,
                               const QString &connectionKey)
    {
        return awaitResult<qint64>([&](IdentityVerifier::CodeRequested done) {
            verifier().requestCode(identity, purpose, connectionKey, std::move(done));
        });
    }

    //! confirmCode(), answered.
    Result<QByteArray> confirm(const QString &identity, const QString &purpose,
                               const QString &code)
    {
        return awaitResult<QByteArray>([&](IdentityVerifier::CodeConfirmed done) {
            verifier().confirmCode(identity, purpose, code, std::move(done));
        });
    }

    //! What publishing with `token` does to it: checkToken(), then spendToken() in a unit.
    Result<ValidationToken> redeem(QByteArrayView token, const QString &purpose)
    {
        auto checked = verifier().checkToken(token, purpose);
        if (!checked)
            return checked;
        auto spent = m_storage->wait([checked = *checked](Storage &storage) {
            return IdentityVerifier::spendToken(storage, checked);
        });
        if (!spent)
            return fail(spent.error());
        return checked;
    }

    //! The code stored for (identity, purpose), read on the storage thread.
    Result<std::optional<PendingCode>> storedCode(const QString &identity, const QString &purpose)
    {
        return m_storage->wait(
            [identity, purpose](Storage &storage) { return storage.code(identity, purpose); });
    }

    //! Requests a code for Alice and returns it.
    QString requestAlice(const QString &purpose = Register)
    {
        auto expiresIn = requestCode(Alice, purpose, Conn);
        if (!expiresIn)
            qFatal("requestCode failed: %s", qPrintable(expiresIn.error().message()));
        return m_fake->lastCode;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto storage = startStorage(m_dir->filePath(QStringLiteral("server.db")));
        QVERIFY_OK(storage);
        m_storage = std::move(*storage);
        auto keys = ServerKeys::create(m_dir->path());
        QVERIFY(keys);
        m_keys.emplace(std::move(*keys));
        m_fake = std::make_unique<FakeDelivery>();
        m_now = Start;
        m_verifier = std::make_unique<IdentityVerifier>(*m_storage, *m_keys, *m_fake,
                                                        [this] { return m_now; });
    }
    void cleanup()
    {
        m_verifier.reset();
        m_storage.reset();
        m_fake.reset();
        m_dir.reset();
    }

    void codeIsStoredOnlyAsAHash()
    {
        auto expiresIn = requestCode(Alice, Register, Conn);
        QVERIFY(expiresIn);
        QCOMPARE(*expiresIn, CodeLifetimeSeconds);
        QCOMPARE(m_fake->lastIdentity, Alice);
        QCOMPARE(m_fake->lastPurpose, Register);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9]{8}$")).match(m_fake->lastCode).hasMatch());

        auto stored = storedCode(Alice, Register);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->attemptsLeft, MaxCodeAttempts);
        QCOMPARE((*stored)->expiresAt, Start + CodeLifetimeSeconds);
        QCOMPARE((*stored)->codeHash.size(), 32);
        QVERIFY(!(*stored)->codeHash.contains(m_fake->lastCode.toLatin1()));
    }

    void codesLookRandom()
    {
        QSet<QString> codes;
        for (int i = 0; i < 40; ++i) {
            const QString identity = QStringLiteral("user%1@example.org").arg(i);
            QVERIFY(requestCode(identity, Register, QStringLiteral("c%1").arg(i)));
            QCOMPARE(m_fake->lastCode.size(), CodeDigits);
            codes.insert(m_fake->lastCode);
        }
        QVERIFY(codes.size() >= 39);
    }

    void rightCodeGivesASingleUseToken()
    {
        const QString code = requestAlice();
        auto token = confirm(Alice, Register, code);
        QVERIFY_OK(token);
        auto stored = storedCode(Alice, Register);
        QVERIFY(stored && !stored->has_value());

        auto redeemed = redeem(*token, Register);
        QVERIFY_OK(redeemed);
        QCOMPARE(redeemed->identity(), Alice);
        QCOMPARE(redeemed->purpose(), Register);
        QCOMPARE(redeemed->expiresAt(), Start + ValidationTokenLifetimeSeconds);

        auto again = redeem(*token, Register);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidToken);

        auto reconfirm = confirm(Alice, Register, code);
        QVERIFY(!reconfirm);
        QCOMPARE(reconfirm.error().code, ErrorCode::CodeExpired);
    }

    void wrongCodesUseUpAttempts()
    {
        const QString code = requestAlice();
        for (int left = MaxCodeAttempts - 1; left >= 1; --left) {
            auto result = confirm(Alice, Register, wrongCode(code));
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::InvalidCode);
            QVERIFY2(result.error().detail.contains(QString::number(left)),
                     qPrintable(result.error().detail));
        }
        auto last = confirm(Alice, Register, wrongCode(code));
        QVERIFY(!last);
        QCOMPARE(last.error().code, ErrorCode::CodeExpired);
        auto right = confirm(Alice, Register, code);
        QVERIFY(!right);
        QCOMPARE(right.error().code, ErrorCode::CodeExpired);
        auto stored = storedCode(Alice, Register);
        QVERIFY(stored && !stored->has_value());
    }

    void malformedCodesAreWrongCodes()
    {
        const QString code = requestAlice();
        for (const QString &bad : {QString(), QStringLiteral("abc"), QString(code + u'0'), code.left(7)}) {
            auto result = confirm(Alice, Register, bad);
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::InvalidCode);
        }
        QVERIFY(confirm(Alice, Register, code));
    }

    void codesExpire()
    {
        const QString code = requestAlice();
        m_now += CodeLifetimeSeconds - 1;
        QCOMPARE(confirm(Alice, Register, wrongCode(code)).error().code,
                 ErrorCode::InvalidCode);
        m_now += 1;
        auto late = confirm(Alice, Register, code);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::CodeExpired);
        auto stored = storedCode(Alice, Register);
        QVERIFY(stored && !stored->has_value());
    }

    void configuredLifetime()
    {
        verifier().setCodeLifetimeSeconds(5);
        QCOMPARE(verifier().codeLifetimeSeconds(), 5);
        auto expiresIn = requestCode(Alice, Register, Conn);
        QVERIFY_OK(expiresIn);
        QCOMPARE(*expiresIn, 5);
        const QString code = m_fake->lastCode;
        m_now += 5;
        auto late = confirm(Alice, Register, code);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::CodeExpired);
    }

    void noCodeAndOtherPurpose()
    {
        auto none = confirm(Alice, Register, QStringLiteral("12345678"));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::CodeExpired);

        const QString code = requestAlice(Register);
        auto other = confirm(Alice, Recover, code);
        QVERIFY(!other);
        QCOMPARE(other.error().code, ErrorCode::CodeExpired);
        QVERIFY(confirm(Alice, Register, code));
    }

    void newRequestReplacesTheCode()
    {
        const QString first = requestAlice();
        m_now += MinCodeRequestGapSeconds;
        const QString second = requestAlice();
        if (first != second) {
            auto old = confirm(Alice, Register, first);
            QVERIFY(!old);
            QCOMPARE(old.error().code, ErrorCode::InvalidCode);
        }
        QVERIFY(confirm(Alice, Register, second));
    }

    void identityRateLimits()
    {
        QVERIFY(requestCode(Alice, Register, Conn));
        m_now += 10;
        auto tooSoon = requestCode(Alice, Recover, QStringLiteral("elsewhere"));
        QVERIFY(!tooSoon);
        QCOMPARE(tooSoon.error().code, ErrorCode::RateLimited);
        QVERIFY2(tooSoon.error().detail.contains(QStringLiteral("20 seconds")),
                 qPrintable(tooSoon.error().detail));
        m_now += 19;
        auto lastSecond = requestCode(Alice, Recover, QStringLiteral("elsewhere"));
        QVERIFY(!lastSecond);
        QVERIFY2(lastSecond.error().detail.endsWith(QStringLiteral("try again in 1 second")),
                 qPrintable(lastSecond.error().detail));
        m_now += 1;
        QVERIFY(requestCode(Alice, Register, Conn));
        m_now += 30;
        QVERIFY(requestCode(Alice, Register, Conn)); // third within the window
        m_now += 30;
        auto tooMany = requestCode(Alice, Register, Conn);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, ErrorCode::RateLimited);
        // The first request (at Start) leaves the window at Start + 600.
        const qint64 wait = Start + CodeRateWindowSeconds - m_now;
        QVERIFY2(tooMany.error().detail.contains(QStringLiteral("%1 seconds").arg(wait)),
                 qPrintable(tooMany.error().detail));
        QCOMPARE(m_fake->count, 3);
        m_now = Start + CodeRateWindowSeconds;
        QVERIFY(requestCode(Alice, Register, Conn));
    }

    void connectionRateLimits()
    {
        for (int i = 0; i < MaxCodeRequestsPerConnection; ++i)
            QVERIFY(
                requestCode(QStringLiteral("u%1@example.org").arg(i), Register, Conn));
        auto refused = requestCode(Alice, Register, Conn);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::RateLimited);
        QVERIFY(requestCode(Alice, Register, QStringLiteral("198.51.100.7")));
        m_now += CodeRateWindowSeconds;
        QVERIFY(requestCode(QStringLiteral("late@example.org"), Register, Conn));
    }

    void tokenPurposeAndExpiry()
    {
        auto token = confirm(Alice, Register, requestAlice());
        QVERIFY(token);
        auto wrongPurpose = redeem(*token, Recover);
        QVERIFY(!wrongPurpose);
        QCOMPARE(wrongPurpose.error().code, ErrorCode::InvalidToken);
        // Refusing it for the wrong purpose did not use it up.
        m_now += ValidationTokenLifetimeSeconds - 1;
        QVERIFY(redeem(*token, QString()));

        auto later = verifier().issueToken(Alice, Recover);
        QVERIFY(later);
        m_now += ValidationTokenLifetimeSeconds;
        auto expired = redeem(*later, Recover);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, ErrorCode::InvalidToken);
    }

    void foreignAndDamagedTokens()
    {
        auto random = crypto::DeterministicRandom(std::array<std::uint8_t, 1>{7});
        const auto otherKey = crypto::Ed25519KeyPair::generate(random);
        const QByteArray foreign =
            ValidationToken::mint(otherKey, Alice, Register, m_now, 60, random).encode();
        for (const QByteArray &bad : {foreign, QByteArray(), QByteArray("junk")}) {
            auto result = redeem(bad, Register);
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::InvalidToken);
        }
    }

    void issuedTokens()
    {
        auto token = verifier().issueToken(Alice, Recover);
        QVERIFY(token);
        QCOMPARE(m_fake->count, 0);
        auto redeemed = redeem(*token, Recover);
        QVERIFY(redeemed);
        QCOMPARE(redeemed->identity(), Alice);
    }

    void inputMustBeCanonical()
    {
        const QString notCanonical = QStringLiteral("Alice@Example.org");
        for (const auto &[identity, purpose] :
             {std::pair{notCanonical, Register}, std::pair{QStringLiteral("nobody"), Register},
              std::pair{Alice, QString()}, std::pair{Alice, QStringLiteral("Register")},
              std::pair{Alice, QStringLiteral("a b")}, std::pair{Alice, QString(33, u'a')}}) {
            auto request = requestCode(identity, purpose, Conn);
            QVERIFY(!request);
            QCOMPARE(request.error().code, ErrorCode::InvalidArgument);
            auto confirmed = confirm(identity, purpose, QStringLiteral("12345678"));
            QVERIFY(!confirmed);
            QCOMPARE(confirmed.error().code, ErrorCode::InvalidArgument);
            auto issued = verifier().issueToken(identity, purpose);
            QVERIFY(!issued);
            QCOMPARE(issued.error().code, ErrorCode::InvalidArgument);
        }
        QCOMPARE(m_fake->count, 0);
    }

    void logsNeverContainCodes()
    {
        static QStringList messages;
        messages.clear();
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { messages << text; });
        QStringList codes;
        const QString code = requestAlice();
        codes << code;
        (void)confirm(Alice, Register, wrongCode(code));
        auto token = confirm(Alice, Register, code);
        m_now += MinCodeRequestGapSeconds;
        codes << requestAlice(Recover);
        m_fake->failing = true;
        m_now += MinCodeRequestGapSeconds;
        (void)requestCode(Alice, Register, Conn);
        qInstallMessageHandler(previous);

        QVERIFY(token);
        QVERIFY(messages.size() >= 3); // wrong code, confirmed, failed delivery
        for (const QString &message : std::as_const(messages)) {
            for (const QString &c : std::as_const(codes))
                QVERIFY2(!message.contains(c), qPrintable(message));
            QVERIFY(!message.contains(QString::fromLatin1(token->toHex())));
            QVERIFY(!message.contains(QString::fromLatin1(token->toBase64())));
        }
    }

    void answersOnceTheDeliveryHasFinished()
    {
        m_fake->holding = true;
        std::optional<Result<qint64>> outcome;
        verifier().requestCode(Alice, Register, Conn,
                               [&outcome](Result<qint64> result) { outcome = std::move(result); });
        QTRY_VERIFY(m_fake->held); // the code is stored and on its way
        QVERIFY(!outcome);         // the relay has not answered yet
        m_fake->finishHeld({});
        QVERIFY(outcome);
        QVERIFY_OK(*outcome);
        QCOMPARE(**outcome, verifier().codeLifetimeSeconds());
        QVERIFY_OK(confirm(Alice, Register, m_fake->lastCode));
    }

    void lateDeliveryFailureLeavesNoCode()
    {
        m_fake->holding = true;
        std::optional<Result<qint64>> outcome;
        verifier().requestCode(Alice, Register, Conn,
                               [&outcome](Result<qint64> result) { outcome = std::move(result); });
        QTRY_VERIFY(m_fake->held);
        QVERIFY(!outcome);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("could not deliver a register")));
        m_fake->finishHeld(fail(ErrorCode::IoError, QStringLiteral("relay down")));
        QVERIFY(outcome && !*outcome);
        QCOMPARE(outcome->error().code, ErrorCode::IoError);
        auto stored = storedCode(Alice, Register);
        QVERIFY(stored && !stored->has_value());
    }

    void failedDeliveryLeavesNoCode()
    {
        m_fake->failing = true;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("could not deliver a register")));
        auto result = requestCode(Alice, Register, Conn);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::IoError);
        auto stored = storedCode(Alice, Register);
        QVERIFY(stored && !stored->has_value());
        QCOMPARE(confirm(Alice, Register, QStringLiteral("12345678")).error().code,
                 ErrorCode::CodeExpired);
    }
};

QTEST_GUILESS_MAIN(TestIdentityVerifier)
#include "tst_identityverifier.moc"
