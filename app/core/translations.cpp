#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace simwatch {

QLocale localeOfLanguage(const QString &language)
{
    if (language == QLatin1String("en"))
        return QLocale(QStringLiteral("en_US"));
    if (language == QLatin1String("de"))
        return QLocale(QStringLiteral("de_DE"));
    if (language == QLatin1String("hi"))
        return QLocale(QStringLiteral("hi_IN"));
    return QLocale::system();
}

Translations::Translations(const QLocale &locale, const QString &directory)
{
    const QString prefix = QStringLiteral("_");
    if (m_qt.load(locale, QStringLiteral("qtbase"), prefix, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || m_qt.load(locale, QStringLiteral("qtbase"), prefix, directory))
        QCoreApplication::installTranslator(&m_qt);
    m_hasLanguage = m_own.load(locale, QStringLiteral("simwatch"), prefix, directory);
    if (m_hasLanguage || m_own.load(QStringLiteral("simwatch_en"), directory))
        QCoreApplication::installTranslator(&m_own);
}

Translations::~Translations()
{
    QCoreApplication::removeTranslator(&m_own);
    QCoreApplication::removeTranslator(&m_qt);
}

} // namespace simwatch
