// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the official RFC 9180 test vectors (JSON, as published by the CFRG) against our HPKE:
// every base-mode entry for DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and AEAD 1, 2 or 3.
// The file comes from outside, so it is treated as hostile: a missing field, a wrong type or
// bad hex fails the test with a message and never crashes it.
#include "crypto/hpke.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <optional>

using namespace cardinal;
using namespace cardinal::crypto;

namespace {

QString vectorsPath()
{
    const QString fromEnv = qEnvironmentVariable("CARDINAL_HPKE_VECTORS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStringLiteral(CARDINAL_SHARED_TESTDATA "/hpke-x25519-sha256.json");
}

// A hex string of even length and nothing but hex digits (QByteArray::fromHex would skip
// anything else silently).
std::optional<QByteArray> parseHex(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() % 2 != 0)
        return std::nullopt;
    for (QChar c : text) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}

// A JSON number that is a whole number in [0, max].
std::optional<qint64> parseCount(const QJsonValue &value, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= 0) || number > double(max) || std::floor(number) != number)
        return std::nullopt;
    return static_cast<qint64>(number);
}

// Checks one entry; on the first problem records it in `error` and stops.
class EntryCheck
{
public:
    explicit EntryCheck(const QJsonObject &entry) : m_entry(entry) {}

    bool run(AeadId aead);

    QString error;
    int encryptions = 0;
    int exports = 0;

private:
    bool field(const QJsonObject &object, const char *name, QByteArray &out, qsizetype size = -1)
    {
        const auto bytes = parseHex(object.value(QLatin1String(name)));
        if (!bytes)
            return failed(
                QStringLiteral("field %1 is missing or not hex").arg(QLatin1String(name)));
        if (size >= 0 && bytes->size() != size)
            return failed(QStringLiteral("field %1 has %2 bytes, expected %3")
                              .arg(QLatin1String(name))
                              .arg(bytes->size())
                              .arg(size));
        out = *bytes;
        return true;
    }
    bool same(const QString &what, const QByteArray &actual, const QByteArray &expected)
    {
        if (actual == expected)
            return true;
        return failed(QStringLiteral("%1: got %2, expected %3")
                          .arg(what, QString::fromLatin1(actual.toHex()),
                               QString::fromLatin1(expected.toHex())));
    }
    bool failed(const QString &message)
    {
        error = message;
        return false;
    }
    bool checkSchedule(const QString &role, const HpkeKeySchedule &schedule);

    const QJsonObject &m_entry;
    QByteArray m_sharedSecret, m_keyScheduleContext, m_secret, m_key, m_baseNonce, m_exporterSecret;
};

QByteArray bytesOf(std::span<const std::uint8_t> data)
{
    return asView(data).toByteArray();
}

X25519KeyPair keyPairFrom(const QByteArray &privateKey)
{
    return X25519KeyPair::fromPrivate(*SecretBytes<X25519KeySize>::fromBytes(asBytes(privateKey)));
}

bool EntryCheck::checkSchedule(const QString &role, const HpkeKeySchedule &schedule)
{
    return same(role + QStringLiteral(" shared_secret"), bytesOf(schedule.sharedSecret.span()),
                m_sharedSecret) &&
           same(role + QStringLiteral(" key_schedule_context"), schedule.keyScheduleContext,
                m_keyScheduleContext) &&
           same(role + QStringLiteral(" secret"), bytesOf(schedule.secret.span()), m_secret) &&
           same(role + QStringLiteral(" key"), schedule.key.toByteArray(), m_key) &&
           same(role + QStringLiteral(" base_nonce"), bytesOf(schedule.baseNonce.span()),
                m_baseNonce) &&
           same(role + QStringLiteral(" exporter_secret"), bytesOf(schedule.exporterSecret.span()),
                m_exporterSecret);
}

