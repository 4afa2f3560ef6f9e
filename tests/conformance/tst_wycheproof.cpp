// SPDX-License-Identifier: GPL-3.0-or-later
// Project Wycheproof (C2SP/wycheproof, testvectors_v1) against the crypto wrappers: X25519,
// Ed25519, AES-GCM, ChaCha20-Poly1305 and HKDF-SHA256. The JSON files are read from
// $CARDINAL_WYCHEPROOF_DIR, else from ../shared/testdata/wycheproof; a missing file skips
// its test function. The files are treated as hostile input: a malformed one fails the test
// with a message instead of crashing it.
//
// What we do with Wycheproof's "acceptable" X25519 cases (documented behaviour):
//  - an all-zero expected shared secret (low-order public key) is rejected with WeakKey, as
//    RFC 7748 §6.1 allows and RFC 9180 §7.1.4 requires; the test insists on it;
//  - all other acceptable cases (public keys on the twist, non-canonical u >= p) are
//    computed like any other u-coordinate (top bit masked, u taken mod p) and must give the
//    expected secret; a rejection would also be tolerated, and the summary counts both.

#include "../common/testdata.h"

#include "common/error.h"
#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "crypto/keys.h"
#include "crypto/secure.h"

#include <QDebug>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QStringList>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace cardinal;
using namespace cardinal::crypto;

namespace {

enum class Expected { Valid, Invalid, Acceptable };

//! The fields every Wycheproof test case has.
struct Case
{
    qint64 tcId = 0;
    QString comment;
    QStringList flags;
    Expected result = Expected::Valid;

    [[nodiscard]] QString label() const
    {
        QString text = u"tcId %1"_s.arg(tcId);
        if (!comment.isEmpty())
            text += u" (\""_s + comment + u"\")"_s;
        if (!flags.isEmpty())
            text += u" ["_s + flags.join(u", "_s) + u']';
        return text;
    }
};

//! What became of one test case.
struct Outcome
{
    enum Kind { Passed, SkippedByDesign, Mismatch, Malformed };
    Kind kind = Passed;
    //! Mismatch/Malformed: what went wrong. Passed/SkippedByDesign: a category for the summary.
    QString detail;

