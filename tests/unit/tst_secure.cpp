// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the secret-handling building blocks in core/crypto: SecureBuffer, FixedBytes and
// SecretBytes, constantTimeEqual (secure.h), and the random sources (random.h):
// DeterministicRandom's reproducible stream and the system generator.
// Shared helpers (flipBit, secret, fixed, ...) come from ../common/testdata.h.

#include "../common/testdata.h"

#include "crypto/keys.h"
#include "crypto/random.h"
#include "crypto/secure.h"

#include <QTest>

#include <cstdint>
#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;
using namespace cardinal;
using namespace cardinal::crypto;
using namespace cardinal::testdata;

class TestSecure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Buffers and helpers
    void secureBufferSemantics();
    void fixedAndSecretBytes();
    void constantTimeEqualCases();

    // Randomness
    void deterministicRandomReproducible();
    void systemRandomProducesDistinctOutput();
};

// ---------------------------------------------------------------------------------------------
// Buffers

void TestSecure::secureBufferSemantics()
{
    static_assert(!std::is_copy_constructible_v<SecureBuffer>);
    static_assert(!std::is_copy_assignable_v<SecureBuffer>);
    static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);
    static_assert(std::is_nothrow_move_assignable_v<SecureBuffer>);

    const SecureBuffer empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.size(), std::size_t(0));
    QVERIFY(empty.toByteArray().isEmpty());

    const SecureBuffer zeros(std::size_t(5));
    QCOMPARE(zeros.toByteArray(), QByteArray(5, '\0'));

    const QByteArray content = "secret content";
    SecureBuffer original = SecureBuffer::fromByteArray(content);
    QCOMPARE(original.size(), std::size_t(content.size()));
    QCOMPARE(original.toByteArray(), content);

    // copy() is deep: changing the copy leaves the original alone.
    SecureBuffer duplicate = original.copy();
    QVERIFY(duplicate == original);
    QVERIFY(duplicate.data() != original.data());
    duplicate.data()[0] = 'S';
    QVERIFY(!(duplicate == original));
    QCOMPARE(original.toByteArray(), content);

    // Moving transfers the storage and leaves the source empty.
    const std::uint8_t *storage = original.data();
    SecureBuffer moved(std::move(original));
    QCOMPARE(moved.data(), storage);
    QCOMPARE(moved.toByteArray(), content);
    QVERIFY(original.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state
    QCOMPARE(original.data(), static_cast<std::uint8_t *>(nullptr));

    SecureBuffer target = SecureBuffer::fromByteArray("to be replaced");
    target = std::move(moved);
    QCOMPARE(target.data(), storage);
    QCOMPARE(target.toByteArray(), content);
    QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)

    // Self-move-assignment keeps the content.
    SecureBuffer &alias = target;
    target = std::move(alias);
    QCOMPARE(target.toByteArray(), content);

    // A moved-from buffer is reusable.
    original = SecureBuffer::fromByteArray("again");
    QCOMPARE(original.toByteArray(), QByteArray("again"));

    // Text is copied as UTF-8.
    const SecureBuffer text = SecureBuffer::fromUtf8(u"pässwörd"_s);
    QCOMPARE(text.toByteArray(), QByteArray("p\xc3\xa4ssw\xc3\xb6rd"));

    // Equality compares content and length.
    QVERIFY(SecureBuffer::fromByteArray("abc") == SecureBuffer::fromByteArray("abc"));
    QVERIFY(!(SecureBuffer::fromByteArray("abc") == SecureBuffer::fromByteArray("abd")));
    QVERIFY(!(SecureBuffer::fromByteArray("abc") == SecureBuffer::fromByteArray("abcd")));
    QVERIFY(SecureBuffer() == SecureBuffer::fromByteArray(""));
}

