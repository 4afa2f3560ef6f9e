// SPDX-License-Identifier: GPL-3.0-or-later
// Every request and event type of the client-server API, for targets that need to reach
// the decoder of a frame's type. A type added to core/protocol/api/ is added here in the
// same change, so that the fuzz targets cover it.
#pragma once

#include "protocol/api/directory.h"
#include "protocol/api/events.h"
#include "protocol/api/groups.h"
#include "protocol/api/relay.h"
#include "protocol/api/session.h"
#include "protocol/api/transparency.h"

namespace cardinal::fuzzing {

//! Calls `visitor.template request<R>()` for every request type R (its reply is R::Reply)
//! and `visitor.template event<E>()` for every event type E.
template<typename Visitor>
void forEachApiType(Visitor &visitor)
{
    namespace api = protocol::api;
    visitor.template request<api::RequestCode>();
    visitor.template request<api::ConfirmCode>();
    visitor.template request<api::PublishCard>();
    visitor.template request<api::BackupFetch>();
    visitor.template request<api::Auth>();
    visitor.template request<api::Lookup>();
    visitor.template request<api::LookupCard>();
    visitor.template request<api::AddDevice>();
    visitor.template request<api::RevokeDevice>();
    visitor.template request<api::RevokeCard>();
    visitor.template request<api::BackupStore>();
    visitor.template request<api::GroupCreate>();
    visitor.template request<api::GroupAdd>();
    visitor.template request<api::GroupRemove>();
    visitor.template request<api::GroupRename>();
    visitor.template request<api::GroupInfo>();
    visitor.template request<api::Groups>();
    visitor.template request<api::Send>();
    visitor.template request<api::Ack>();
    visitor.template request<api::KtCheckpoint>();
    visitor.template request<api::KtConsistency>();
    visitor.template request<api::KtHistory>();
    visitor.template request<api::KtEntries>();
    visitor.template event<api::Hello>();
    visitor.template event<api::MessageEvent>();
    visitor.template event<api::DeliveryEvent>();
    visitor.template event<api::CardChangedEvent>();
    visitor.template event<api::DeviceRevokedEvent>();
    visitor.template event<api::MemberAddedEvent>();
    visitor.template event<api::MemberRemovedEvent>();
    visitor.template event<api::GroupRenamedEvent>();
    visitor.template event<api::BacklogEndEvent>();
}

} // namespace cardinal::fuzzing