    static Outcome passed(QString category = {}) { return {Passed, std::move(category)}; }
    static Outcome skipped(QString category) { return {SkippedByDesign, std::move(category)}; }
    static Outcome mismatch(QString what) { return {Mismatch, std::move(what)}; }
    static Outcome malformed(QString what) { return {Malformed, std::move(what)}; }
};

using Checker =
    std::function<Outcome(const QJsonObject &group, const QJsonObject &test, const Case &testCase)>;

//! The result of running one file.
struct SuiteRun
{
    enum Status { Missing, Failed, Done };
    Status status = Done;
    QString message;
};

QString wycheproofDir()
{
    return testdata::directoryFromEnv("CARDINAL_WYCHEPROOF_DIR", u"wycheproof");
}

std::optional<Case> readCase(const QJsonObject &test, QString *error)
{
    Case out;
    const auto tcId = testdata::integerField(test, u"tcId", error);
    if (!tcId)
        return std::nullopt;
    out.tcId = *tcId;
    const auto comment = testdata::stringField(test, u"comment", error);
    const auto result = testdata::stringField(test, u"result", error);
    if (!comment || !result) {
        *error = u"tcId %1: %2"_s.arg(out.tcId).arg(*error);
        return std::nullopt;
    }
    out.comment = *comment;
    if (*result == u"valid")
        out.result = Expected::Valid;
    else if (*result == u"invalid")
        out.result = Expected::Invalid;
    else if (*result == u"acceptable")
        out.result = Expected::Acceptable;
    else {
        *error = u"tcId %1: unknown result \"%2\""_s.arg(out.tcId).arg(*result);
        return std::nullopt;
    }
    // Flags are informative only; tolerate their absence but not a wrong shape.
    const QJsonValue flags = test.value(u"flags");
    if (!flags.isUndefined()) {
        if (!flags.isArray()) {
            *error = u"tcId %1: field \"flags\" is not an array"_s.arg(out.tcId);
            return std::nullopt;
        }
        for (const QJsonValue &flag : flags.toArray()) {
            if (!flag.isString()) {
                *error = u"tcId %1: a flag is not a string"_s.arg(out.tcId);
                return std::nullopt;
            }
            out.flags.append(flag.toString());
        }
    }
    return out;
}

//! Runs `checker` over every case of `fileName` and prints the summary.
SuiteRun runSuite(const QString &fileName, const QString &algorithm, const QString &groupType,
                  const Checker &checker)
{
    const QString path = wycheproofDir() + u'/' + fileName;
    if (!QFileInfo::exists(path)) {
        return {SuiteRun::Missing,
                u"%1 not found in %2; set CARDINAL_WYCHEPROOF_DIR to a directory holding "
                "C2SP/wycheproof testvectors_v1 files to run it"_s.arg(fileName, wycheproofDir())};
    }
    const auto failed = [&fileName](const QString &what) {
        return SuiteRun{SuiteRun::Failed, fileName + u": "_s + what};
    };

    QString error;
    const auto root = testdata::readJsonObject(path, &error);
    if (!root)
        return failed(error);
    const auto fileAlgorithm = testdata::stringField(*root, u"algorithm", &error);
    if (!fileAlgorithm)
        return failed(error);
    if (*fileAlgorithm != algorithm)
        return failed(u"algorithm is \"%1\", expected \"%2\""_s.arg(*fileAlgorithm, algorithm));
    const auto declared = testdata::integerField(*root, u"numberOfTests", &error);
    const auto groups = testdata::arrayField(*root, u"testGroups", &error);
    if (!declared || !groups)
        return failed(error);

    qint64 total = 0;
    qint64 passed = 0;
    qint64 skipped = 0;
    QStringList mismatches;
    QMap<QString, qint64> categories;

    for (qsizetype g = 0; g < groups->size(); ++g) {
        const QJsonValue groupValue = groups->at(g);
        if (!groupValue.isObject())
            return failed(u"test group %1 is not an object"_s.arg(g));
        const QJsonObject group = groupValue.toObject();
        const auto type = testdata::stringField(group, u"type", &error);
        const auto tests = testdata::arrayField(group, u"tests", &error);
        if (!type || !tests)
            return failed(u"test group %1: %2"_s.arg(g).arg(error));
        if (*type != groupType)
            return failed(
                u"test group %1 has type \"%2\", expected \"%3\""_s.arg(g).arg(*type, groupType));
        for (qsizetype t = 0; t < tests->size(); ++t) {
            const QJsonValue testValue = tests->at(t);
            if (!testValue.isObject())
                return failed(u"test %1 of group %2 is not an object"_s.arg(t).arg(g));
            const QJsonObject test = testValue.toObject();
            const auto testCase = readCase(test, &error);
            if (!testCase)
                return failed(u"test %1 of group %2: %3"_s.arg(t).arg(g).arg(error));
            ++total;
            const Outcome outcome = checker(group, test, *testCase);
            switch (outcome.kind) {
            case Outcome::Passed:
                ++passed;
                if (!outcome.detail.isEmpty())
                    ++categories[outcome.detail];
                break;
            case Outcome::SkippedByDesign:
                ++skipped;
                ++categories[u"skipped by design: "_s + outcome.detail];
                break;
            case Outcome::Mismatch:
                mismatches.append(testCase->label() + u": "_s + outcome.detail);
                break;
            case Outcome::Malformed:
                return failed(testCase->label() + u": "_s + outcome.detail);
            }
        }
    }

    qInfo().noquote() << u"%1: %2 passed, %3 skipped-by-design, %4 total, %5 disagreeing"_s
                             .arg(fileName)
                             .arg(passed)
                             .arg(skipped)
                             .arg(total)
                             .arg(mismatches.size());
    for (auto it = categories.cbegin(); it != categories.cend(); ++it)
        qInfo().noquote() << u"    %1: %2"_s.arg(it.key()).arg(it.value());

    if (total != *declared)
        return failed(u"the file declares %1 tests but holds %2"_s.arg(*declared).arg(total));
    if (!mismatches.isEmpty()) {
        constexpr qsizetype shown = 25;
        QString message = u"%1 of %2 cases disagree:\n  "_s.arg(mismatches.size()).arg(total) +
                          mismatches.first(qMin(shown, mismatches.size())).join(u"\n  "_s);
        if (mismatches.size() > shown)
            message += u"\n  ... and %1 more"_s.arg(mismatches.size() - shown);
        return failed(message);
    }
    return {};
}

// Reads hex fields of a test or group, or answers why it cannot. Used as
//     HexFields f(test); auto x = f.get(u"x"); ... if (!f.ok()) return f.malformed();
class HexFields
{
public:
    explicit HexFields(const QJsonObject &object) : m_object(object) {}

