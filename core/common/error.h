// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cardinal {

//! What went wrong, as a value the caller can switch on. Every fallible core function
//! reports one of these; the UI maps codes to words, `detail` adds context for logs and
//! the CLI. Details never contain secrets, plaintext or key material.
enum class ErrorCode {
    InvalidArgument,    //!< the caller passed something the function cannot use
    MalformedInput,     //!< bytes from outside do not decode: wrong structure, trailing data
    TooLarge,           //!< an input exceeds a named bound (size or count)
    UnsupportedVersion, //!< a version or algorithm id we do not implement
    BadSignature,       //!< a signature does not verify
    DecryptionFailed,   //!< authenticated decryption failed: wrong key or altered data
    NotARecipient,      //!< an envelope names no device of ours
    UnknownSender,      //!< a signed message's sender has no known identity key
    WeakKey,            //!< a key agreement produced the all-zero secret (low-order point)
    WrongPassphrase,    //!< the passphrase does not unlock the keystore
    CorruptFile,        //!< a file of ours is damaged or not what it claims to be
    IoError,            //!< reading or writing a file failed
    CryptoFailure,      //!< the crypto library failed unexpectedly
    // Server outcomes; the channel server maps each one-to-one onto a wire error.
    Forbidden,          //!< authenticated, but not allowed to do this
    NotFound,           //!< no such card, device, channel or backup
    Conflict,           //!< the thing exists already (e.g. a device id)
    RateLimited,        //!< too many requests; the detail says when to retry
    LimitReached,       //!< a quota is full (e.g. a recipient's queue)
    InvalidCode,        //!< a wrong identity code; attempts remain (the detail says how many)
    CodeExpired,        //!< no valid identity code: expired, used up, or never sent
    InvalidToken,       //!< a validation token is bad, expired, for another purpose or used
    ServerFailed,       //!< the server answered that it failed itself (internal error): not
                        //!< the request's fault, worth trying again later
    // Reaching the server; the client's own outcomes, never sent on the wire.
    Unreachable,        //!< no answer from the server: timed out, or the link dropped
    ConnectionRefused,  //!< the server's machine refused the connection: nothing listens there
    HostNotFound,       //!< the server's name does not resolve to an address
    NotAServer,         //!< something answered, but it is not a Cardinal server
    TlsFailed,          //!< the secure link failed: e.g. a certificate this machine does not trust
    // A message's fate, for a caller that waited for it (the CLI's send); never on the wire.
    NotSent,            //!< a message did not go out: held until the user decides, or given
                        //!< up. Why is the message's FailureReason, not a code
    // Key transparency (docs/key-transparency.md); the client's own, never on the wire.
    ProofFailed,        //!< the directory's log does not prove what the server claims: a
                        //!< proof leads elsewhere, or two of its statements contradict
};

//! Whether `code` says that the server could not be reached (or the link to it broke), as
//! opposed to the server answering with a refusal: worth retrying once the link is back.
[[nodiscard]] constexpr bool isNetworkFailure(ErrorCode code)
{
    return code == ErrorCode::Unreachable || code == ErrorCode::ConnectionRefused ||
           code == ErrorCode::HostNotFound || code == ErrorCode::NotAServer ||
           code == ErrorCode::TlsFailed;
}

//! A failure: the code to act on and a human-readable detail.
struct Error
{
    ErrorCode code;
    QString detail;

    //! A one-line English description: the code's meaning, then the detail if any.
    [[nodiscard]] QString message() const;
};

//! Short English name of a code ("malformed input"), for logs and the CLI.
[[nodiscard]] QString errorCodeName(ErrorCode code);

} // namespace cardinal
