// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktexport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace cardinal::client {

QString evidenceKindName(KtEvidence::Kind kind)
{
    switch (kind) {
    case KtEvidence::Kind::ForeignKey:
        return QStringLiteral("foreign-key");
    case KtEvidence::Kind::SplitView:
        return QStringLiteral("split-view");
    case KtEvidence::Kind::Inconsistent:
        return QStringLiteral("inconsistent");
    case KtEvidence::Kind::BadProof:
        return QStringLiteral("bad-proof");
    }
    return QStringLiteral("unknown");
}

QJsonObject evidenceJson(const KtEvidence &evidence)
{
    QJsonArray statements;
    for (const QByteArray &statement : evidence.statements)
        statements.append(QString::fromLatin1(statement.toBase64()));
    const QString foundAt = QDateTime::fromMSecsSinceEpoch(evidence.foundAtMs, QTimeZone::utc())
                                .toString(Qt::ISODate);
    return {{QStringLiteral("type"), QStringLiteral("evidence")},
            {QStringLiteral("id"), evidence.id},
            {QStringLiteral("kind"), evidenceKindName(evidence.kind)},
            {QStringLiteral("open"), evidence.open},
            {QStringLiteral("foundAt"), foundAt},
            {QStringLiteral("server"), evidence.server},
            {QStringLiteral("subject"), evidence.subject},
            {QStringLiteral("detail"), evidence.detail},
            {QStringLiteral("statements"), statements}};
}

QByteArray evidenceDocument(const QString &log, const QList<KtEvidence> &evidence)
{
    QJsonArray all;
    for (const KtEvidence &piece : evidence)
        all.append(evidenceJson(piece));
    return QJsonDocument(QJsonObject{{QStringLiteral("format"),
                                      QStringLiteral("cardinal-kt-evidence-1")},
                                     {QStringLiteral("log"), log},
                                     {QStringLiteral("evidence"), all}})
        .toJson(QJsonDocument::Indented);
}

} // namespace cardinal::client
