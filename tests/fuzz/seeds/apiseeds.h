// SPDX-License-Identifier: GPL-3.0-or-later
// Sample frames of the client-server API, shared by the seeds of the frame, API and
// session targets.
#pragma once

#include "protocol/frames.h"

#include <QList>
#include <QString>

namespace cardinal::fuzzing {

struct NamedFrame
{
    QString name;
    protocol::Frame frame;

    NamedFrame(const char *n, protocol::Frame f) : name(QString::fromLatin1(n)), frame(std::move(f)) {}
    NamedFrame(QString n, protocol::Frame f) : name(std::move(n)), frame(std::move(f)) {}
};

//! One request frame of every type (and a second of some), from alice's point of view.
[[nodiscard]] QList<NamedFrame> sampleRequests();
//! CBOR heads, wire names as CBOR text, frame heads: the frame targets' dictionary.
[[nodiscard]] QList<QByteArray> frameTokens();

} // namespace cardinal::fuzzing
