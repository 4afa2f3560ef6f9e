// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktrecords.h"

#include "protocol/cborfields.h"

#include <QCborArray>
#include <QCborValue>

namespace cardinal::client {

using protocol::CborFields;

namespace {

constexpr int EvidenceFormat = 1;
constexpr qsizetype MaxEvidenceBytes = 256 * 1024;
constexpr qsizetype MaxStatements = 16;
constexpr qsizetype MaxStatementBytes = 64 * 1024;
constexpr qsizetype MaxTextBytes = 4096;
constexpr qsizetype MaxOwnWatchBytes = 256;

} // namespace

QByteArray encodeKtEvidence(const KtEvidence &evidence)
{
    QCborArray statements;
    for (const QByteArray &statement : evidence.statements)
        statements.append(statement);
    return QCborValue(QCborArray{EvidenceFormat, int(evidence.kind), evidence.server,
                                 evidence.subject, evidence.detail, statements})
        .toCbor();
}

Result<KtEvidence> decodeKtEvidence(QByteArrayView bytes)
{
    const QString what = QStringLiteral("key-transparency evidence");
    Result<QCborArray> array = protocol::decodeCanonicalArray(bytes, MaxEvidenceBytes, what);
    if (!array)
        return fail(ErrorCode::CorruptFile, array.error().message());
    CborFields fields(*array, what, 6);
    KtEvidence evidence;
    if (fields.integer(0, EvidenceFormat, EvidenceFormat) != EvidenceFormat)
        return fail(ErrorCode::CorruptFile, QStringLiteral("evidence of another format"));
    evidence.kind = KtEvidence::Kind(fields.integer(1, 1, 4));
    evidence.server = fields.text(2, MaxTextBytes);
    evidence.subject = fields.text(3, MaxTextBytes);
    evidence.detail = fields.text(4, MaxTextBytes);
    for (const QCborValue &statement : fields.array(5, MaxStatements)) {
        if (!statement.isByteArray() || statement.toByteArray().size() > MaxStatementBytes) {
            fields.reject(QStringLiteral("a statement is not bytes within bounds"));
            break;
        }
        evidence.statements.append(statement.toByteArray());
    }
    if (auto ok = fields.status(); !ok)
        return fail(ErrorCode::CorruptFile, ok.error().message());
    return evidence;
}

QByteArray encodeKtOwnWatch(const KtOwnWatch &watch)
{
    return QCborValue(
               QCborArray{qint64(watch.version), qint64(watch.baseline), watch.checkedAtMs})
        .toCbor();
}

Result<KtOwnWatch> decodeKtOwnWatch(QByteArrayView bytes)
{
    const QString what = QStringLiteral("own-address watch");
    Result<QCborArray> array = protocol::decodeCanonicalArray(bytes, MaxOwnWatchBytes, what);
    if (!array)
        return fail(ErrorCode::CorruptFile, array.error().message());
    CborFields fields(*array, what, 3);
    KtOwnWatch watch{std::uint64_t(fields.integer(0, 0, INT64_MAX)),
                     std::uint64_t(fields.integer(1, 0, INT64_MAX)),
                     fields.integer(2, 0, INT64_MAX)};
    if (auto ok = fields.status(); !ok)
        return fail(ErrorCode::CorruptFile, ok.error().message());
    return watch;
}

} // namespace cardinal::client
