#include "appsettings.h"

#include "settingscheck.h"

#include <QSettings>

namespace simwatch {

namespace {

const QString BaseUrlKey = QStringLiteral("connection/baseUrl");
const QString IntervalKey = QStringLiteral("connection/intervalSeconds");
const QString SimulationsKey = QStringLiteral("watch/simulations");
const QString PlainTextChoiceKey = QStringLiteral("connection/keyInPlainText");
const QString HungAfterKey = QStringLiteral("watch/hungAfterMinutes");
const QString NotifyKindsKey = QStringLiteral("notify/kinds");
const QString ThemeKey = QStringLiteral("appearance/theme");
const QString HistoryRunsKey = QStringLiteral("history/runs");
const QString LanguageKey = QStringLiteral("ui/language");
const QString PairedRunsKey = QStringLiteral("compare/runAgainPairs"); // "after:before" items
constexpr int MaxHistoryRuns = 100000;
constexpr int MaxPairedRuns = 1000; // the oldest (lowest ids) go first

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

void AppSettings::load(QSettings &settings)
{
    const QUrl url(settings.value(BaseUrlKey).toString());
    if (url.isValid() && SettingsCheck::baseUrl(url, true).isEmpty())
        m_baseUrl = url;
    const int interval = settings.value(IntervalKey, DefaultIntervalSeconds).toInt();
    if (SettingsCheck::interval(interval).isEmpty())
        m_intervalSeconds = interval;
    m_keyInPlainText = settings.value(PlainTextChoiceKey, false).toBool();
    m_hungAfterMinutes = qBound(1, settings.value(HungAfterKey, DefaultHungAfterMinutes).toInt(), 24 * 60);
    m_historyRuns = qBound(1, settings.value(HistoryRunsKey, DefaultHistoryRuns).toInt(), MaxHistoryRuns);
    m_language = storedLanguage(settings);
    m_notifyKinds = settings.value(NotifyKindsKey, DefaultNotifyKinds).toInt() & 0xF;
    setTheme(settings.value(ThemeKey).toString());
    m_simulationIds.clear();
    const QStringList ids = settings.value(SimulationsKey).toStringList();
    for (const QString &text : ids) {
        bool ok = false;
        const int id = text.toInt(&ok);
        if (ok && id > 0 && !m_simulationIds.contains(id))
            m_simulationIds.append(id);
    }
    m_pairedBefore.clear();
    const QStringList pairs = settings.value(PairedRunsKey).toStringList();
    for (const QString &pair : pairs) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        bool okAfter = false, okBefore = false;
        const int after = pair.left(colon).toInt(&okAfter);
        const int before = pair.mid(colon + 1).toInt(&okBefore);
        if (colon > 0 && okAfter && okBefore)
            setPairedBefore(after, before);
    }
}

void AppSettings::save(QSettings &settings) const
{
    // The API key is deliberately absent: it never goes to the settings file in plain text.
    settings.setValue(BaseUrlKey, m_baseUrl.toString());
    settings.setValue(IntervalKey, m_intervalSeconds);
    settings.setValue(PlainTextChoiceKey, m_keyInPlainText);
    settings.setValue(HungAfterKey, m_hungAfterMinutes);
    settings.setValue(HistoryRunsKey, m_historyRuns);
    if (m_language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, m_language);
    settings.setValue(NotifyKindsKey, m_notifyKinds);
    settings.setValue(ThemeKey, m_theme);
    QStringList ids;
    for (int id : m_simulationIds)
        ids.append(QString::number(id));
    settings.setValue(SimulationsKey, ids);
    QStringList pairs;
    for (auto it = m_pairedBefore.cbegin(); it != m_pairedBefore.cend(); ++it)
        pairs.append(QStringLiteral("%1:%2").arg(it.key()).arg(it.value()));
    settings.setValue(PairedRunsKey, pairs);
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("hi")};
}

QString AppSettings::storedLanguage(QSettings &settings)
{
    const QString language = settings.value(LanguageKey).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString valid = supportedLanguages().contains(language) ? language : QString();
    if (valid == m_language)
        return;
    m_language = valid;
    emit changed();
}

void AppSettings::setPairedBefore(int after, int before)
{
    if (after <= 0 || before <= 0 || after == before)
        return;
    m_pairedBefore.insert(after, before);
    while (m_pairedBefore.size() > MaxPairedRuns)
        m_pairedBefore.erase(m_pairedBefore.begin());
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    emit changed();
}

void AppSettings::setApiKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed == m_apiKey)
        return;
    m_apiKey = trimmed;
    emit changed();
}

void AppSettings::setHistoryRuns(int runs)
{
    runs = qBound(1, runs, MaxHistoryRuns);
    if (runs == m_historyRuns)
        return;
    m_historyRuns = runs;
    emit changed();
}

void AppSettings::setTheme(const QString &theme)
{
    const QString known = theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QStringLiteral("system");
    if (known == m_theme)
        return;
    m_theme = known;
    emit changed();
}

void AppSettings::setNotifyKinds(int kinds)
{
    kinds &= 0xF;
    if (kinds == m_notifyKinds)
        return;
    m_notifyKinds = kinds;
    emit changed();
}

void AppSettings::setHungAfterMinutes(int minutes)
{
    minutes = qBound(1, minutes, 24 * 60);
    if (minutes == m_hungAfterMinutes)
        return;
    m_hungAfterMinutes = minutes;
    emit changed();
}

void AppSettings::setKeyInPlainText(bool enabled)
{
    if (enabled == m_keyInPlainText)
        return;
    m_keyInPlainText = enabled;
    emit changed();
}

void AppSettings::setIntervalSeconds(int seconds)
{
    if (seconds == m_intervalSeconds)
        return;
    m_intervalSeconds = seconds;
    emit changed();
}

} // namespace simwatch
