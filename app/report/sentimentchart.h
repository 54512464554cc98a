#pragma once

#include "domain/simulation.h"

#include <QImage>
#include <QSize>

namespace simwatch::report {

// The sentiment ring with a legend ("Positive 5 (63%)"), drawn with QPainter for the PDF. It
// looks like the window's Qt Charts pie: the slices, order, colours, geometry and shares of
// sentimentslices.h. With no finished call it is a line of text, as in the window.
// `size` is in pixels; fonts scale with it so the image can be drawn at print resolution.
QImage sentimentChart(const Sentiment &sentiment, QSize size);

// The legend text of one slice, as the window's legend has it: "Positive 5 (63%)".
QString sentimentLegendText(const QString &name, int count, int share);

} // namespace simwatch::report
