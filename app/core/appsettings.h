#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QSettings;

namespace simwatch {

// Connection settings of the app: remembered in QSettings, except the API key, which lives
// only in memory here (SecretStore decides where, if anywhere, it is persisted).
class AppSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalSeconds = 3;
    static constexpr int DefaultHungAfterMinutes = 10;
    static constexpr int DefaultHistoryRuns = 500;
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://backend.omnidim.io/api/v1")); }

    explicit AppSettings(QObject *parent = nullptr);

    void load(QSettings &settings);
    void save(QSettings &settings) const;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);
    QString apiKey() const { return m_apiKey; }
    void setApiKey(const QString &key);
    int intervalSeconds() const { return m_intervalSeconds; }
    void setIntervalSeconds(int seconds);
    // Where the key is kept (SecretStore::describe()), shown in the settings dialog.
    QString keyStorageNote() const { return m_keyStorageNote; }
    void setKeyStorageNote(const QString &note) { m_keyStorageNote = note; }
    // The user's explicit choice to keep the key unencrypted in the settings file.
    bool keyInPlainText() const { return m_keyInPlainText; }
    void setKeyInPlainText(bool enabled);
    // A running simulation without progress for this long is flagged as possibly stuck.
    int hungAfterMinutes() const { return m_hungAfterMinutes; }
    void setHungAfterMinutes(int minutes);
    // How many runs the local history keeps (those fetched longest ago go first).
    int historyRuns() const { return m_historyRuns; }
    void setHistoryRuns(int runs);
    // The user interface language: "" follows the system, else one of supportedLanguages()
    // ("en", "de", "hi"). Read at start-up (storedLanguage()), so a change applies on restart.
    static QStringList supportedLanguages();
    static QString storedLanguage(QSettings &settings);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // Which run events become desktop notifications: RunEvents::Kinds as an int (default: a run
    // ended or was stopped).
    static constexpr int DefaultNotifyKinds = 0x3;
    // The look: "system", "light" or "dark" (applied at the next start).
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    int notifyKinds() const { return m_notifyKinds; }
    void setNotifyKinds(int kinds);
    QList<int> simulationIds() const { return m_simulationIds; }
    void setSimulationIds(const QList<int> &ids) { m_simulationIds = ids; }
    // Run again's pairs: a new run and the run it repeats, which Compare With shows as "before".
    // Not a setting the user edits, so no changed(); Session::pairRuns() saves it.
    int pairedBefore(int after) const { return m_pairedBefore.value(after, -1); }
    void setPairedBefore(int after, int before);

Q_SIGNALS:
    void changed();

private:
    QUrl m_baseUrl = defaultBaseUrl();
    QString m_apiKey;
    int m_intervalSeconds = DefaultIntervalSeconds;
    int m_hungAfterMinutes = DefaultHungAfterMinutes;
    int m_historyRuns = DefaultHistoryRuns;
    int m_notifyKinds = DefaultNotifyKinds;
    QString m_theme = QStringLiteral("system");
    QList<int> m_simulationIds;
    QMap<int, int> m_pairedBefore; // after -> before
    QString m_keyStorageNote;
    bool m_keyInPlainText = false;
    QString m_language; // "" = system default
};

} // namespace simwatch
