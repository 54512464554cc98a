#pragma once

#include <QString>

class QWidget;

namespace simwatch {

// Asks where to save an export (PDF, Markdown or JSON, PDF first) in the Documents folder, with
// `baseName` made safe for a file name. The chosen filter's extension is added when the name
// lacks it. Empty when cancelled.
QString askExportPath(QWidget *parent, const QString &title, const QString &baseName);

} // namespace simwatch
