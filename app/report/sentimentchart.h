#pragma once

#include "domain/simulation.h"

#include <QImage>
#include <QSize>

namespace simwatch::report {

// The sentiment pie with a legend (counts and percentages), drawn with QPainter for the PDF.
// `size` is in pixels; fonts scale with it so the image can be drawn at print resolution.
QImage sentimentChart(const Sentiment &sentiment, QSize size);

} // namespace simwatch::report
