// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include <QLoggingCategory>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcDispatch, "cardinal.server")

using protocol::Frame;
using protocol::WireError;
namespace wire = protocol::wire;

Dispatcher::Dispatcher(ServerContext &context) : m_directory(context), m_relay(context)
{
    const auto directory = [this](auto method) {
        return [this, method](const Caller &c, const QCborArray &p) { return (m_directory.*method)(c, p); };
    };
    const auto relay = [this](auto method) {
        return [this, method](const Caller &c, const QCborArray &p) { return (m_relay.*method)(c, p); };
    };
    m_routes = {
        {wire::RequestCode, {directory(&DirectoryService::requestCode)}},
        {wire::ConfirmCode, {directory(&DirectoryService::confirmCode)}},
        {wire::PublishCard, {directory(&DirectoryService::publishCard)}},
        {wire::BackupFetch, {directory(&DirectoryService::backupFetch)}},
        {wire::Lookup, {directory(&DirectoryService::lookup)}},
        {wire::LookupCard, {directory(&DirectoryService::lookupCard)}},
        {wire::AddDevice, {directory(&DirectoryService::addDevice)}},
        {wire::RevokeDevice, {directory(&DirectoryService::revokeDevice)}},
        {wire::RevokeCard, {directory(&DirectoryService::revokeCard)}},
        {wire::BackupStore, {directory(&DirectoryService::backupStore)}},
        {wire::GroupCreate, {relay(&RelayService::groupCreate)}},
        {wire::GroupAdd, {relay(&RelayService::groupAdd)}},
        {wire::GroupRemove, {relay(&RelayService::groupRemove)}},
        {wire::GroupRename, {relay(&RelayService::groupRename)}},
        {wire::GroupInfo, {relay(&RelayService::groupInfo)}},
        {wire::Groups, {relay(&RelayService::groups)}},
        {wire::Send, {relay(&RelayService::send)}},
        {wire::Ack, {relay(&RelayService::ack)}},
    };
}

WireError Dispatcher::wireErrorFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::MalformedInput:
    case ErrorCode::UnsupportedVersion:
        return WireError::BadFrame;
    case ErrorCode::TooLarge: return WireError::TooLarge;
    case ErrorCode::BadSignature: return WireError::BadSignature;
    case ErrorCode::Forbidden: return WireError::Forbidden;
    case ErrorCode::NotFound: return WireError::NotFound;
    case ErrorCode::Conflict: return WireError::Conflict;
    case ErrorCode::RateLimited: return WireError::RateLimited;
    case ErrorCode::LimitReached: return WireError::LimitReached;
    case ErrorCode::InvalidCode: return WireError::InvalidCode;
    case ErrorCode::CodeExpired: return WireError::CodeExpired;
    case ErrorCode::InvalidToken: return WireError::InvalidToken;
    default: return WireError::Internal;
    }
}

Frame Dispatcher::handle(const Caller &caller, const Frame &request)
{
    const auto route = m_routes.constFind(request.type);
    if (route == m_routes.constEnd())
        return Frame::error(request.id, WireError::UnknownType,
                            QStringLiteral("no request type '%1'").arg(request.type.left(64)));
    if (!caller.authenticated && !wire::allowedBeforeAuthentication(request.type))
        return Frame::error(request.id, WireError::Unauthenticated,
                            QStringLiteral("authenticate first"));
    const Result<QCborArray> result = route->handler(caller, request.payload);
    if (result)
        return Frame::response(request.id, request.type, *result);
    const WireError wireError = wireErrorFor(result.error().code);
    if (wireError == WireError::Internal) {
        // The detail may name server internals; the client only learns that it failed.
        qCWarning(lcDispatch) << request.type << "failed:" << result.error().message();
        return Frame::error(request.id, wireError, QStringLiteral("the server failed; try again"));
    }
    return Frame::error(request.id, wireError, result.error().message());
}

} // namespace cardinal::server
