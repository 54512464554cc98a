#pragma once

#include "domain/simulation.h"
#include "verdicts/verdicts.h"

#include <QDateTime>
#include <QPageSize>
#include <QString>

#include <optional>

namespace simwatch::report {

enum class Format { Markdown, Pdf, Json };

struct Options
{
    QDateTime exportedAt;                    // UTC; stamped into every format
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    RunVerdicts verdicts;                    // the reviewer's verdicts and notes, in every format
};

// The format a file name asks for (.md/.markdown, .pdf, .json, case-insensitive); empty otherwise.
std::optional<Format> formatForPath(const QString &path);
// A4, or Letter where the locale measures in inches (US and a few others).
QPageSize::PageSizeId defaultPageSize();

// Writes `bytes` to `path` through QSaveFile (a failed export leaves no half-written file).
// Returns "" on success, else a human message naming the file.
QString writeBytes(const QString &path, const QByteArray &bytes);

// Writes the review of `simulation` to `path` in `format`. Returns an empty string on success,
// else a human message (file errors name the file, never a raw system dump).
QString writeReport(const Simulation &simulation, Format format, const QString &path, const Options &options);

} // namespace simwatch::report
