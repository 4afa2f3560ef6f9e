// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "transparencyservice.h"

#include <QLoggingCategory>
#include <QPointer>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcDispatch, "cardinal.server")

using protocol::Frame;
using protocol::WireError;
namespace wire = protocol::wire;

namespace {

// The route for request R: decodes the payload (a malformed one is answered bad-frame
// without reaching the service), runs `method`, and encodes its reply, which the service
// gives once its storage work (or the mail system) is done.
template<api::Request R, typename Service>
std::pair<QString, Dispatcher::Handler>
route(Service &service, void (Service::*method)(const Caller &, const R &,
                                               Answer<typename R::Reply>))
{
    Dispatcher::Handler handler = [&service, method](const Caller &caller,
                                                     const QCborArray &payload,
                                                     ServiceReply reply) {
        auto request = R::decode(payload);
        if (!request)
            return reply(fail(request.error()));
        (service.*method)(caller, *request, [reply](Result<typename R::Reply> result) {
            reply(result ? Result<QCborArray>(result->encode()) : fail(result.error()));
        });
    };
    return {R::type(), std::move(handler)};
}

} // namespace

Dispatcher::Dispatcher(ServerContext &context) : m_directory(context), m_relay(context)
{
    DirectoryService &d = m_directory;
    RelayService &r = m_relay;
    TransparencyService &t = context.transparency;
    m_routes = QHash<QString, Handler>{
        route(d, &DirectoryService::requestCode),
        route(d, &DirectoryService::confirmCode),
        route(d, &DirectoryService::publishCard),
        route(d, &DirectoryService::backupFetch),
        route(d, &DirectoryService::lookup),
        route(d, &DirectoryService::lookupCard),
        route(d, &DirectoryService::addDevice),
        route(d, &DirectoryService::revokeDevice),
        route(d, &DirectoryService::revokeCard),
        route(d, &DirectoryService::backupStore),
        route(r, &RelayService::groupCreate),
        route(r, &RelayService::groupAdd),
        route(r, &RelayService::groupRemove),
        route(r, &RelayService::groupRename),
        route(r, &RelayService::groupInfo),
        route(r, &RelayService::groups),
        route(r, &RelayService::send),
        route(r, &RelayService::ack),
        route(t, &TransparencyService::checkpoint),
        route(t, &TransparencyService::consistency),
        route(t, &TransparencyService::history),
        route(t, &TransparencyService::entries),
    };
}

WireError Dispatcher::wireErrorFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::MalformedInput:
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::WeakKey: // a key of small order in what the client sent
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
