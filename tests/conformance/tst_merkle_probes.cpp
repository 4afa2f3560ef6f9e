// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency log's Merkle tree against public data (label conformance):
// ../shared/testdata/merkle/ (or $CARDINAL_MERKLE_DIR), from transparency-dev/merkle:
// - rfc6962-reference-tree.json: the RFC 6962 reference tree's root at every size 0..8;
// - transparency-dev-proof-probes.json: 98 inclusion and 98 consistency probes, of which
//   6 + 6 must verify and the other 184 must be refused.
// A missing file skips with a message; a malformed one fails.
#include "transparency/merkle.h"

#include "testdata.h"

#include <QFileInfo>
#include <QTest>

#include <cmath>

using namespace cardinal;
using namespace cardinal::transparency;
using namespace Qt::StringLiterals;

namespace {

QString merkleDir()
{
    return testdata::directoryFromEnv("CARDINAL_MERKLE_DIR", u"merkle");
}

//! A base64 field, strictly decoded; nothing (with a message) if absent or not base64.
std::optional<QByteArray> base64Field(const QJsonObject &object, QStringView key, QString *error)
{
    const auto text = testdata::stringField(object, key, error);
    if (!text)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text->toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = u"field \"%1\" is not base64"_s.arg(key);
        return std::nullopt;
    }
    return *decoded;
}

//! A size or index: the probes are Go uint64 values, some of them 2^64 - 1 (an index that
//! wrapped below zero), which JSON's doubles cannot carry exactly: a whole number at or
//! beyond 2^64 as a double stands for 2^64 - 1.
std::optional<std::uint64_t> uint64Field(const QJsonObject &object, QStringView key,
                                         QString *error)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != std::floor(number)) {
        *error = u"field \"%1\" is not a non-negative integer"_s.arg(key);
        return std::nullopt;
    }
    constexpr double TwoTo64 = 18446744073709551616.0;
    return number >= TwoTo64 ? ~std::uint64_t(0) : std::uint64_t(number);
}

//! The probe's proof elements: null is no proof at all.
std::optional<QList<QByteArray>> proofField(const QJsonObject &probe, QString *error)
{
    const QJsonValue value = probe.value(u"proof");
    QList<QByteArray> out;
    if (value.isNull())
        return out;
    if (!value.isArray()) {
        *error = u"field \"proof\" is neither null nor an array"_s;
        return std::nullopt;
    }
    for (const QJsonValue &element : value.toArray()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            element.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!element.isString() || !decoded) {
            *error = u"a proof element is not a base64 string"_s;
            return std::nullopt;
        }
        out.append(*decoded);
    }
    return out;
}

//! A root of a consistency probe. Those probes treat roots as opaque byte strings that the
//! verifier compares (some are "don't care" strings of 12 bytes: a tree is consistent with
//! itself whatever its root); Cardinal's types hold only 32-byte hashes. Any other length
//! stands here for a value no node hash can equal (its SHA-256 under a prefix no tree uses),
//! so that two identical odd roots stay equal and an odd root never matches a real one.
//! Proof elements get no such help: they must be 32 bytes.
MerkleHash opaqueHash(const QByteArray &bytes)
{
    if (const auto hash = MerkleHash::fromBytes(bytes))
        return *hash;
    return crypto::sha256({QByteArrayView("\x02not a hash"), bytes});
}

//! Whether a probe's statement verifies: decoding its proof as a client would (elements of
//! 32 bytes), then the verifier.
struct Probe
{
    bool wantError = true;
    bool verified = false;
};

std::optional<Probe> runInclusion(const QJsonObject &probe, QString *error)
{
    const auto index = uint64Field(probe, u"leafIdx", error);
    const auto size = uint64Field(probe, u"treeSize", error);
    const auto root = base64Field(probe, u"root", error);
    const auto leaf = base64Field(probe, u"leafHash", error);
    const auto elements = proofField(probe, error);
    const QJsonValue wantErr = probe.value(u"wantErr");
    if (!index || !size || !root || !leaf || !elements || !wantErr.isBool())
        return std::nullopt;
    Probe out{wantErr.toBool(), false};
    // A leaf hash or root that is not 32 bytes never reaches the verifier: it is no hash.
    const auto leafValue = MerkleHash::fromBytes(*leaf);
    const auto rootValue = MerkleHash::fromBytes(*root);
    const Result<MerkleProof> proof = proofFromBytes(*elements);
    out.verified = leafValue && rootValue && proof &&
                   verifyInclusion(*leafValue, *index, *size, *proof, *rootValue);
    return out;
}

