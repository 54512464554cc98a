#pragma once

#include "domain/simulation.h"
#include "reportformat.h"

#include <QString>

#include <functional>

class QTextDocument;

namespace simwatch::report {

// Builds the report document (no HTML from the server: text goes in through QTextCursor, the
// review texts through setMarkdown with HTML disabled). `dpi` is the resolution of the device
// it will be laid out for; `bodyWidth` in those pixels sizes the chart.
void buildReportDocument(QTextDocument *document, const Simulation &simulation, const Options &options,
                         int dpi, qreal bodyWidth);

// Builds a document for a device of `dpi` whose body is `bodyWidth` pixels wide.
using DocumentBuilder = std::function<void(QTextDocument *document, int dpi, qreal bodyWidth)>;

// Lays out what `build` puts in a document (which never loads a resource by itself) on A4/Letter
// pages with margins, `title` and the export time in the header and "Page N of M" in the footer.
// Returns "" on success, else a human message.
QString writePagedPdf(const QString &path, const QString &title, const Options &options, const DocumentBuilder &build);

// Lays the document out on A4/Letter pages with margins, a header ("SimWatch review — name") and
// a footer ("Page N of M") on every page. Returns "" on success, else a human message.
QString writePdfReport(const Simulation &simulation, const QString &path, const Options &options);

} // namespace simwatch::report
