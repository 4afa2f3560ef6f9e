// SPDX-License-Identifier: GPL-3.0-or-later
#include "wiretypes.h"

#include "protocol/identity.h"
#include "wirefields.h"

namespace cardinal::protocol {

Result<Identity> Identity::parse(const QString &raw)
{
    auto canonical = normalizeEmail(raw);
    if (!canonical)
        return fail(canonical.error());
    return Identity(std::move(*canonical));
}

QStringList toStrings(const QList<Identity> &identities)
{
    QStringList out;
    out.reserve(identities.size());
    for (const Identity &identity : identities)
        out.append(identity.toString());
    return out;
}

QString codePurposeName(CodePurpose purpose)
{
    return purpose == CodePurpose::Register ? QStringLiteral("register")
                                            : QStringLiteral("recover");
}

std::optional<CodePurpose> codePurposeFromName(QStringView name)
{
    if (name == u"register")
        return CodePurpose::Register;
    if (name == u"recover")
        return CodePurpose::Recover;
    return std::nullopt;
}

Identity SendTarget::peer() const
{
    const Identity *peer = std::get_if<Identity>(&m_target);
    return peer ? *peer : Identity();
}

GroupId SendTarget::groupId() const
{
    const GroupId *group = std::get_if<GroupId>(&m_target);
    return group ? *group : GroupId();
}

QCborArray SendTarget::encode() const
{
    if (const GroupId *group = std::get_if<GroupId>(&m_target))
        return {qint64(ChannelKind::Group), group->toByteArray()};
    return {qint64(ChannelKind::Direct), std::get<Identity>(m_target).toString()};
}

Result<SendTarget> SendTarget::decode(const QCborArray &target)
{
    CborFields fields(target, QStringLiteral("send target"), 2);
    const auto kind = ChannelKind(fields.integer(0, 0, 1));
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (kind == ChannelKind::Group) {
        const auto group = fields.fixed<GroupId>(1);
        if (auto ok = fields.status(); !ok)
            return fail(ok.error());
        return SendTarget::group(group);
    }
    const Identity peer = identityAt(fields, 1);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    return SendTarget::direct(peer);
}

} // namespace cardinal::protocol
