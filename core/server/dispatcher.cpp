// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include <QLoggingCategory>
#include <QPointer>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcDispatch, "cardinal.server")

using protocol::Frame;
using protocol::WireError;
namespace wire = protocol::wire;

namespace {

// Decodes the payload as request R (a malformed one is answered bad-frame without reaching
// the service) and encodes the service's reply.
template<api::Request R, typename Service>
Dispatcher::Handler route(Service &service,
                          Result<typename R::Reply> (Service::*method)(const Caller &, const R &))
{
    return [&service, method](const Caller &caller, const QCborArray &payload,
                              ServiceReply reply) {
        auto request = R::decode(payload);
        if (!request)
            return reply(fail(request.error()));
        auto result = (service.*method)(caller, *request);
        if (!result)
            return reply(fail(result.error()));
        reply(result->encode());
    };
}

} // namespace

Dispatcher::Dispatcher(ServerContext &context) : m_directory(context), m_relay(context)
{
    const auto entry = [](auto handler, auto request) {
        return std::pair<QString, Handler>{decltype(request)::type(), std::move(handler)};
    };
    DirectoryService &d = m_directory;
    RelayService &r = m_relay;
    // request-code waits for the mail system, so its service answers later.
    const Handler requestCode = [&d](const Caller &caller, const QCborArray &payload,
                                     ServiceReply reply) {
        auto request = api::RequestCode::decode(payload);
        if (!request)
            return reply(fail(request.error()));
        d.requestCode(caller, *request, [reply](Result<api::RequestCode::Reply> result) {
            reply(result ? Result<QCborArray>(result->encode()) : fail(result.error()));
        });
    };
    m_routes = QHash<QString, Handler>{
        entry(requestCode, api::RequestCode{}),
        entry(route(d, &DirectoryService::confirmCode), api::ConfirmCode{}),
        entry(route(d, &DirectoryService::publishCard), api::PublishCard{}),
        entry(route(d, &DirectoryService::backupFetch), api::BackupFetch{}),
        entry(route(d, &DirectoryService::lookup), api::Lookup{}),
        entry(route(d, &DirectoryService::lookupCard), api::LookupCard{}),
        entry(route(d, &DirectoryService::addDevice), api::AddDevice{}),
        entry(route(d, &DirectoryService::revokeDevice), api::RevokeDevice{}),
        entry(route(d, &DirectoryService::revokeCard), api::RevokeCard{}),
        entry(route(d, &DirectoryService::backupStore), api::BackupStore{}),
        entry(route(r, &RelayService::groupCreate), api::GroupCreate{}),
        entry(route(r, &RelayService::groupAdd), api::GroupAdd{}),
        entry(route(r, &RelayService::groupRemove), api::GroupRemove{}),
        entry(route(r, &RelayService::groupRename), api::GroupRename{}),
        entry(route(r, &RelayService::groupInfo), api::GroupInfo{}),
        entry(route(r, &RelayService::groups), api::Groups{}),
        entry(route(r, &RelayService::send), api::Send{}),
        entry(route(r, &RelayService::ack), api::Ack{}),
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
