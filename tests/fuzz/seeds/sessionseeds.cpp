// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds of fuzz_session: conversations with the server in the target's record format
// (fuzz_session.cpp): a flags byte, then [tag, length, bytes] records.
#include "apiseeds.h"
#include "seedwriter.h"

#include "fixtures.h"

#include "protocol/api/relay.h"

namespace cardinal::fuzzing {

namespace {

using protocol::Frame;
namespace api = protocol::api;

// The target's flags and tags.
constexpr char Anonymous = 0;
constexpr char AsAlice = 1;
constexpr char AsBob = 3;
enum Tag : char {
    Binary = 0,
    BinaryUnsettled = 1,
    Text = 2,
    Pong = 3,
    StopReading = 4,
    Drain = 5,
    SignInAlice = 6,
    SignInBob = 7,
};

class Conversation
{
public:
    explicit Conversation(char flags) : m_bytes(1, flags) {}

    Conversation &record(Tag tag, const QByteArray &bytes = {})
    {
        m_bytes += char(tag);
        m_bytes += char((bytes.size() >> 8) & 0xff);
        m_bytes += char(bytes.size() & 0xff);
        m_bytes += bytes;
        return *this;
    }
    Conversation &frame(const Frame &frame, Tag tag = Binary) { return record(tag, frame.encode()); }

    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

Frame request(const QString &name)
{
    for (const NamedFrame &sample : sampleRequests())
        if (sample.name == name)
            return sample.frame;
    return Frame::request(1, name);
}

//! Acknowledges seqs first..last (bob's queue starts at 1 in a fresh rig).
Frame ackRange(quint64 id, qint64 first, qint64 last)
{
    api::Ack ack;
    for (qint64 seq = first; seq <= last; ++seq)
        ack.seqs.append(seq);
    return api::requestFrame(id, ack);
}

} // namespace

void writeSessionSeeds(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_session");
    const auto seed = [&](const char *name, const Conversation &conversation) {
        out.seed(target, QString::fromLatin1(name), conversation.bytes());
    };

    Conversation everyRequestAnonymous(Anonymous);
    Conversation everyRequestAsAlice(AsAlice);
    for (const NamedFrame &sample : sampleRequests()) {
        // Signing in is the harness's part: a sample proof answers another challenge.
        if (sample.frame.type == protocol::wire::Auth)
            continue;
        everyRequestAnonymous.frame(sample.frame);
        everyRequestAsAlice.frame(sample.frame);
    }
    seed("every-request-anonymous", everyRequestAnonymous);
    seed("every-request-as-alice", everyRequestAsAlice);

    seed("alice-talks-to-bob", Conversation(AsAlice)
                                   .frame(request(QStringLiteral("lookup")))
                                   .frame(request(QStringLiteral("send")))
                                   .frame(request(QStringLiteral("group-create")))
                                   .frame(request(QStringLiteral("groups"))));
    seed("bob-reads-his-queue", Conversation(AsBob)
                                    .frame(ackRange(1, 1, 16))
                                    .frame(ackRange(2, 17, 256))
                                    .frame(ackRange(3, 257, 300)));
    seed("bob-reads-slowly", Conversation(AsBob)
                                 .record(StopReading)
                                 .frame(ackRange(1, 1, 100))
                                 .record(Drain)
                                 .frame(ackRange(2, 101, 200), BinaryUnsettled)
                                 .record(Pong));
    seed("signing-in-twice", Conversation(Anonymous)
                                 .frame(request(QStringLiteral("lookup")))
                                 .record(SignInAlice)
                                 .record(SignInAlice)
                                 .frame(request(QStringLiteral("lookup"))));
    seed("sign-in-while-signing-in", Conversation(Anonymous)
                                         .frame(request(QStringLiteral("groups")), BinaryUnsettled)
                                         .record(SignInBob)
                                         .record(SignInAlice));
    seed("not-frames", Conversation(Anonymous)
                           .record(Text, "hello")
                           .record(Binary, "not cbor")
                           .frame(Frame::response(5, QStringLiteral("lookup")))
                           .frame(Frame::event(QStringLiteral("hello")))
                           .frame(Frame::request(6, QStringLiteral("no-such-request"))));

    // A proof over another challenge, three times: refused alike, then the door closes.
    Conversation wrongProofs(Anonymous);
    for (int attempt = 0; attempt < 3; ++attempt)
        wrongProofs.frame(request(QStringLiteral("auth")));
    seed("wrong-proofs", wrongProofs);
    // More requests than the burst allows, without waiting for answers.
    Conversation hammering(Anonymous);
    for (int i = 0; i < 230; ++i)
        hammering.frame(Frame::request(quint64(i), protocol::wire::Groups), BinaryUnsettled);
    seed("hammering", hammering);
    // A reader that stops reading before its queue is pushed, and whose answers pile up
    // until the server drops it (64 KiB unsent in the rig).
    Conversation stalled(Anonymous);
    stalled.record(StopReading).record(SignInBob);
    for (int i = 0; i < 190; ++i)
        stalled.frame(request(QStringLiteral("lookup")));
    seed("stops-reading-until-dropped", stalled);

    out.dictionary(target, frameTokens());
}

} // namespace cardinal::fuzzing
