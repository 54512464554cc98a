#include "exportpath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace simwatch {

QString askExportPath(QWidget *parent, const QString &title, const QString &baseName)
{
    const QString markdown = QCoreApplication::translate("simwatch::Export", "Markdown (*.md)");
    const QString pdf = QCoreApplication::translate("simwatch::Export", "PDF (*.pdf)");
    const QString json = QCoreApplication::translate("simwatch::Export", "JSON (*.json)");
    QString selected = pdf;
    QString base = baseName.simplified();
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(dir).filePath(base + QStringLiteral(".pdf")),
                                                QStringList{pdf, markdown, json}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return {};
    // The filter picks the format; a name without the matching extension gets it.
    const QString wanted = selected == markdown ? QStringLiteral("md") : selected == json ? QStringLiteral("json") : QStringLiteral("pdf");
    if (QFileInfo(path).suffix().toLower() != wanted)
        path += QLatin1Char('.') + wanted;
    return path;
}

} // namespace simwatch
