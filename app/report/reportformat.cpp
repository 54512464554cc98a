#include "reportformat.h"

#include "jsonreport.h"
#include "markdownreport.h"
#include "pdfreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace simwatch::report {

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    // QSaveFile: a failed export never leaves a half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("simwatch::report", "Could not write \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

std::optional<Format> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"json")
        return Format::Json;
    return std::nullopt;
}

QPageSize::PageSizeId defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QString writeReport(const Simulation &simulation, Format format, const QString &path, const Options &options)
{
    switch (format) {
    case Format::Markdown:
        return writeBytes(path, markdownReport(simulation, options.exportedAt, options.verdicts).toUtf8());
    case Format::Json:
        return writeBytes(path, QJsonDocument(jsonReport(simulation, options.exportedAt, options.verdicts)).toJson(QJsonDocument::Indented));
    case Format::Pdf:
        return writePdfReport(simulation, path, options);
    }
    return QCoreApplication::translate("simwatch::report", "Unknown report format.");
}

} // namespace simwatch::report
