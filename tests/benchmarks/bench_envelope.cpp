// SPDX-License-Identifier: GPL-3.0-or-later
// Envelope seal/open cost against the floor set by the raw curve operations.
//
// Floor per recipient for sealing: 2 X25519 (HPKE makes a fresh ephemeral key pair and
// agrees with the recipient's key). Floor for opening: 1 X25519 + 1 Ed25519 verify.
// The raw figures come from Crypto++'s own x25519 and ed25519 classes, called directly:
// this file is the one place outside core/crypto that includes Crypto++, because
// measuring the library beneath our wrappers is its purpose.
//
// Usage: bench_envelope [--quick]. Prints figures; asserts nothing about time.
#include "crypto/random.h"
#include "protocol/envelope.h"

#include <cryptopp/osrng.h>
#include <cryptopp/xed25519.h>

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <functional>
#include <vector>

using namespace cardinal;
using namespace cardinal::crypto;
using namespace cardinal::protocol;

namespace {

QTextStream out(stdout);

// Median over `rounds` rounds of the mean time of `iterations` calls, in microseconds.
double medianMicros(int rounds, int iterations, const std::function<void()> &work)
{
    std::vector<double> samples;
    for (int r = 0; r < rounds; ++r) {
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < iterations; ++i)
            work();
        const std::chrono::duration<double, std::micro> elapsed = std::chrono::steady_clock::now() - start;
        samples.push_back(elapsed.count() / iterations);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

volatile std::uint8_t sink; // keeps results observable so the work is not optimised away

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int rounds = quick ? 3 : 9;
    const int rawIterations = quick ? 50 : 2000;

    // Raw Crypto++ operations.
    CryptoPP::AutoSeededRandomPool rng;
    CryptoPP::x25519 x25519;
    CryptoPP::byte privA[32], pubA[32], privB[32], pubB[32], shared[32];
    x25519.GenerateKeyPair(rng, privA, pubA);
    x25519.GenerateKeyPair(rng, privB, pubB);
    const double rawX25519 = medianMicros(rounds, rawIterations, [&] {
        (void)x25519.Agree(shared, privA, pubB);
        sink = shared[0];
    });
    CryptoPP::ed25519::Signer signer(rng);
    CryptoPP::ed25519::Verifier verifier(signer);
    const std::string message(1024, 'm');
    std::string signature(signer.MaxSignatureLength(), '\0');
    const double rawSign = medianMicros(rounds, rawIterations, [&] {
        signer.SignMessage(rng, reinterpret_cast<const CryptoPP::byte *>(message.data()), message.size(),
                           reinterpret_cast<CryptoPP::byte *>(signature.data()));
        sink = CryptoPP::byte(signature[0]);
    });
    const double rawVerify = medianMicros(rounds, rawIterations, [&] {
        sink = verifier.VerifyMessage(reinterpret_cast<const CryptoPP::byte *>(message.data()),
                                      message.size(),
                                      reinterpret_cast<const CryptoPP::byte *>(signature.data()),
                                      signature.size());
    });

    out << "cardinal envelope benchmark (" << (quick ? "quick" : "full") << " run, median of "
        << rounds << " rounds)\n";
    out << QStringLiteral("raw Crypto++: X25519 agree %1 us, Ed25519 sign %2 us, verify %3 us (1 KiB)\n")
               .arg(rawX25519, 0, 'f', 1).arg(rawSign, 0, 'f', 1).arg(rawVerify, 0, 'f', 1);

    const double sealFloor = 2 * rawX25519;
    const double openFloor = rawX25519 + rawVerify;
    out << QStringLiteral("floor: seal %1 us per recipient (2 X25519), open %2 us (X25519 + verify)\n")
               .arg(sealFloor, 0, 'f', 1).arg(openFloor, 0, 'f', 1);
    out << "recipients  seal_total_us  seal_us_per_recipient  seal_ratio  open_us  open_ratio  envelope_bytes\n";

    DeterministicRandom random(std::span<const std::uint8_t>{});
    const Ed25519KeyPair identity = Ed25519KeyPair::generate(random);
    const EnvelopeSender sender{CardId{}, DeviceId{}, identity};
    OutgoingMessage body;
    body.body = QByteArray(1024, 'b');
    body.sentAtMs = 1;
    for (int count : {1, 10, 100}) {
        QList<EnvelopeRecipient> recipients;
        std::vector<X25519KeyPair> keys;
        for (int i = 0; i < count; ++i) {
            keys.push_back(X25519KeyPair::generate(random));
            DeviceId id;
            random.fill(id.span());
            recipients.append({id, keys.back().publicKey()});
        }
        const int iterations = std::max(1, (quick ? 20 : 400) / count);
        QByteArray envelope;
        const double seal = medianMicros(rounds, iterations, [&] {
            envelope = sealEnvelope(sender, recipients, body, {}, systemRandom())->bytes;
        });
        const auto lookup = [&](const CardId &) { return std::optional(identity.publicKey()); };
        const EnvelopeRecipient &last = recipients.last();
        const double open = medianMicros(rounds, quick ? 20 : 400, [&] {
            auto opened = openEnvelope(envelope, last.deviceId, keys.back(), lookup);
            sink = opened ? 1 : 0;
        });
        if (!openEnvelope(envelope, last.deviceId, keys.back(), lookup)) {
            out << "error: the benchmark envelope does not open\n";
            return 1;
        }
        const double perRecipient = seal / count;
        out << QStringLiteral("%1  %2  %3  %4x  %5  %6x  %7\n")
                   .arg(count, 10)
                   .arg(seal, 13, 'f', 1)
                   .arg(perRecipient, 21, 'f', 1)
                   .arg(perRecipient / sealFloor, 9, 'f', 2)
                   .arg(open, 7, 'f', 1)
                   .arg(open / openFloor, 9, 'f', 2)
                   .arg(envelope.size(), 14);
    }
    out.flush();
    return 0;
}