void TestSecure::fixedAndSecretBytes()
{
    const QByteArray bytes32(32, '\x07');
    QVERIFY(X25519PublicKey::fromBytes(bytes32));
    QVERIFY(!X25519PublicKey::fromBytes(bytes32.first(31)));
    QVERIFY(!X25519PublicKey::fromBytes(appended(bytes32, '\0')));
    QVERIFY(!X25519PublicKey::fromBytes({}));
    QCOMPARE(X25519PublicKey::fromBytes(bytes32)->toByteArray(), bytes32);

    QVERIFY((SecretBytes<32>::fromBytes(asBytes(bytes32))));
    QVERIFY(!(SecretBytes<32>::fromBytes(asBytes(bytes32.first(31)))));
    QVERIFY(!(SecretBytes<32>::fromBytes(asBytes(appended(bytes32, '\0')))));
    QVERIFY(!(SecretBytes<32>::fromBytes({})));

    const auto a = secret<32>(bytes32);
    auto b = a;
    QVERIFY(a == b);
    b.data()[31] ^= 1;
    QVERIFY(!(a == b));
    QCOMPARE(bytesOf(a), bytes32);
    QCOMPARE(bytesOf(SecretBytes<4>()), QByteArray(4, '\0'));

    // Typed values: a changed byte makes a different key.
    const auto key = fixed<Ed25519PublicKey>(bytes32);
    QCOMPARE(key, fixed<Ed25519PublicKey>(bytes32));
    QVERIFY(key != fixed<Ed25519PublicKey>(flipBit(bytes32, 0)));
}

void TestSecure::constantTimeEqualCases()
{
    const auto eq = [](const QByteArray &x, const QByteArray &y) {
        return constantTimeEqual(asBytes(x), asBytes(y));
    };
    const QByteArray a = "0123456789abcdef0123456789abcdef";
    QVERIFY(eq(a, a));
    QVERIFY(eq(a, QByteArray(a.constData(), a.size()))); // another buffer, same content
    QVERIFY(eq({}, {}));
    QVERIFY(!eq(a, flipBit(a, 0)));
    QVERIFY(!eq(a, flipBit(a, a.size() - 1, 7)));
    QVERIFY(!eq(a, flipBit(a, 16, 3)));
    QVERIFY(!eq(a, a.chopped(1)));
    QVERIFY(!eq(a.chopped(1), a));
    QVERIFY(!eq(a, {}));
    QVERIFY(!eq({}, a));
    QVERIFY(!eq(QByteArray(1, '\0'), {}));
}

// ---------------------------------------------------------------------------------------------
// Randomness

namespace {
QByteArray draw(RandomSource &random, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    random.fill({reinterpret_cast<std::uint8_t *>(out.data()), std::size_t(size)});
    return out;
}
} // namespace

void TestSecure::deterministicRandomReproducible()
{
    const QByteArray seedA = "seed A";
    const QByteArray seedB = "seed B";

    DeterministicRandom first(asBytes(seedA));
    DeterministicRandom second(asBytes(seedA));
    const QByteArray streamA = draw(first, 1000);
    QCOMPARE(draw(second, 1000), streamA);
    QVERIFY(streamA != QByteArray(1000, '\0'));

    // The stream continues: later draws differ from earlier ones and agree across instances.
    const QByteArray nextA = draw(first, 64);
    QCOMPARE(draw(second, 64), nextA);
    QVERIFY(nextA != streamA.first(64));

    // How the stream is cut into fill() calls does not change it.
    DeterministicRandom chunked(asBytes(seedA));
    QByteArray pieces;
    for (qsizetype size : {1, 7, 32, 63, 64, 65, 768})
        pieces += draw(chunked, size);
    QCOMPARE(pieces.toHex(), streamA.toHex());

    // Another seed, even one bit away, gives another stream.
    DeterministicRandom other(asBytes(seedB));
    QVERIFY(draw(other, 1000) != streamA);
    DeterministicRandom empty(std::span<const std::uint8_t>{});
    QVERIFY(draw(empty, 64) != streamA.first(64));

    // Keys from the same seed are the same keys.
    DeterministicRandom keysA(asBytes(seedA));
    DeterministicRandom keysB(asBytes(seedA));
    QCOMPARE(Ed25519KeyPair::generate(keysA).publicKey(),
             Ed25519KeyPair::generate(keysB).publicKey());
    QCOMPARE(X25519KeyPair::generate(keysA).publicKey(),
             X25519KeyPair::generate(keysB).publicKey());

    // fill() of nothing is harmless.
    DeterministicRandom nothing(asBytes(seedA));
    nothing.fill({});
    QCOMPARE(draw(nothing, 1000), streamA);
}

void TestSecure::systemRandomProducesDistinctOutput()
{
    const QByteArray a = draw(systemRandom(), 32);
    const QByteArray b = draw(systemRandom(), 32);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
    QVERIFY(b != QByteArray(32, '\0'));
}

QTEST_GUILESS_MAIN(TestSecure)
#include "tst_secure.moc"
