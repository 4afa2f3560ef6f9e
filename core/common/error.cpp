// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace cardinal {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid argument");
    case ErrorCode::MalformedInput: return QStringLiteral("malformed input");
    case ErrorCode::TooLarge: return QStringLiteral("input too large");
    case ErrorCode::UnsupportedVersion: return QStringLiteral("unsupported version");
    case ErrorCode::BadSignature: return QStringLiteral("bad signature");
    case ErrorCode::DecryptionFailed: return QStringLiteral("decryption failed");
    case ErrorCode::NotARecipient: return QStringLiteral("not a recipient");
    case ErrorCode::UnknownSender: return QStringLiteral("unknown sender");
    case ErrorCode::WeakKey: return QStringLiteral("weak key");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong passphrase");
    case ErrorCode::CorruptFile: return QStringLiteral("corrupt file");
    case ErrorCode::IoError: return QStringLiteral("I/O error");
    case ErrorCode::CryptoFailure: return QStringLiteral("crypto failure");
    case ErrorCode::Forbidden: return QStringLiteral("forbidden");
    case ErrorCode::NotFound: return QStringLiteral("not found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::RateLimited: return QStringLiteral("rate limited");
    case ErrorCode::LimitReached: return QStringLiteral("limit reached");
    case ErrorCode::InvalidCode: return QStringLiteral("invalid code");
    case ErrorCode::CodeExpired: return QStringLiteral("code expired");
    case ErrorCode::InvalidToken: return QStringLiteral("invalid token");
    case ErrorCode::Unreachable: return QStringLiteral("server unreachable");
    case ErrorCode::ConnectionRefused: return QStringLiteral("connection refused");
    case ErrorCode::HostNotFound: return QStringLiteral("host not found");
    case ErrorCode::NotAServer: return QStringLiteral("not a Cardinal server");
    case ErrorCode::TlsFailed: return QStringLiteral("secure connection failed");
    case ErrorCode::ServerFailed: return QStringLiteral("server failed");
    case ErrorCode::NotSent: return QStringLiteral("not sent");
    case ErrorCode::ProofFailed: return QStringLiteral("transparency proof failed");
    }
    return QStringLiteral("unknown error");
}

QString Error::message() const
{
    return detail.isEmpty() ? errorCodeName(code) : errorCodeName(code) + QStringLiteral(": ") + detail;
}

} // namespace cardinal
