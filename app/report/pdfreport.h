#pragma once

#include "domain/simulation.h"
#include "reportformat.h"

#include <QString>

class QTextDocument;

namespace simwatch::report {

// Builds the report document (no HTML from the server: text goes in through QTextCursor, the
// review texts through setMarkdown with HTML disabled). `dpi` is the resolution of the device
// it will be laid out for; `bodyWidth` in those pixels sizes the chart.
void buildReportDocument(QTextDocument *document, const Simulation &simulation, const Options &options,
                         int dpi, qreal bodyWidth);

// Lays the document out on A4/Letter pages with margins, a header ("SimWatch review — name") and
// a footer ("Page N of M") on every page. Returns "" on success, else a human message.
QString writePdfReport(const Simulation &simulation, const QString &path, const Options &options);

} // namespace simwatch::report
