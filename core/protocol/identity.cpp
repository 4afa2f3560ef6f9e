// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity.h"

#include <QList>

namespace cardinal::protocol {

Result<QString> normalizeEmail(const QString &input)
{
    const QString email = input.trimmed().toLower();
    auto invalid = [&](const char *why) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("not an e-mail address: %1").arg(QLatin1String(why)));
    };
    if (email.isEmpty())
        return invalid("empty");
    if (email.toUtf8().size() > MaxEmailBytes)
        return invalid("too long");
    for (QChar c : email)
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'<' || c == u'>')
            return invalid("contains spaces or control characters");
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || email.indexOf(u'@', at + 1) != -1)
        return invalid("needs exactly one '@' after a name");
    const QStringView domain = QStringView(email).mid(at + 1);
    if (!domain.contains(u'.'))
        return invalid("the domain needs a dot");
    for (QStringView label : domain.split(u'.'))
        if (label.isEmpty())
            return invalid("the domain has an empty label");
    return email;
}

} // namespace cardinal::protocol