std::optional<Probe> runConsistency(const QJsonObject &probe, QString *error)
{
    const auto size1 = uint64Field(probe, u"size1", error);
    const auto size2 = uint64Field(probe, u"size2", error);
    const auto root1 = base64Field(probe, u"root1", error);
    const auto root2 = base64Field(probe, u"root2", error);
    const auto elements = proofField(probe, error);
    const QJsonValue wantErr = probe.value(u"wantErr");
    if (!size1 || !size2 || !root1 || !root2 || !elements || !wantErr.isBool())
        return std::nullopt;
    Probe out{wantErr.toBool(), false};
    const Result<MerkleProof> proof = proofFromBytes(*elements);
    out.verified = proof && verifyConsistency(*size1, *size2, opaqueHash(*root1),
                                              opaqueHash(*root2), *proof);
    return out;
}

} // namespace

class TestMerkleProbes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceTreeRoots()
    {
        const QString path = merkleDir() + u"/rfc6962-reference-tree.json"_s;
        if (!QFileInfo::exists(path))
            QSKIP(qPrintable(u"%1 not found; set CARDINAL_MERKLE_DIR to run it"_s.arg(path)));
        QString error;
        const auto file = testdata::readJsonObject(path, &error);
        QVERIFY2(file, qPrintable(error));
        const auto leaves = testdata::arrayField(*file, u"leaf_inputs_hex", &error);
        const auto roots = testdata::arrayField(*file, u"root_hashes_hex_by_tree_size", &error);
        QVERIFY2(leaves && roots, qPrintable(error));
        QCOMPARE(roots->size(), leaves->size() + 1);
        MerkleTree tree;
        for (const QJsonValue &leaf : *leaves) {
            const auto entry = testdata::decodeHex(leaf.toString());
            QVERIFY2(leaf.isString() && entry, "a leaf input is not hex");
            tree.append(leafHash(*entry));
        }
        for (qsizetype size = 0; size < roots->size(); ++size) {
            const auto expected = testdata::decodeHex(roots->at(size).toString());
            QVERIFY2(expected, "a root is not hex");
            QCOMPARE(rootAt(tree, std::uint64_t(size)).toByteArray().toHex(), expected->toHex());
        }
        qInfo("%lld reference roots match", qlonglong(roots->size()));
    }

    void proofProbes()
    {
        const QString path = merkleDir() + u"/transparency-dev-proof-probes.json"_s;
        if (!QFileInfo::exists(path))
            QSKIP(qPrintable(u"%1 not found; set CARDINAL_MERKLE_DIR to run it"_s.arg(path)));
        QString error;
        const auto file = testdata::readJsonObject(path, &error);
        QVERIFY2(file, qPrintable(error));
        int verified = 0;
        int refused = 0;
        for (const QString &kind : {u"inclusion"_s, u"consistency"_s}) {
            const auto probes = testdata::objectField(*file, kind, &error);
            QVERIFY2(probes, qPrintable(error));
            for (auto it = probes->constBegin(); it != probes->constEnd(); ++it) {
                QVERIFY2(it->isObject(), qPrintable(it.key()));
                const std::optional<Probe> probe = kind == u"inclusion"_s
                                                       ? runInclusion(it->toObject(), &error)
                                                       : runConsistency(it->toObject(), &error);
                QVERIFY2(probe, qPrintable(it.key() + u": "_s + error));
                QVERIFY2(probe->verified != probe->wantError,
                         qPrintable(it.key() + (probe->verified ? u": verified, must be refused"_s
                                                                : u": refused, must verify"_s)));
                ++(probe->verified ? verified : refused);
            }
        }
        qInfo("%d probes verified, %d refused, as expected", verified, refused);
        QCOMPARE(verified, 12);
        QCOMPARE(refused, 184);
    }
};

QTEST_APPLESS_MAIN(TestMerkleProbes)
#include "tst_merkle_probes.moc"