    QByteArray get(QStringView key)
    {
        if (!m_error.isEmpty())
            return {};
        auto bytes = testdata::hexField(m_object, key, &m_error);
        return bytes.value_or(QByteArray());
    }
    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] Outcome malformed() const { return Outcome::malformed(m_error); }

private:
    const QJsonObject &m_object;
    QString m_error;
};

template<typename T> QString describe(const Result<T> &result)
{
    if (result)
        return u"success"_s;
    return u"failure (%1)"_s.arg(errorCodeName(result.error().code));
}

bool isAllZero(const QByteArray &bytes)
{
    for (char byte : bytes) {
        if (byte != 0)
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// X25519 (XdhComp): X25519KeyPair::fromPrivate(private).agree(public)

Outcome checkX25519(const QJsonObject &group, const QJsonObject &test, const Case &testCase)
{
    QString error;
    const auto curve = testdata::stringField(group, u"curve", &error);
    if (!curve)
        return Outcome::malformed(error);
    if (*curve != u"curve25519")
        return Outcome::skipped(u"curve %1"_s.arg(*curve));

    HexFields fields(test);
    const QByteArray publicKey = fields.get(u"public");
    const QByteArray privateKey = fields.get(u"private");
    const QByteArray expected = fields.get(u"shared");
    if (!fields.ok())
        return fields.malformed();

    const auto peer = X25519PublicKey::fromBytes(publicKey);
    const auto secret = SecretBytes<X25519KeySize>::fromBytes(asBytes(privateKey));
    std::optional<QByteArray> computed;
    QString rejection;
    if (!peer || !secret) {
        rejection = u"wrong key length"_s;
    } else {
        const auto shared = X25519KeyPair::fromPrivate(*secret).agree(*peer);
        if (shared)
            computed = asView(shared->span()).toByteArray();
        else
            rejection = errorCodeName(shared.error().code);
    }
    const QString got = computed ? u"shared secret %1"_s.arg(testdata::toHex(*computed))
                                 : u"rejection (%1)"_s.arg(rejection);

    switch (testCase.result) {
    case Expected::Valid:
        if (computed == expected)
            return Outcome::passed();
        return Outcome::mismatch(
            u"valid: expected %1, got %2"_s.arg(testdata::toHex(expected), got));
    case Expected::Invalid:
        if (!computed)
            return Outcome::passed(u"invalid, rejected"_s);
        return Outcome::mismatch(u"invalid: expected rejection, got %1"_s.arg(got));
    case Expected::Acceptable:
        if (isAllZero(expected)) {
            if (!computed && rejection == errorCodeName(ErrorCode::WeakKey))
                return Outcome::passed(u"acceptable, zero shared secret: rejected with WeakKey"_s);
            return Outcome::mismatch(
                u"acceptable with an all-zero shared secret: expected WeakKey, got %1"_s.arg(got));
        }
        if (!computed)
            return Outcome::passed(u"acceptable, nonzero shared secret: rejected"_s);
        if (computed == expected)
            return Outcome::passed(u"acceptable, nonzero shared secret: computed and matched"_s);
        return Outcome::mismatch(u"acceptable: expected %1 or a rejection, got %2"_s.arg(
            testdata::toHex(expected), got));
    }
    return Outcome::malformed(u"unreachable"_s);
}

// ---------------------------------------------------------------------------------------------
// Ed25519 (EddsaVerify): verifyEd25519

Outcome checkEd25519(const QJsonObject &group, const QJsonObject &test, const Case &testCase)
{
    QString error;
    const auto keyObject = testdata::objectField(group, u"publicKey", &error);
    if (!keyObject)
        return Outcome::malformed(u"group: "_s + error);
    const auto curve = testdata::stringField(*keyObject, u"curve", &error);
    if (!curve)
        return Outcome::malformed(u"group publicKey: "_s + error);
    if (*curve != u"edwards25519")
        return Outcome::skipped(u"curve %1"_s.arg(*curve));
    HexFields keyFields(*keyObject);
    const QByteArray keyBytes = keyFields.get(u"pk");
    if (!keyFields.ok())
        return keyFields.malformed();

    HexFields fields(test);
    const QByteArray message = fields.get(u"msg");
    const QByteArray signatureBytes = fields.get(u"sig");
    if (!fields.ok())
        return fields.malformed();

    // Keys and signatures of the wrong length never become typed values: that is a rejection.
    const auto key = Ed25519PublicKey::fromBytes(keyBytes);
    const auto signature = Ed25519Signature::fromBytes(signatureBytes);
    const bool lengthsOk = key && signature;
    const bool accepted = lengthsOk && verifyEd25519(*key, message, *signature);

    switch (testCase.result) {
    case Expected::Valid:
        if (accepted)
            return Outcome::passed();
        return Outcome::mismatch(lengthsOk ? u"valid signature rejected"_s
                                           : u"valid signature rejected for its length"_s);
    case Expected::Invalid:
        if (accepted)
            return Outcome::mismatch(u"invalid signature accepted"_s);
        return Outcome::passed(lengthsOk
                                   ? u"invalid, rejected by verifyEd25519"_s
                                   : u"invalid, rejected by FixedBytes::fromBytes (length)"_s);
    case Expected::Acceptable:
        return Outcome::passed(accepted ? u"acceptable, accepted"_s : u"acceptable, rejected"_s);
    }
    return Outcome::malformed(u"unreachable"_s);
}

// ---------------------------------------------------------------------------------------------
// AEAD (AeadTest): aeadSeal / aeadOpen

//! The AEAD to use for a key of `keySize` bytes, or nothing when we implement none.
using AeadForKey = std::optional<AeadId> (*)(qsizetype keySize);

std::optional<AeadId> aesGcmForKey(qsizetype keySize)
{
    if (keySize == 16)
        return AeadId::Aes128Gcm;
    if (keySize == 32)
        return AeadId::Aes256Gcm;
    return std::nullopt;
}

std::optional<AeadId> chachaForKey(qsizetype keySize)
{
    if (keySize == 32)
        return AeadId::ChaCha20Poly1305;
    return std::nullopt;
}

Outcome checkAead(const QJsonObject &group, const QJsonObject &test, const Case &testCase,
                  AeadForKey aeadForKey, AeadId fallback)
{
    QString error;
    const auto tagBits = testdata::integerField(group, u"tagSize", &error);
    if (!tagBits)
        return Outcome::malformed(u"group: "_s + error);

    HexFields fields(test);
    const QByteArray key = fields.get(u"key");
    const QByteArray iv = fields.get(u"iv");
    const QByteArray aad = fields.get(u"aad");
    const QByteArray message = fields.get(u"msg");
    const QByteArray ciphertext = fields.get(u"ct");
    const QByteArray tag = fields.get(u"tag");
    if (!fields.ok())
        return fields.malformed();

    if (*tagBits != qint64(AeadTagSize) * 8)
        return Outcome::skipped(u"%1-bit tag"_s.arg(*tagBits));

    const QByteArray sealedExpected = ciphertext + tag;
    const auto aead = aeadForKey(key.size());
    if (!aead || iv.size() != qsizetype(AeadNonceSize)) {
        // Sizes we do not implement: the wrappers must refuse them, not misuse them.
        const AeadId tried = aead.value_or(fallback);
        const auto sealed = aeadSeal(tried, asBytes(key), asBytes(iv), aad, message);
        const auto opened = aeadOpen(tried, asBytes(key), asBytes(iv), aad, sealedExpected);
        const QString invalid = errorCodeName(ErrorCode::InvalidArgument);
        if (sealed || opened || errorCodeName(sealed.error().code) != invalid ||
            errorCodeName(opened.error().code) != invalid) {
            return Outcome::mismatch(
                u"unsupported sizes (%1-bit key, %2-bit IV) not refused with "
                "InvalidArgument: seal gave %3, open gave %4"_s.arg(key.size() * 8)
                    .arg(iv.size() * 8)
                    .arg(describe(sealed), describe(opened)));
        }
        return Outcome::skipped(
            !aead ? u"%1-bit key, refused with InvalidArgument"_s.arg(key.size() * 8)
                  : u"IV other than 96 bits, refused with InvalidArgument"_s);
    }

    const auto opened = aeadOpen(*aead, asBytes(key), asBytes(iv), aad, sealedExpected);
    switch (testCase.result) {
    case Expected::Valid: {
        const auto sealed = aeadSeal(*aead, asBytes(key), asBytes(iv), aad, message);
        if (!sealed)
            return Outcome::mismatch(u"seal gave %1"_s.arg(describe(sealed)));
        if (*sealed != sealedExpected) {
            return Outcome::mismatch(u"seal gave %1, expected %2"_s.arg(
                testdata::toHex(*sealed), testdata::toHex(sealedExpected)));
        }
        if (!opened)
            return Outcome::mismatch(u"open gave %1"_s.arg(describe(opened)));
        if (opened->toByteArray() != message) {
            return Outcome::mismatch(u"open gave %1, expected %2"_s.arg(
                testdata::toHex(opened->toByteArray()), testdata::toHex(message)));
        }
        return Outcome::passed();
    }
    case Expected::Invalid:
        if (opened)
            return Outcome::mismatch(u"invalid ciphertext opened"_s);
        if (opened.error().code != ErrorCode::DecryptionFailed)
            return Outcome::mismatch(u"invalid ciphertext refused with %1, expected "
                                     "DecryptionFailed"_s.arg(describe(opened)));
        return Outcome::passed(u"invalid, refused with DecryptionFailed"_s);
    case Expected::Acceptable:
        if (opened && opened->toByteArray() != message)
            return Outcome::mismatch(u"acceptable ciphertext opened to the wrong plaintext"_s);
        return Outcome::passed(opened ? u"acceptable, opened"_s : u"acceptable, refused"_s);
    }
    return Outcome::malformed(u"unreachable"_s);
}

// ---------------------------------------------------------------------------------------------
// HKDF-SHA256 (HkdfTest): hkdfSha256Extract + hkdfSha256Expand

Outcome checkHkdf(const QJsonObject &, const QJsonObject &test, const Case &testCase)
{
    HexFields fields(test);
    const QByteArray ikm = fields.get(u"ikm");
    const QByteArray salt = fields.get(u"salt");
    const QByteArray info = fields.get(u"info");
    const QByteArray expected = fields.get(u"okm");
    if (!fields.ok())
        return fields.malformed();
    QString error;
    const auto size = testdata::integerField(test, u"size", &error);
    if (!size)
        return Outcome::malformed(error);
    if (*size < 0)
        return Outcome::malformed(u"negative size %1"_s.arg(*size));

    const auto prk = hkdfSha256Extract(asBytes(salt), asBytes(ikm));
    const auto okm = hkdfSha256Expand(prk.span(), asBytes(info), std::size_t(*size));

    switch (testCase.result) {
    case Expected::Valid:
        if (!okm)
            return Outcome::mismatch(u"expand gave %1"_s.arg(describe(okm)));
        if (okm->toByteArray() != expected) {
            return Outcome::mismatch(u"okm %1, expected %2"_s.arg(
                testdata::toHex(okm->toByteArray()), testdata::toHex(expected)));
        }
        return Outcome::passed();
    case Expected::Invalid:
        if (okm)
            return Outcome::mismatch(u"expand of %1 bytes succeeded"_s.arg(*size));
        if (okm.error().code != ErrorCode::InvalidArgument)
            return Outcome::mismatch(
                u"expand gave %1, expected InvalidArgument"_s.arg(describe(okm)));
        return Outcome::passed(u"invalid, refused with InvalidArgument"_s);
    case Expected::Acceptable:
        if (okm && okm->toByteArray() != expected)
            return Outcome::mismatch(u"acceptable case gave the wrong okm"_s);
        return Outcome::passed(okm ? u"acceptable, derived"_s : u"acceptable, refused"_s);
    }
    return Outcome::malformed(u"unreachable"_s);
}

} // namespace

// QSKIP and QFAIL return from the test function, so they cannot live in runSuite().
#define CARDINAL_WYCHEPROOF_RUN(file, algorithm, groupType, checker)                               \
    do {                                                                                           \
        const SuiteRun run = runSuite(file, algorithm, groupType, checker);                        \
        if (run.status == SuiteRun::Missing)                                                       \
            QSKIP(qPrintable(run.message));                                                        \
        if (run.status == SuiteRun::Failed)                                                        \
            QFAIL(qPrintable(run.message));                                                        \
    } while (false)

class TestWycheproof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void x25519();
    void ed25519();
    void aesGcm();
    void chacha20Poly1305();
    void hkdfSha256();
};

