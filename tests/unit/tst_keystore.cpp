// SPDX-License-Identifier: GPL-3.0-or-later
// The keystore: round trip, the wrong-passphrase / corrupt-file split, hostile decoding,
// passphrase change and files. scrypt at 2^15 costs ~0.1 s, so KDF runs are counted: 17 in
// all. Most hostile inputs are rejected before the KDF and cost nothing.
#include "crypto/keystore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cardinal;
using namespace cardinal::crypto;

namespace {

SecureBuffer pass(const QString &text)
{
    return SecureBuffer::fromUtf8(text);
}

QCborArray fieldsOf(const QByteArray &sealed)
{
    return QCborValue::fromCbor(sealed).toArray();
}

//! Re-encodes six fields with a correct digest, so a test reaches the checks behind it.
QByteArray withDigest(QCborArray fields)
{
    while (fields.size() > 6)
        fields.removeLast();
    const QByteArray covered = fields.toCborValue().toCbor();
    fields.append(QCryptographicHash::hash(covered, QCryptographicHash::Sha256));
    return fields.toCborValue().toCbor();
}

QByteArray withField(const QByteArray &sealed, qsizetype index, const QCborValue &value)
{
    QCborArray fields = fieldsOf(sealed);
    fields[index] = value;
    return withDigest(fields);
}

QByteArray withKdfField(const QByteArray &sealed, qsizetype index, const QCborValue &value)
{
    QCborArray fields = fieldsOf(sealed);
    QCborArray kdf = fields.at(2).toArray();
    kdf[index] = value;
    fields[2] = kdf;
    return withDigest(fields);
}

//! Flips one bit inside the occurrence of `field` in `sealed`, leaving the digest stale.
QByteArray flipInside(const QByteArray &sealed, const QByteArray &field)
{
    QByteArray out = sealed;
    const qsizetype at = out.indexOf(field);
    Q_ASSERT(at >= 0);
    out[at + field.size() / 2] = char(out[at + field.size() / 2] ^ 0x01);
    return out;
}

QByteArray flipFieldBytes(const QByteArray &sealed, qsizetype index)
{
    QByteArray bytes = fieldsOf(sealed).at(index).toByteArray();
    bytes[0] = char(bytes[0] ^ 0x80);
    return withField(sealed, index, bytes);
}

} // namespace

class TestKeystore : public QObject
{
    Q_OBJECT

private:
    const SecureBuffer m_secret = SecureBuffer::fromByteArray("identity seed and device keys");
    const SecureBuffer m_pass = pass(QStringLiteral("correct horse battery stäple ✓"));
    QByteArray m_sealed;

private Q_SLOTS:
    void initTestCase()
    {
        Result<QByteArray> sealed = sealKeystore(m_secret, m_pass); // KDF 1
        QVERIFY(sealed);
        m_sealed = *sealed;
    }

    void roundTrip()
    {
        Result<SecureBuffer> opened = openKeystore(m_sealed, m_pass); // KDF 2
        QVERIFY(opened);
        QVERIFY(*opened == m_secret);
    }

    void layoutMatchesTheDocumentation()
    {
        const QCborArray fields = fieldsOf(m_sealed);
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.at(0).toString(), QStringLiteral("cardinal-keystore"));
        QCOMPARE(fields.at(1).toInteger(), 1);
        const QByteArray salt = fields.at(2).toArray().at(4).toByteArray();
        QCOMPARE(salt.size(), 16);
        QCOMPARE(fields.at(2), QCborArray({QStringLiteral("scrypt"), 15, 8, 1, salt}));
        QCOMPARE(fields.at(3).toByteArray().size(), 12);
        QCOMPARE(fields.at(4).toByteArray().size(), 32);
        QCOMPARE(fields.at(5).toByteArray().size(), qsizetype(m_secret.size()) + 16);
        QCOMPARE(withDigest(fields), m_sealed);