bool EntryCheck::run(AeadId aead)
{
    QByteArray info, ikmE, ikmR, skEm, skRm, pkEm, pkRm, enc;
    const qsizetype nk = qsizetype(aeadKeySize(aead));
    if (!field(m_entry, "info", info) || !field(m_entry, "ikmE", ikmE) ||
        !field(m_entry, "ikmR", ikmR) || !field(m_entry, "skEm", skEm, 32) ||
        !field(m_entry, "skRm", skRm, 32) || !field(m_entry, "pkEm", pkEm, 32) ||
        !field(m_entry, "pkRm", pkRm, 32) || !field(m_entry, "enc", enc, HpkeEncSize) ||
        !field(m_entry, "shared_secret", m_sharedSecret, 32) ||
        !field(m_entry, "key_schedule_context", m_keyScheduleContext) ||
        !field(m_entry, "secret", m_secret) || !field(m_entry, "key", m_key, nk) ||
        !field(m_entry, "base_nonce", m_baseNonce, AeadNonceSize) ||
        !field(m_entry, "exporter_secret", m_exporterSecret))
        return false;
    const QJsonValue encryptionList = m_entry.value(QLatin1String("encryptions"));
    const QJsonValue exportList = m_entry.value(QLatin1String("exports"));
    if (!encryptionList.isArray() || !exportList.isArray())
        return failed(QStringLiteral("encryptions or exports is missing or not an array"));

    // DeriveKeyPair (§7.1.3) reproduces both key pairs from their ikm.
    const X25519KeyPair derivedE = hpkeDeriveKeyPair(asBytes(ikmE));
    const X25519KeyPair derivedR = hpkeDeriveKeyPair(asBytes(ikmR));
    if (!same(QStringLiteral("DeriveKeyPair(ikmE) sk"), bytesOf(derivedE.privateKey().span()),
              skEm) ||
        !same(QStringLiteral("DeriveKeyPair(ikmE) pk"), derivedE.publicKey().toByteArray(), pkEm) ||
        !same(QStringLiteral("DeriveKeyPair(ikmR) sk"), bytesOf(derivedR.privateKey().span()),
              skRm) ||
        !same(QStringLiteral("DeriveKeyPair(ikmR) pk"), derivedR.publicKey().toByteArray(), pkRm))
        return false;

    HpkeSuite suite;
    suite.aead = aead;
    HpkeKeySchedule sent, received;
    auto sender =
        setupBaseSender(suite, *X25519PublicKey::fromBytes(pkRm), info, keyPairFrom(skEm), &sent);
    if (!sender)
        return failed(QStringLiteral("SetupBaseS failed: ") + sender.error().message());
    if (!same(QStringLiteral("enc"), sender->enc().toByteArray(), enc))
        return false;
    auto recipient = setupBaseRecipient(suite, keyPairFrom(skRm), *X25519PublicKey::fromBytes(enc),
                                        info, &received);
    if (!recipient)
        return failed(QStringLiteral("SetupBaseR failed: ") + recipient.error().message());
    if (!checkSchedule(QStringLiteral("sender"), sent) ||
        !checkSchedule(QStringLiteral("recipient"), received))
        return false;

    // The list is one run of the context from sequence number 0, in order (§5.2).
    const QJsonArray encryptionArray = encryptionList.toArray();
    for (qsizetype seq = 0; seq < encryptionArray.size(); ++seq) {
        const QString where = QStringLiteral("encryption %1").arg(seq);
        const QJsonValue item = encryptionArray.at(seq);
        if (!item.isObject())
            return failed(where + QStringLiteral(" is not an object"));
        const QJsonObject encryption = item.toObject();
        QByteArray pt, aad, nonce, ct;
        if (!field(encryption, "pt", pt) || !field(encryption, "aad", aad) ||
            !field(encryption, "nonce", nonce, AeadNonceSize) || !field(encryption, "ct", ct)) {
            error = where + QStringLiteral(": ") + error;
            return false;
        }
        QByteArray expectedNonce = m_baseNonce;
        for (int i = 0; i < 8; ++i)
            expectedNonce[AeadNonceSize - 1 - i] ^= char(quint64(seq) >> (8 * i));
        if (!same(where + QStringLiteral(" nonce"), nonce, expectedNonce))
            return false;
        const auto sealed = sender->seal(aad, pt);
        if (!sealed)
            return failed(where + QStringLiteral(" seal failed: ") + sealed.error().message());
        if (!same(where + QStringLiteral(" ct"), *sealed, ct))
            return false;
        const auto opened = recipient->open(aad, ct);
        if (!opened)
            return failed(where + QStringLiteral(" open failed: ") + opened.error().message());
        if (!same(where + QStringLiteral(" pt"), opened->toByteArray(), pt))
            return false;
        ++encryptions;
    }

    const QJsonArray exportArray = exportList.toArray();
    for (qsizetype n = 0; n < exportArray.size(); ++n) {
        const QString where = QStringLiteral("export %1").arg(n);
        const QJsonObject item = exportArray.at(n).toObject();
        const auto length = parseCount(item.value(QLatin1String("L")), qint64(HpkeMaxExportSize));
        QByteArray exporterContext, value;
        if (!length)
            return failed(where + QStringLiteral(": L is missing or out of range"));
        if (!field(item, "exporter_context", exporterContext) ||
            !field(item, "exported_value", value, *length)) {
            error = where + QStringLiteral(": ") + error;
            return false;
        }
        for (const HpkeContext *context : {static_cast<const HpkeContext *>(&*sender),
                                           static_cast<const HpkeContext *>(&*recipient)}) {
            const auto exported = context->exportSecret(exporterContext, std::size_t(*length));
            if (!exported)
                return failed(where + QStringLiteral(" failed: ") + exported.error().message());
            if (!same(where, exported->toByteArray(), value))
                return false;
        }
        ++exports;
    }
    return true;
}

} // namespace

class TestHpkeVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc9180BaseModeX25519();
};

void TestHpkeVectors::rfc9180BaseModeX25519()
{
    const QString path = vectorsPath();
    QFile file(path);
    if (!file.exists())
        QSKIP(qPrintable(QStringLiteral("HPKE test vectors not found at %1; set "
                                        "CARDINAL_HPKE_VECTORS to the RFC 9180 test-vectors.json")
                             .arg(path)));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("cannot read ") + path));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError,
             qPrintable(path + QStringLiteral(": ") + parseError.errorString()));
    QVERIFY2(document.isArray(), "the vectors file is not a JSON array");

    const QJsonArray entries = document.array();
    int checked = 0, passed = 0, encryptions = 0, exports = 0;
    QStringList failures;
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const QJsonObject entry = entries.at(index).toObject();
        const auto mode = parseCount(entry.value(QLatin1String("mode")), 0xff);
        const auto kem = parseCount(entry.value(QLatin1String("kem_id")), 0xffff);
        const auto kdf = parseCount(entry.value(QLatin1String("kdf_id")), 0xffff);
        const auto aead = parseCount(entry.value(QLatin1String("aead_id")), 0xffff);
        if (!mode || !kem || !kdf || !aead) {
            failures << QStringLiteral("entry %1: mode or algorithm ids missing").arg(index);
            continue;
        }
        if (*mode != 0 || *kem != 0x0020 || *kdf != 0x0001 || *aead < 1 || *aead > 3)
            continue; // another mode or suite: not ours to check
        const auto suite = HpkeSuite::fromIds(quint16(*kem), quint16(*kdf), quint16(*aead));
        QVERIFY(suite);
        ++checked;
        EntryCheck check(entry);
        if (check.run(suite->aead)) {
            ++passed;
            encryptions += check.encryptions;
            exports += check.exports;
        } else {
            failures
                << QStringLiteral("entry %1 (aead %2): %3").arg(index).arg(*aead).arg(check.error);
        }
    }
    qInfo("HPKE vectors: %d of %d base-mode X25519 entries passed, %d encryptions, %d exports",
          passed, checked, encryptions, exports);
    for (const QString &failure : failures)
        qWarning("%s", qPrintable(failure));
    QVERIFY2(failures.isEmpty(), "some HPKE vector entries failed; see the warnings above");
    QVERIFY2(checked > 0, "the file holds no base-mode DHKEM(X25519) entries for AEAD 1, 2 or 3");
}

QTEST_APPLESS_MAIN(TestHpkeVectors)
#include "tst_hpke_vectors.moc"
