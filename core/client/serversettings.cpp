// SPDX-License-Identifier: GPL-3.0-or-later
// ServerSettings (messenger.h): which server a profile talks to and the keys it pinned.
#include "messenger.h"

#include "common/fileio.h"
#include "protocol/cborfields.h"

#include <QCborArray>
#include <QCborValue>
#include <QDir>

namespace cardinal::client {

using protocol::CborFields;

namespace {
constexpr QLatin1StringView ServerFileName{"server.cbor"};
constexpr qsizetype MaxServerFileBytes = 4096;
} // namespace

Result<ServerSettings> ServerSettings::load(const QString &profileDirectory)
{
    const QString path = QDir(profileDirectory).filePath(ServerFileName);
    if (!QFile::exists(path))
        return ServerSettings{};
    auto bytes = readFileBounded(path, MaxServerFileBytes);
    if (!bytes)
        return fail(bytes.error());
    auto array = protocol::decodeCanonicalArray(*bytes, MaxServerFileBytes, QStringLiteral("server settings"));
    if (!array)
        return fail(ErrorCode::CorruptFile, array.error().message());
    const qsizetype count = array->size() == 4 ? 4 : 2; // 0.5 added the log's keys
    CborFields fields(*array, QStringLiteral("server settings"), count);
    ServerSettings settings;
    settings.url = QUrl(fields.text(0, 2048));
    settings.authority = fields.optionalFixed<crypto::Ed25519PublicKey>(1);
    if (count == 4 && !fields.isNull(2)) {
        auto verifier = transparency::NoteVerifier::parse(fields.text(2, 512));
        const auto labels = fields.fixed<crypto::VrfPublicKey>(3);
        if (verifier)
            settings.transparency = protocol::kt::LogKeys{std::move(*verifier), labels};
        else
            fields.reject(verifier.error().message());
    }
    if (auto ok = fields.status(); !ok)
        return fail(ErrorCode::CorruptFile, ok.error().message());
    return settings;
}

Result<void> ServerSettings::save(const QString &profileDirectory) const
{
    const QCborArray array{
        url.toString(), authority ? QCborValue(authority->toByteArray()) : QCborValue(nullptr),
        transparency ? QCborValue(transparency->checkpoints.encode()) : QCborValue(nullptr),
        transparency ? QCborValue(transparency->labels.toByteArray()) : QCborValue(nullptr)};
    return writeFileAtomically(QDir(profileDirectory).filePath(ServerFileName),
                               QCborValue(array).toCbor());
}

} // namespace cardinal::client
