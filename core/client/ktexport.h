// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kttypes.h"

#include <QJsonObject>

//! Evidence of a misbehaving key-transparency log as people export it (`cardinal-cli kt
//! evidence`, the desktop app's "Export evidence…"): JSON that names what was caught and
//! carries the signed statements in base64, for anyone to check against the log's key.
namespace cardinal::client {

//! "foreign-key", "split-view", "inconsistent", "bad-proof".
[[nodiscard]] QString evidenceKindName(KtEvidence::Kind kind);
//! One piece: type "evidence", id, kind, open, foundAt (ISO 8601, UTC), server, subject,
//! detail, statements (base64).
[[nodiscard]] QJsonObject evidenceJson(const KtEvidence &evidence);
//! The whole export: {format: "cardinal-kt-evidence-1", log, evidence: [...]}, indented.
[[nodiscard]] QByteArray evidenceDocument(const QString &log, const QList<KtEvidence> &evidence);

} // namespace cardinal::client
