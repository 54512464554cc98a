#pragma once

#include <QList>

namespace simwatch {

// Whole-number shares of `counts` that add up to `whole` exactly (the largest-remainder method):
// each share is its exact value rounded down, and the units still missing go one each to the
// largest remainders, ties to the earlier item. Negative counts count as zero; all shares are
// zero when the counts add up to zero. {2, 1, 0} -> {67, 33, 0}; {1, 1, 1} -> {34, 33, 33}.
QList<int> largestRemainderShares(const QList<int> &counts, int whole = 100);

} // namespace simwatch
