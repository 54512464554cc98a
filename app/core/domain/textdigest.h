#pragma once

#include <QByteArrayView>
#include <QHashFunctions>

namespace simwatch {

// Stands for a text (a reply body, a record of a list page) so that an unchanged one can be
// recognised without keeping a copy: two 64-bit hashes with independent per-process random seeds,
// and the size. A false "unchanged" is a 2^-128 event; comparing costs one hashing of the new text.
struct TextDigest
{
    qsizetype size = -1;
    size_t hash1 = 0;
    size_t hash2 = 0;

    static TextDigest of(QByteArrayView text)
    {
        const size_t seed = QHashSeed::globalSeed();
        return {text.size(), qHash(text, seed ^ 0x9e3779b97f4a7c15ULL), qHash(text, seed ^ 0xc2b2ae3d27d4eb4fULL)};
    }
    friend bool operator==(const TextDigest &, const TextDigest &) = default;
    friend size_t qHash(const TextDigest &digest, size_t seed = 0) noexcept { return digest.hash1 ^ seed; }
};

} // namespace simwatch
