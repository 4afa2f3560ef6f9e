// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include <QLoggingCategory>
#include <QPointer>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcDispatch, "cardinal.server")

using protocol::Frame;
using protocol::WireError;
namespace wire = protocol::wire;

Dispatcher::Dispatcher(ServerContext &context) : m_directory(context), m_relay(context)
{
    // Most services answer at once; they are adapted to the one asynchronous shape here.
    const auto directory = [this](auto method) -> Handler {
        return [this, method](const Caller &c, const QCborArray &p, ServiceReply reply) {
            reply((m_directory.*method)(c, p));
        };
    };
    const auto relay = [this](auto method) -> Handler {
        return [this, method](const Caller &c, const QCborArray &p, ServiceReply reply) {
            reply((m_relay.*method)(c, p));
        };
    };
    m_routes = {
        {wire::RequestCode,
         [this](const Caller &c, const QCborArray &p, ServiceReply reply) {
             m_directory.requestCode(c, p, std::move(reply));
         }},
        {wire::ConfirmCode, directory(&DirectoryService::confirmCode)},
        {wire::PublishCard, directory(&DirectoryService::publishCard)},
        {wire::BackupFetch, directory(&DirectoryService::backupFetch)},
        {wire::Lookup, directory(&DirectoryService::lookup)},
        {wire::LookupCard, directory(&DirectoryService::lookupCard)},
        {wire::AddDevice, directory(&DirectoryService::addDevice)},
        {wire::RevokeDevice, directory(&DirectoryService::revokeDevice)},
        {wire::RevokeCard, directory(&DirectoryService::revokeCard)},
        {wire::BackupStore, directory(&DirectoryService::backupStore)},
        {wire::GroupCreate, relay(&RelayService::groupCreate)},
        {wire::GroupAdd, relay(&RelayService::groupAdd)},
        {wire::GroupRemove, relay(&RelayService::groupRemove)},
        {wire::GroupRename, relay(&RelayService::groupRename)},
        {wire::GroupInfo, relay(&RelayService::groupInfo)},
        {wire::Groups, relay(&RelayService::groups)},
        {wire::Send, relay(&RelayService::send)},
        {wire::Ack, relay(&RelayService::ack)},
    };
}

WireError Dispatcher::wireErrorFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::MalformedInput:
    case ErrorCode::UnsupportedVersion:
        return WireError::BadFrame;
    case ErrorCode::TooLarge:
        return WireError::TooLarge;
    case ErrorCode::BadSignature:
        return WireError::BadSignature;
    case ErrorCode::Forbidden:
        return WireError::Forbidden;
    case ErrorCode::NotFound:
        return WireError::NotFound;
    case ErrorCode::Conflict:
        return WireError::Conflict;
    case ErrorCode::RateLimited:
        return WireError::RateLimited;
    case ErrorCode::LimitReached:
        return WireError::LimitReached;
    case ErrorCode::InvalidCode:
        return WireError::InvalidCode;
    case ErrorCode::CodeExpired:
        return WireError::CodeExpired;
    case ErrorCode::InvalidToken:
        return WireError::InvalidToken;
    default:
        return WireError::Internal;
    }
}

Frame Dispatcher::answerFor(const Frame &request, const Result<QCborArray> &result)
{
    if (result)
        return Frame::response(request.id, request.type, *result);
    const WireError wireError = wireErrorFor(result.error().code);
    if (wireError == WireError::Internal) {
        qCWarning(lcDispatch) << request.type << "failed:" << result.error().message();
        return Frame::error(request.id, wireError, QStringLiteral("the server failed; try again"));
    }
    return Frame::error(request.id, wireError, result.error().message());
}

void Dispatcher::handle(const Caller &caller, const Frame &request, QObject *context, Answer answer)
{
    const auto route = m_routes.constFind(request.type);
    if (route == m_routes.constEnd())
        return answer(
            Frame::error(request.id, WireError::UnknownType,
                         QStringLiteral("no request type '%1'").arg(request.type.left(64))));
    if (!caller.authenticated && !wire::allowedBeforeAuthentication(request.type))
        return answer(Frame::error(request.id, WireError::Unauthenticated,
                                   QStringLiteral("authenticate first")));
    // The one guard for answers that come later: the requester may have gone meanwhile.
    (*route)(caller, request.payload,
             [requester = QPointer<QObject>(context), id = request.id, type = request.type,
              answer = std::move(answer)](const Result<QCborArray> &result) {
                 if (requester)
                     answer(answerFor(Frame::request(id, type), result));
             });
}

} // namespace cardinal::server
