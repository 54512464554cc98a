#include "domain/numbertext.h"

#include <QCoreApplication>
#include <QLocale>

namespace simwatch {

QString numberText(qint64 value)
{
    return QLocale().toString(value);
}

QString percentPattern()
{
    //: A share or progress in percent; German writes a space before the sign ("42 %").
    return QCoreApplication::translate("simwatch::NumberText", "%1%");
}

QString percentText(int value)
{
    return percentPattern().arg(numberText(value));
}

QString changeText(qint64 delta, QChar minus)
{
    if (delta == 0)
        return QStringLiteral("\u00B1") + numberText(0);
    return (delta > 0 ? QStringLiteral("+") : QString(minus)) + numberText(qAbs(delta));
}

} // namespace simwatch
