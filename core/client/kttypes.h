// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a client knows and shows of the server's key-transparency log
// (docs/key-transparency.md): values, for the Messenger facade and the UIs.

#include "protocol/cardbundle.h"
#include "protocol/ktformats.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace cardinal::client {

//! Evidence that the server's key-transparency log misbehaved (docs/key-transparency.md):
//! what was found, about whom, and the signed statements that contradict each other (or
//! the log's own word against what the server served). Each is an alert until the person
//! acknowledges it.
struct KtEvidence
{
    enum class Kind : std::uint8_t {
        //! A card for one's own address that none of one's devices made.
        ForeignKey = 1,
        //! Two checkpoints of one size with different roots: the server shows different
        //! people different logs.
        SplitView = 2,
        //! A checkpoint that does not extend an older one: the log was rewritten or rolled
        //! back.
        Inconsistent = 3,
        //! A directory answer that its own proof contradicts.
        BadProof = 4,
    };

    qint64 id = 0;          //!< assigned when stored
    qint64 foundAtMs = 0;
    bool open = true;       //!< an alert until acknowledged
    Kind kind = Kind::BadProof;
    QString server;         //!< the server's address
    QString subject;        //!< the e-mail address it concerns, if one
    QString detail;         //!< what failed, in English (for logs and export)
    QList<QByteArray> statements; //!< signed checkpoints, entries, proofs, as received

    friend bool operator==(const KtEvidence &, const KtEvidence &) = default;
};

//! How far a profile has watched its own address in the log.
struct KtOwnWatch
{
    std::uint64_t version = 0;   //!< the last version of the address checked
    //! The first version holding this profile's card: later entries are judged, earlier
    //! ones (an older card of the same person, say) are history. 0 until it is found.
    std::uint64_t baseline = 0;
    qint64 checkedAtMs = 0;      //!< when the last check finished

    friend bool operator==(const KtOwnWatch &, const KtOwnWatch &) = default;
};

//! One change of an address as the log holds it, checked.
struct KtHistoryEntry
{
    std::uint64_t index = 0;                 //!< its place in the log
    protocol::kt::ChangeEntry change;
    std::optional<protocol::CardBundle> bundle; //!< the state; none once no card is left
    QByteArray entry;                        //!< as the log holds it, for evidence
    QByteArray state;
};

//! An address's history under one checkpoint.
struct KtAddressHistory
{
    QByteArray checkpoint; //!< the signed note the entries were checked against
    QList<KtHistoryEntry> entries;
};

} // namespace cardinal::client
