// SPDX-License-Identifier: GPL-3.0-or-later
#include "frames.h"

#include "cborfields.h"

#include <QCborValue>

#include <array>
#include <utility>

namespace cardinal::protocol {

namespace {

constexpr std::array<std::pair<WireError, const char *>, 14> WireErrorNames{{
    {WireError::BadFrame, "bad-frame"},
    {WireError::UnknownType, "unknown-type"},
    {WireError::Unauthenticated, "unauthenticated"},
    {WireError::Forbidden, "forbidden"},
    {WireError::NotFound, "not-found"},
    {WireError::Conflict, "conflict"},
    {WireError::RateLimited, "rate-limited"},
    {WireError::TooLarge, "too-large"},
    {WireError::LimitReached, "limit-reached"},
    {WireError::InvalidCode, "invalid-code"},
    {WireError::CodeExpired, "code-expired"},
    {WireError::InvalidToken, "invalid-token"},
    {WireError::BadSignature, "bad-signature"},
    {WireError::Internal, "internal"},
}};

constexpr qsizetype MaxTypeBytes = 64;
constexpr qsizetype MaxPayloadFields = 64;

} // namespace

QString wireErrorName(WireError error)
{
    for (const auto &[code, name] : WireErrorNames)
        if (code == error)
            return QString::fromLatin1(name);
    return QStringLiteral("internal");
}

std::optional<WireError> wireErrorFromName(QStringView name)
{
    for (const auto &[code, text] : WireErrorNames)
        if (name == QLatin1StringView(text))
            return code;
    return std::nullopt;
}

Frame Frame::request(quint64 id, const QString &type, QCborArray payload)
{
    return {FrameKind::Request, id, type, std::move(payload)};
}

Frame Frame::response(quint64 id, const QString &type, QCborArray payload)
{
    return {FrameKind::Response, id, type, std::move(payload)};
}

Frame Frame::error(quint64 id, WireError error, const QString &message)
{
    return {FrameKind::Error, id, wireErrorName(error), QCborArray{message}};
}

Frame Frame::event(const QString &type, QCborArray payload)
{
    return {FrameKind::Event, 0, type, std::move(payload)};
}

std::optional<WireError> Frame::wireError() const
{
    return kind == FrameKind::Error ? wireErrorFromName(type) : std::nullopt;
}

QString Frame::errorMessage() const
{
    return kind == FrameKind::Error && !payload.isEmpty() ? payload.at(0).toString() : QString();
}

QByteArray Frame::encode() const
{
    return QCborValue(QCborArray{qint64(kind), qint64(id), type, payload}).toCbor();
}

Result<Frame> Frame::decode(QByteArrayView bytes)
{
    auto array = decodeCanonicalArray(bytes, MaxFrameBytes, QStringLiteral("frame"));
    if (!array)
        return fail(array.error());
    CborFields fields(*array, QStringLiteral("frame"), 4);
    Frame frame;
    frame.kind = FrameKind(fields.integer(0, 0, 3));
    frame.id = quint64(fields.integer(1, 0, qint64(MaxRequestId)));
    frame.type = fields.text(2, MaxTypeBytes);
    frame.payload = fields.array(3, MaxPayloadFields);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (frame.type.isEmpty())
        return fail(ErrorCode::MalformedInput, QStringLiteral("frame: empty type"));
    return frame;
}

bool wire::allowedBeforeAuthentication(QStringView type)
{
    return type == wire::RequestCode || type == wire::ConfirmCode || type == wire::PublishCard ||
           type == wire::BackupFetch || type == wire::Auth || type == wire::KtCheckpoint ||
           type == wire::KtConsistency || type == wire::KtEntries || type == wire::KtHistory;
}

} // namespace cardinal::protocol
