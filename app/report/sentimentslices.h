#pragma once

#include "domain/shares.h"
#include "domain/simulation.h"

#include <QColor>
#include <QList>
#include <QString>

// What every sentiment chart shows, whoever draws it (the window's Qt Charts pie, the PDF's
// painted one): the same slices in the same order and colours, and the same rounded shares.
namespace simwatch::report {

// The slices in chart order: clockwise from 12 o'clock, and top to bottom in a legend.
enum class SentimentSlice { Positive, Negative, Neutral };
inline constexpr int SentimentSliceCount = 3;

// {positive, negative, neutral}: the counts in chart order.
QList<int> sentimentCounts(const Sentiment &sentiment);
// The sentiment as the server spells it ("Positive", ...): the calls filter's value.
QString sentimentKey(SentimentSlice slice);
// The slice's fill colour (the legend's swatch).
QColor sentimentColor(SentimentSlice slice);

// Shares that add up to 100 (see domain/shares.h), as every chart and report rounds them.
using simwatch::largestRemainderShares;

// The geometry both pies use, as fractions of the shorter side of the pie's square: the ring's
// outer and inner diameters, and how far the slice for the active filter moves out (a fraction
// of the outer radius; only the window has a filter).
inline constexpr qreal PieSize = 0.84;
inline constexpr qreal PieHoleSize = 0.42;
inline constexpr qreal PieExplodeFactor = 0.12;

} // namespace simwatch::report
