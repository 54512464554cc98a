#include "domain/shares.h"

#include <algorithm>
#include <numeric>

namespace simwatch {

QList<int> largestRemainderShares(const QList<int> &counts, int whole)
{
    QList<qint64> values;
    values.reserve(counts.size());
    for (int count : counts)
        values.append(qMax(0, count));
    const qint64 total = std::accumulate(values.cbegin(), values.cend(), qint64(0));
    QList<int> shares(counts.size(), 0);
    if (total <= 0 || whole <= 0)
        return shares;
    // Exact arithmetic: share = value * whole / total, remainder = value * whole % total.
    QList<qint64> remainders(counts.size(), 0);
    qint64 missing = whole;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qint64 scaled = values.at(i) * whole;
        shares[i] = int(scaled / total);
        remainders[i] = scaled % total;
        missing -= shares.at(i);
    }
    QList<qsizetype> order(counts.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&remainders](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    // Fewer units are missing than there are items with a remainder, so this never wraps.
    for (qsizetype i = 0; i < order.size() && missing > 0; ++i, --missing)
        ++shares[order.at(i)];
    return shares;
}

} // namespace simwatch
