#include "sentimentslices.h"

#include <algorithm>
#include <numeric>

namespace simwatch::report {

QList<int> sentimentCounts(const Sentiment &sentiment)
{
    return {sentiment.positive, sentiment.negative, sentiment.neutral};
}

QString sentimentKey(SentimentSlice slice)
{
    switch (slice) {
    case SentimentSlice::Positive:
        return QStringLiteral("Positive");
    case SentimentSlice::Negative:
        return QStringLiteral("Negative");
    case SentimentSlice::Neutral:
        break;
    }
    return QStringLiteral("Neutral");
}

QColor sentimentColor(SentimentSlice slice)
{
    switch (slice) {
    case SentimentSlice::Positive:
        return QColor(0x3E, 0x9B, 0x5C);
    case SentimentSlice::Negative:
        return QColor(0xD2, 0x4F, 0x45);
    case SentimentSlice::Neutral:
        break;
    }
    return QColor(0x7F, 0x88, 0x94); // 3.6:1 on white: a slice stands out from the page
}

} // namespace simwatch::report