        Result<ScryptParams> params = inspectKeystore(m_sealed);
        QVERIFY(params);
        QVERIFY(*params == ScryptParams{});
    }

    void wrongPassphrase()
    {
        Result<SecureBuffer> opened = openKeystore(m_sealed, pass(QStringLiteral("Tr0ub4dor&3")));
        QVERIFY(!opened); // KDF 3
        QCOMPARE(opened.error().code, ErrorCode::WrongPassphrase);
    }

    void emptyPassphraseAndBadParameters()
    {
        Result<QByteArray> sealed = sealKeystore(m_secret, SecureBuffer());
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().code, ErrorCode::InvalidArgument);
        Result<SecureBuffer> opened = openKeystore(m_sealed, SecureBuffer());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::InvalidArgument);

        // None of these runs scrypt: an absurd N would otherwise allocate 2^67 bytes.
        for (const ScryptParams &bad : {ScryptParams{14, 8, 1}, ScryptParams{23, 1, 1},
                                        ScryptParams{60, 8, 1}, ScryptParams{15, 0, 1},
                                        ScryptParams{15, 33, 1}, ScryptParams{15, 8, 0},
                                        ScryptParams{15, 8, 17}, ScryptParams{22, 8, 1}}) {
            QVERIFY(!validateScryptParams(bad));
            Result<QByteArray> r = sealKeystore(m_secret, m_pass, bad);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        }
        QVERIFY(validateScryptParams(ScryptParams{20, 8, 1})); // exactly 1 GiB
        QVERIFY(validateScryptParams(ScryptParams{22, 2, 16}));

        Result<QByteArray> huge = sealKeystore(SecureBuffer(MaxKeystoreBytes), m_pass);
        QVERIFY(!huge);
        QCOMPARE(huge.error().code, ErrorCode::TooLarge);
    }

    void sameRandomnessSameBytes()
    {
        const std::uint8_t seed[] = {1, 2, 3};
        DeterministicRandom a(seed), b(seed);
        Result<QByteArray> first = sealKeystore(m_secret, m_pass, {}, a);  // KDF 4
        Result<QByteArray> second = sealKeystore(m_secret, m_pass, {}, b); // KDF 5
        QVERIFY(first && second);
        QCOMPARE(*first, *second);
        QVERIFY(*first != m_sealed);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("expected");
        const auto add = [](const char *name, const QByteArray &input, ErrorCode code) {
            QTest::newRow(name) << input << int(code);
        };
        const QCborArray f = fieldsOf(m_sealed);
        const QByteArray salt = f.at(2).toArray().at(4).toByteArray();
        const auto malformed = ErrorCode::MalformedInput;
        const auto corrupt = ErrorCode::CorruptFile;
        const auto unsupported = ErrorCode::UnsupportedVersion;

        // Accidental damage: caught by the digest, before the KDF.
        add("salt bit", flipInside(m_sealed, salt), corrupt);
        add("nonce bit", flipInside(m_sealed, f.at(3).toByteArray()), corrupt);
        add("check bit", flipInside(m_sealed, f.at(4).toByteArray()), corrupt);
        add("ciphertext bit", flipInside(m_sealed, f.at(5).toByteArray()), corrupt);
        add("digest bit", flipInside(m_sealed, f.at(6).toByteArray()), corrupt);
        add("truncated to 1", m_sealed.left(1), malformed);
        add("truncated by half", m_sealed.left(m_sealed.size() / 2), malformed);
        add("truncated by 1", m_sealed.chopped(1), malformed);
        add("digest cut off", m_sealed.chopped(34), malformed);
        add("trailing zero", m_sealed + '\0', malformed);
        add("trailing copy", m_sealed + m_sealed, malformed);
        add("empty", QByteArray(), malformed);
        add("garbage", QByteArray("this is not a keystore at all"), malformed);
        add("oversized", QByteArray(qsizetype(MaxKeystoreBytes) + 1, '\x87'),
            ErrorCode::TooLarge);

        // Well-formed CBOR with a valid digest that is still not a keystore we open.
        add("wrong magic", withField(m_sealed, 0, QStringLiteral("cardinal-keystorf")), malformed);
        add("magic as bytes", withField(m_sealed, 0, QByteArray("cardinal-keystore")), malformed);
        add("future version", withField(m_sealed, 1, 2), unsupported);
        add("version 0", withField(m_sealed, 1, 0), unsupported);
        add("version as text", withField(m_sealed, 1, QStringLiteral("1")), malformed);
        add("future layout",
            QCborArray{QStringLiteral("cardinal-keystore"), 2}.toCborValue().toCbor(), unsupported);
        add("other KDF", withKdfField(m_sealed, 0, QStringLiteral("argon2id")), unsupported);
        add("log2N 14", withKdfField(m_sealed, 1, 14), malformed);
        add("log2N 23", withKdfField(m_sealed, 1, 23), malformed);
        add("log2N 60", withKdfField(m_sealed, 1, 60), malformed);
        add("log2N 256", withKdfField(m_sealed, 1, 256), malformed);
        add("r 0", withKdfField(m_sealed, 2, 0), malformed);
        add("r 33", withKdfField(m_sealed, 2, 33), malformed);
        add("r negative", withKdfField(m_sealed, 2, -8), malformed);
        add("r 2^40", withKdfField(m_sealed, 2, qint64(1) << 40), malformed);
        add("p 0", withKdfField(m_sealed, 3, 0), malformed);
        add("p 17", withKdfField(m_sealed, 3, 17), malformed);
        QCborArray fourGiB = f;
        fourGiB[2] = QCborArray{QStringLiteral("scrypt"), 22, 8, 1, salt};
        add("4 GiB of memory", withDigest(fourGiB), malformed);
        add("short salt", withKdfField(m_sealed, 4, salt.left(15)), malformed);
        add("tagged salt", withKdfField(m_sealed, 4, QCborValue(QCborTag(24), salt)), malformed);
        add("short nonce", withField(m_sealed, 3, QByteArray(11, 'n')), malformed);
        add("long check", withField(m_sealed, 4, QByteArray(33, 'c')), malformed);
        add("no tag", withField(m_sealed, 5, QByteArray(15, 'x')), malformed);
        QCborArray extra = f;
        extra.insert(6, 0);
        add("extra field", extra.toCborValue().toCbor(), malformed);
        QCborArray kdfExtra = f;
        kdfExtra[2] = QCborArray{QStringLiteral("scrypt"), 15, 8, 1, salt, 0};
        add("extra KDF field", withDigest(kdfExtra), malformed);
        add("map", QCborValue(QCborMap{{0, f.at(0)}}).toCbor(), malformed);
        // Non-canonical encodings of the same content: 1 as 0x18 0x01, an indefinite array.
        add("long version", m_sealed.left(19) + QByteArray("\x18\x01", 2) + m_sealed.mid(20),
            malformed);
        add("indefinite array", '\x9f' + m_sealed.mid(1) + '\xff', malformed);
    }

    void hostileInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, expected);
        Result<SecureBuffer> opened = openKeystore(input, m_pass);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().code), expected);
        Result<ScryptParams> inspected = inspectKeystore(input);
        QVERIFY(!inspected);
        QCOMPARE(int(inspected.error().code), expected);
    }

    void everyBitFlipAndTruncationIsDamage()
    {
        QCOMPARE(m_sealed.at(19), '\x01'); // the version byte, used above
        for (qsizetype i = 0; i < m_sealed.size(); ++i) {
            for (const char mask : {'\x01', '\x80'}) {
                QByteArray damaged = m_sealed;
                damaged[i] = char(damaged[i] ^ mask);
                Result<ScryptParams> r = inspectKeystore(damaged);
                QVERIFY2(!r, qPrintable(QString::number(i)));
                QVERIFY(r.error().code == ErrorCode::CorruptFile
                        || r.error().code == ErrorCode::MalformedInput
                        || r.error().code == ErrorCode::UnsupportedVersion);
            }
            Result<ScryptParams> cut = inspectKeystore(m_sealed.left(i));
            QVERIFY(!cut && cut.error().code == ErrorCode::MalformedInput);
        }
    }

    void alteredBehindAValidDigest_data()
    {
        QTest::addColumn<qsizetype>("field");
        QTest::addColumn<int>("expected");
        // The check passes, the tag does not: altered, not a wrong passphrase.
        QTest::newRow("nonce") << qsizetype(3) << int(ErrorCode::CorruptFile);      // KDF 6
        QTest::newRow("ciphertext") << qsizetype(5) << int(ErrorCode::CorruptFile); // KDF 7
        // A forged check value is indistinguishable from a wrong passphrase; it costs the
        // forger the digest recomputation, and the secret stays out of reach either way.
        QTest::newRow("check") << qsizetype(4) << int(ErrorCode::WrongPassphrase); // KDF 8
    }

    void alteredBehindAValidDigest()
    {
        QFETCH(qsizetype, field);
        QFETCH(int, expected);
        Result<SecureBuffer> opened = openKeystore(flipFieldBytes(m_sealed, field), m_pass);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().code), expected);
    }

    void changePassphrase()
    {
        const SecureBuffer newPass = pass(QStringLiteral("a new passphrase"));
        Result<QByteArray> changed = changeKeystorePassphrase(m_sealed, m_pass, newPass);
        QVERIFY(changed); // KDF 9, 10
        const QCborArray before = fieldsOf(m_sealed), after = fieldsOf(*changed);
        QVERIFY(before.at(2).toArray().at(4) != after.at(2).toArray().at(4)); // salt
        QVERIFY(before.at(3) != after.at(3));                                 // nonce
        QVERIFY(*inspectKeystore(*changed) == *inspectKeystore(m_sealed));

        Result<SecureBuffer> withNew = openKeystore(*changed, newPass); // KDF 11
        QVERIFY(withNew);
        QVERIFY(*withNew == m_secret);
        Result<SecureBuffer> withOld = openKeystore(*changed, m_pass); // KDF 12
        QVERIFY(!withOld);
        QCOMPARE(withOld.error().code, ErrorCode::WrongPassphrase);

        Result<QByteArray> wrongOld = changeKeystorePassphrase(m_sealed, newPass, m_pass);
        QVERIFY(!wrongOld); // KDF 13
        QCOMPARE(wrongOld.error().code, ErrorCode::WrongPassphrase);
        Result<QByteArray> emptyNew = changeKeystorePassphrase(m_sealed, m_pass, SecureBuffer());
        QVERIFY(!emptyNew);
        QCOMPARE(emptyNew.error().code, ErrorCode::InvalidArgument);
    }

    void fileIsPrivateAndReplacedAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("identity.keystore"));
        const auto userBits = QFileDevice::ReadUser | QFileDevice::WriteUser
                            | QFileDevice::ExeUser;
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous contents, world-readable");
        old.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ReadOther));

        QVERIFY(writeKeystoreFile(path, m_sealed));
        Result<QByteArray> read = readKeystoreFile(path);
        QVERIFY(read);
        QCOMPARE(*read, m_sealed);
        QCOMPARE(QFile::permissions(path) & ~userBits, ownerOnly);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("identity.keystore")}); // no temporary left over

        // Refused writes leave the file as it was.
        Result<void> garbage = writeKeystoreFile(path, "not a keystore");
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(*readKeystoreFile(path), m_sealed);

        Result<void> noDir = writeKeystoreFile(dir.filePath(QStringLiteral("no/such/file")),
                                               m_sealed);
        QVERIFY(!noDir);
        QCOMPARE(noDir.error().code, ErrorCode::IoError);
        QVERIFY(!noDir.error().detail.isEmpty());
    }

    void readingBadFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Result<QByteArray> missing = readKeystoreFile(dir.filePath(QStringLiteral("missing")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::IoError);
        QVERIFY(missing.error().detail.contains(QStringLiteral("missing")));

        const QString bigPath = dir.filePath(QStringLiteral("big"));
        QFile big(bigPath);
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(qsizetype(MaxKeystoreBytes), 'x'));
        big.flush();
        Result<QByteArray> atLimit = readKeystoreFile(bigPath);
        QVERIFY(atLimit);
        QCOMPARE(atLimit->size(), qsizetype(MaxKeystoreBytes));
        big.write("y");
        big.close();
        Result<QByteArray> tooLarge = readKeystoreFile(bigPath);
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, ErrorCode::TooLarge);
    }

    void changeFilePassphrase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("identity.keystore"));
        QVERIFY(writeKeystoreFile(path, m_sealed));
        const SecureBuffer newPass = pass(QStringLiteral("file passphrase"));

        Result<void> wrong = changeKeystoreFilePassphrase(path, newPass, m_pass); // KDF 14
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(*readKeystoreFile(path), m_sealed);

        QVERIFY(changeKeystoreFilePassphrase(path, m_pass, newPass)); // KDF 15, 16
        Result<QByteArray> changed = readKeystoreFile(path);
        QVERIFY(changed);
        QVERIFY(*changed != m_sealed);
        Result<SecureBuffer> opened = openKeystore(*changed, newPass); // KDF 17
        QVERIFY(opened);
        QVERIFY(*opened == m_secret);
        QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        Result<void> missing = changeKeystoreFilePassphrase(path + u'x', m_pass, newPass);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::IoError);
    }
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "tst_keystore.moc"
