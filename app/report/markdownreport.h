#pragma once

#include "domain/simulation.h"
#include "verdicts/verdicts.h"

#include <QDateTime>
#include <QString>

namespace simwatch::report {

// The review as a Markdown document. Server text in headings and table cells is escaped; the
// review texts are kept as written (they are Markdown already) under their own headings, with
// their headings demoted below ours and an unclosed code fence closed, so they cannot swallow
// the rest of the report.
QString markdownReport(const Simulation &simulation, const QDateTime &exportedAt, const RunVerdicts &verdicts = {});

// Escapes Markdown syntax in one line of inline text (table cells also escape '|').
QString escapeInline(const QString &text);
// A review text made safe to embed under a level-3 heading.
QString containedMarkdown(const QString &text);

} // namespace simwatch::report
