#include "session.h"

#include <QSettings>

namespace simwatch {

Session::Session(QObject *parent)
    : QObject(parent)
{
    connect(&m_settings, &AppSettings::changed, this, &Session::onSettingsChanged);
    m_watcher.setListSource(&m_simulationList);
    connect(&m_secrets, &SecretStore::writeFinished, this, [this](SecretStore::Location, const QString &note) {
        m_settings.setKeyStorageNote(note);
    });
    const auto rememberWatchList = [this] {
        m_settings.setSimulationIds(m_store.ids());
        if (m_persistent) {
            QSettings settings;
            m_settings.save(settings);
        }
    };
    connect(&m_store, &SimulationStore::watched, this, rememberWatchList);
    connect(&m_store, &SimulationStore::unwatched, this, rememberWatchList);
    connect(&m_store, &SimulationStore::watched, &m_verdicts, &VerdictStore::load);
    connect(&m_store, &SimulationStore::unwatched, &m_verdicts, &VerdictStore::drop);
}

Session::~Session() = default;

void Session::applySettings()
{
    m_client.setBaseUrl(m_settings.baseUrl());
    m_client.setApiKey(m_settings.apiKey());
    m_watcher.setInterval(std::chrono::seconds(m_settings.intervalSeconds()));
    m_runEvents.setEnabledKinds(RunEvents::Kinds(m_settings.notifyKinds()));
    // Another account's list must not be shown under this one's, not even until the next refresh.
    if (m_settings.baseUrl() != m_listedUrl || m_settings.apiKey() != m_listedKey) {
        m_listedUrl = m_settings.baseUrl();
        m_listedKey = m_settings.apiKey();
        m_simulationList.reset();
    }
}

void Session::watch(int id)
{
    if (id <= 0)
        return;
    // What the history knows is shown as soon as it is read, marked as such, until the server
    // answers (and stays, with the reason beside it, when it cannot). See enableHistory().
    const bool isNew = !m_store.contains(id);
    m_watcher.watch(id);
    if (isNew && m_history)
        m_history->requestRun(id);
}

void Session::rewatch(const SimulationStore::Entry &removed, int position)
{
    if (removed.id <= 0 || m_store.contains(removed.id))
        return;
    m_store.watch(removed.id, position);
    // Not re-recorded into the history (it is already there); the fetch below confirms it.
    if (removed.simulation)
        m_store.applySimulation(removed.id, *removed.simulation, removed.lastUpdated, SimulationStore::Source::History);
    m_watcher.watch(removed.id);
}

void Session::pairRuns(int after, int before)
{
    m_settings.setPairedBefore(after, before);
    if (m_persistent) {
        QSettings settings;
        m_settings.save(settings);
    }
}

void Session::unwatch(int id)
{
    m_store.unwatch(id);
}

void Session::refresh(int id)
{
    m_watcher.refresh(id);
}

void Session::retryPermanentFailures()
{
    const QList<int> ids = m_store.ids();
    for (int id : ids) {
        if (m_store.error(id).isPermanent())
            m_watcher.refresh(id);
    }
}

void Session::loadApiKey()
{
    const QString fromEnvironment = qEnvironmentVariable("OMNIDIM_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty()) {
        m_settings.setKeyStorageNote(tr("The key comes from the OMNIDIM_API_KEY environment variable and is not stored."));
        m_lastStoredKey = fromEnvironment;
        // Queued, like the keychain's answer: callers connect after asking.
        QMetaObject::invokeMethod(this, [this, fromEnvironment] { emit apiKeyLoaded(fromEnvironment); },
                                  Qt::QueuedConnection);
        return;
    }
    connect(&m_secrets, &SecretStore::readFinished, this, [this](const QString &key) {
        m_settings.setKeyStorageNote(m_secrets.describe());
        m_lastStoredKey = key;
        emit apiKeyLoaded(key);
    }, Qt::SingleShotConnection);
    m_secrets.read(m_settings.baseUrl());
}

void Session::enableHistory(bool temporary)
{
    m_historyEnabled = true;
    if (temporary && !m_temporaryHistoryFolder)
        m_temporaryHistoryFolder = std::make_unique<QTemporaryDir>();
    const QString path = temporary ? m_temporaryHistoryFolder->filePath(QStringLiteral("history.sqlite"))
                                   : history::History::defaultPath(m_settings.baseUrl());
    if (m_history && m_history->path() == path)
        return;
    m_verdicts.setHistory(nullptr);
    m_history.reset(); // the old file's writes finish first
    m_history = std::make_unique<history::History>(path);
    m_history->setMaximumRuns(m_settings.historyRuns());
    m_history->follow(m_store);
    connect(m_history.get(), &history::History::unavailable, this, &Session::historyUnavailable);
    connect(m_history.get(), &history::History::written, this, &Session::historyWritten);
    connect(m_history.get(), &history::History::samplesLoaded, this, &Session::historySamplesLoaded);
    connect(m_history.get(), &history::History::runLoaded, this, [this](int id, const history::StoredRun &stored) {
        const SimulationStore::Entry *entry = m_store.entry(id);
        if (entry && !entry->simulation) // the server has not answered yet: it wins when it does
            m_store.applySimulation(id, stored.simulation, stored.lastFetched, SimulationStore::Source::History);
    });
    m_verdicts.setHistory(m_history.get());
    for (int id : m_store.ids())
        m_verdicts.load(id);
}

void Session::onSettingsChanged()
{
    applySettings();
    if (m_historyEnabled) {
        enableHistory(m_temporaryHistoryFolder != nullptr); // another server: its own file
        m_history->setMaximumRuns(m_settings.historyRuns());
    }
    m_watcher.refreshAll();
    if (!m_persistent)
        return; // the demo's own key and address are not the user's settings
    QSettings settings;
    m_settings.save(settings);
    const QString current = m_settings.apiKey();
    if (current != m_lastStoredKey && !current.isEmpty()) {
        m_lastStoredKey = current;
        m_secrets.write(m_settings.baseUrl(), current, m_settings.keyInPlainText());
    }
}

} // namespace simwatch