void TestWycheproof::initTestCase()
{
    qInfo().noquote() << u"Wycheproof directory: %1"_s.arg(wycheproofDir());
}

void TestWycheproof::x25519()
{
    CARDINAL_WYCHEPROOF_RUN(u"x25519_test.json"_s, u"XDH"_s, u"XdhComp"_s, checkX25519);
}

void TestWycheproof::ed25519()
{
    CARDINAL_WYCHEPROOF_RUN(u"ed25519_test.json"_s, u"EDDSA"_s, u"EddsaVerify"_s, checkEd25519);
}

void TestWycheproof::aesGcm()
{
    const Checker checker = [](const QJsonObject &group, const QJsonObject &test,
                               const Case &testCase) {
        return checkAead(group, test, testCase, aesGcmForKey, AeadId::Aes128Gcm);
    };
    CARDINAL_WYCHEPROOF_RUN(u"aes_gcm_test.json"_s, u"AES-GCM"_s, u"AeadTest"_s, checker);
}

void TestWycheproof::chacha20Poly1305()
{
    const Checker checker = [](const QJsonObject &group, const QJsonObject &test,
                               const Case &testCase) {
        return checkAead(group, test, testCase, chachaForKey, AeadId::ChaCha20Poly1305);
    };
    CARDINAL_WYCHEPROOF_RUN(u"chacha20_poly1305_test.json"_s, u"CHACHA20-POLY1305"_s, u"AeadTest"_s,
                            checker);
}

void TestWycheproof::hkdfSha256()
{
    CARDINAL_WYCHEPROOF_RUN(u"hkdf_sha256_test.json"_s, u"HKDF-SHA-256"_s, u"HkdfTest"_s,
                            checkHkdf);
}

QTEST_GUILESS_MAIN(TestWycheproof)
#include "tst_wycheproof.moc"
