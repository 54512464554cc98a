#pragma once

#include "compare/comparison.h"
#include "reportformat.h"

#include <QString>

// The comparison of two runs as documents: Markdown, HTML (the window's view and the PDF's
// content) and the three export formats. Server text goes in escaped, with hidden characters
// shown; no images and no links come from it.
namespace simwatch::report {

QString comparisonTitle(const compare::Comparison &comparison);
QString comparisonMarkdown(const compare::Comparison &comparison, const QDateTime &exportedAt);
QString comparisonHtml(const compare::Comparison &comparison);
// By format (.md, .pdf, .json). Returns "" on success, else a human message.
QString writeComparison(const compare::Comparison &comparison, Format format, const QString &path, const Options &options);

} // namespace simwatch::report
