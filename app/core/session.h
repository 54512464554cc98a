#pragma once

#include "api/apiclient.h"
#include "appsettings.h"
#include "history/history.h"
#include "notify/runevents.h"
#include "secretstore.h"
#include "store/simulationstore.h"
#include "verdicts/verdictstore.h"
#include "watch/simulationlist.h"
#include "watch/watcher.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace simwatch {

// The composition root of a run of SimWatch (window or headless): owns the network, the API
// client, the store, the watcher, the settings and the secret store, and is the one place that
// keeps them consistent: settings pushed to the client and the watcher, the watch list kept in
// the settings, changed settings saved and the key handed to the secret store.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    QNetworkAccessManager &network() { return m_network; }
    ApiClient &client() { return m_client; }
    SimulationStore &store() { return m_store; }
    const SimulationStore &store() const { return m_store; }
    Watcher &watcher() { return m_watcher; }
    // The account's simulations, page by page (the browser); follows a change of server or key.
    SimulationList &simulationList() { return m_simulationList; }
    AppSettings &settings() { return m_settings; }
    SecretStore &secrets() { return m_secrets; }

    // Pushes the settings (address, key, interval) to the client and the watcher.
    void applySettings();
    // Persistent (the user's own account): the watch list and changed settings are saved to
    // QSettings and a new key to the secret store. Off for the demo server and headless runs.
    void setPersistent(bool persistent) { m_persistent = persistent; }
    bool isPersistent() const { return m_persistent; }

    void watch(int id);
    void unwatch(int id);
    // Watches a run again that was just unwatched, at `position` in the list, showing at once what
    // was known of it (marked as from the history until the server answers), then fetching it.
    void rewatch(const SimulationStore::Entry &removed, int position);
    // `after` was made by Run again from `before`: Compare With offers `before` first for it.
    // Remembered with the watch list.
    void pairRuns(int after, int before);
    int pairedBefore(int after) const { return m_settings.pairedBefore(after); } // -1: none
    void refresh(int id);
    // Fetches again what a rejected key or a missing permission stopped.
    void retryPermanentFailures();

    // The API key from OMNIDIM_API_KEY or, without it, from the secret store for the configured
    // address, read asynchronously; apiKeyLoaded() follows in every case (empty key: none found).
    void loadApiKey();

    // The local history of the runs watched on the configured server, one file per server
    // origin (ids of two servers never mix); follows a change of address. Off until enabled:
    // headless runs keep none, and the demo server's is `temporary` (gone when SimWatch ends).
    void enableHistory(bool temporary = false);
    history::History *history() { return m_history.get(); }
    // The reviewer's verdicts and notes on the watched runs (kept in the history).
    VerdictStore &verdicts() { return m_verdicts; }
    // The moments of watched runs worth a desktop notification (kinds from the settings).
    RunEvents &runEvents() { return m_runEvents; }

Q_SIGNALS:
    void apiKeyLoaded(const QString &key);
    void historyUnavailable(const QString &message);
    void historyWritten();
    // The answer to history()->requestSamples(): forwarded so that views need not follow the
    // history object, which is replaced when the address changes.
    void historySamplesLoaded(int runId, const QList<simwatch::history::Sample> &samples);

private:
    void onSettingsChanged();

    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    SimulationStore m_store;
    Watcher m_watcher{&m_client, &m_store};
    RunEvents m_runEvents{m_store};
    SimulationList m_simulationList{&m_client};
    QUrl m_listedUrl;   // the server and key the simulation list was fetched with
    QString m_listedKey;
    AppSettings m_settings;
    SecretStore m_secrets;
    QString m_lastStoredKey;
    bool m_persistent = false;
    bool m_historyEnabled = false;
    std::unique_ptr<QTemporaryDir> m_temporaryHistoryFolder;
    std::unique_ptr<history::History> m_history;
    VerdictStore m_verdicts;
};

} // namespace simwatch
