#pragma once

#include <QLocale>
#include <QTranslator>

namespace simwatch {

// The locale of a language of Settings ("en", "de", "hi"); the system's for none ("").
QLocale localeOfLanguage(const QString &language);

// SimWatch's strings and Qt's own (standard buttons, shortcuts) in the language of `locale`,
// installed on the application while this object lives. Qt's come from Qt's translations folder,
// else from `directory` (Hindi: SimWatch's qtbase_hi, as Qt ships none); SimWatch's from
// `directory`, English where the language has none. The app and the tests share this, so that the
// tests see the strings users see.
class Translations
{
public:
    Translations(const QLocale &locale, const QString &directory);
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // SimWatch's own strings were found for the language itself (not English instead).
    bool hasLanguage() const { return m_hasLanguage; }

private:
    QTranslator m_qt;
    QTranslator m_own;
    bool m_hasLanguage = false;
};

} // namespace simwatch
