#include "history/history.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>

namespace simwatch::history {

namespace {

QString connectionName(const char *role)
{
    static std::atomic<int> next{0};
    return QStringLiteral("simwatch-history-%1-%2").arg(QLatin1String(role)).arg(next++);
}

Sample sampleOf(const Simulation &s, const QDateTime &at)
{
    return {at, s.progressPercent, s.calls, s.sentiment};
}

} // namespace

// Owns the writing connection on the history thread and turns queued changes into one
// transaction per batch. Calls are written only where their JSON changed since the last batch.
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    HistoryWriter(const QString &path, History *history)
        : m_path(path)
        , m_history(history)
    {
        m_batch.setSingleShot(true);
        m_batch.setInterval(1000);
        connect(&m_batch, &QTimer::timeout, this, &HistoryWriter::flush);
    }

    void open()
    {
        m_database = std::make_unique<HistoryDatabase>(m_path, connectionName("writer"));
        if (!m_database->open())
            fail();
    }

    void record(const Simulation &simulation, const QDateTime &fetchedAt, bool sample)
    {
        if (!m_database)
            return;
        Pending &pending = m_pending[simulation.id];
        pending.simulation = simulation;
        pending.fetchedAt = fetchedAt;
        if (sample)
            pending.samples.append(sampleOf(simulation, fetchedAt));
        if (!m_batch.isActive())
            m_batch.start();
    }

    void setMaximumRuns(int runs) { m_maximumRuns = qMax(1, runs); }

    // Answers go back to the History object on its thread (it outlives this thread).
    void loadRun(int id)
    {
        if (!m_database)
            return;
        const std::optional<StoredRun> run = m_database->run(id);
        if (run)
            QMetaObject::invokeMethod(m_history, [history = m_history, id, run] { emit history->runLoaded(id, *run); });
    }

    void loadSamples(int runId)
    {
        if (!m_database)
            return;
        const QList<Sample> samples = m_database->samples(runId);
        QMetaObject::invokeMethod(m_history, [history = m_history, runId, samples] { emit history->samplesLoaded(runId, samples); });
    }

    void loadVerdicts(int runId)
    {
        if (!m_database)
            return;
        const RunVerdicts verdicts = m_database->verdicts(runId);
        QMetaObject::invokeMethod(m_history, [history = m_history, runId, verdicts] { emit history->verdictsLoaded(runId, verdicts); });
    }

    void writeCallVerdict(int runId, const QString &callKey, const CallVerdict &verdict)
    {
        if (m_database && !m_database->writeCallVerdict(runId, callKey, verdict, QDateTime::currentDateTimeUtc()))
            fail();
    }

    void writeRunNote(int runId, const QString &note)
    {
        if (m_database && !m_database->writeRunNote(runId, note, QDateTime::currentDateTimeUtc()))
            fail();
    }

    void forgetAll()
    {
        m_pending.clear();
        m_writtenCalls.clear();
        if (m_database && !m_database->forgetAll())
            fail();
    }

    void flush()
    {
        m_batch.stop();
        if (!m_database || m_pending.isEmpty())
            return;
        bool ok = m_database->begin();
        for (auto it = m_pending.cbegin(); ok && it != m_pending.cend(); ++it) {
            const Simulation &s = it->simulation;
            ok = m_database->writeRun(s, it->fetchedAt) && writeCalls(s);
            for (const Sample &sample : it->samples)
                ok = ok && m_database->addSample(s.id, sample);
        }
        ok = ok && m_database->keepNewest(m_maximumRuns) && m_database->commit();
        m_pending.clear();
        if (!ok)
            return fail();
        emit written();
    }

Q_SIGNALS:
    void failed(const QString &message);
    void written();

private:
    struct Pending
    {
        Simulation simulation;
        QDateTime fetchedAt;
        QList<Sample> samples;
    };

    bool writeCalls(const Simulation &s)
    {
        QList<Recording> &before = m_writtenCalls[s.id];
        QList<std::pair<int, QByteArray>> changed;
        for (int i = 0; i < s.recordings.size(); ++i) {
            if (i >= before.size() || !(before.at(i) == s.recordings.at(i)))
                changed.append({i, s.recordings.at(i).json});
        }
        if (changed.isEmpty() && before.size() == s.recordings.size())
            return true;
        if (!m_database->writeCalls(s.id, changed, int(s.recordings.size())))
            return false;
        before = s.recordings; // shared with the store's list, not copied
        return true;
    }

    void fail()
    {
        const QString message = m_database->error();
        qCWarning(lcHistory).noquote() << message;
        m_database.reset(); // no further attempts: one message, then SimWatch goes on without
        m_pending.clear();
        emit failed(message);
    }

    QString m_path;
    History *m_history = nullptr;
    std::unique_ptr<HistoryDatabase> m_database;
    QHash<int, Pending> m_pending;
    QHash<int, QList<Recording>> m_writtenCalls;
    QTimer m_batch{this}; // a child, so that it moves to the history thread with its owner
    int m_maximumRuns = History::DefaultMaximumRuns;
};

History::History(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_writer = new HistoryWriter(m_path, this);
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::failed, this, &History::onWriterFailed);
    connect(m_writer, &HistoryWriter::written, this, &History::written);
    m_thread.setObjectName(QStringLiteral("history"));
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::open);
}

History::~History()
{
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::flush, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString History::defaultPath(const QUrl &apiUrl)
{
    const QByteArray origin = apiUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                              | QUrl::RemoveUserInfo).toEncoded();
    const QByteArray tag = QCryptographicHash::hash(origin, QCryptographicHash::Sha256).toHex().left(12);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history-")
        + QString::fromLatin1(tag) + QStringLiteral(".sqlite");
}

RunVerdicts History::readVerdicts(const QString &path, int runId)
{
    if (!QFileInfo::exists(path))
        return {};
    HistoryDatabase db(path, connectionName("verdicts"));
    return db.open() ? db.verdicts(runId) : RunVerdicts();
}

void History::follow(const SimulationStore &store)
{
    connect(&store, &SimulationStore::simulationChanged, this, [this, &store](int id, SimulationStore::Parts parts) {
        const SimulationStore::Entry *entry = store.entry(id);
        if (entry && entry->simulation && entry->source != SimulationStore::Source::History)
            record(*entry->simulation, entry->lastUpdated, parts);
    });
}

void History::record(const Simulation &simulation, const QDateTime &fetchedAt, SimulationStore::Parts parts)
{
    if (!isAvailable())
        return;
    const bool sample = parts.testFlag(SimulationStore::Part::Progress);
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, simulation, fetchedAt, sample] {
        writer->record(simulation, fetchedAt, sample);
    });
}

void History::requestRun(int id)
{
    if (isAvailable())
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, id] { writer->loadRun(id); });
}

void History::requestSamples(int runId)
{
    if (isAvailable())
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, runId] { writer->loadSamples(runId); });
}

void History::requestVerdicts(int runId)
{
    if (isAvailable())
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, runId] { writer->loadVerdicts(runId); });
}

void History::setCallVerdict(int runId, const QString &callKey, const CallVerdict &verdict)
{
    if (isAvailable())
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, runId, callKey, verdict] { writer->writeCallVerdict(runId, callKey, verdict); });
}

void History::setRunNote(int runId, const QString &note)
{
    if (isAvailable())
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, runId, note] { writer->writeRunNote(runId, note); });
}

RunVerdicts History::verdicts(int runId) const
{
    // Behind every write queued before: an export right after a click has the click in it.
    QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
    HistoryDatabase *db = reader();
    return db ? db->verdicts(runId) : RunVerdicts();
}

int History::runsWithVerdicts() const
{
    HistoryDatabase *db = reader();
    return db ? db->runsWithVerdicts() : 0;
}

void History::setMaximumRuns(int runs)
{
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, runs] { writer->setMaximumRuns(runs); });
}

void History::forgetAll()
{
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::forgetAll, Qt::BlockingQueuedConnection);
}

void History::flush()
{
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::flush, Qt::BlockingQueuedConnection);
}

void History::onWriterFailed(const QString &message)
{
    if (!m_problem.isEmpty())
        return;
    m_problem = message;
    emit unavailable(message);
}

HistoryDatabase *History::reader() const
{
    if (!isAvailable())
        return nullptr;
    if (!m_reader) {
        // Opened after the writer has created or migrated the file (queued behind its open()).
        QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
        m_reader = std::make_unique<HistoryDatabase>(m_path, connectionName("reader"));
        if (!m_reader->open()) {
            m_reader.reset();
            return nullptr;
        }
    }
    return m_reader.get();
}

QList<RunSummary> History::runs() const
{
    HistoryDatabase *db = reader();
    return db ? db->runs() : QList<RunSummary>();
}

std::optional<StoredRun> History::run(int id) const
{
    HistoryDatabase *db = reader();
    return db ? db->run(id) : std::nullopt;
}

QList<Sample> History::samples(int runId) const
{
    HistoryDatabase *db = reader();
    return db ? db->samples(runId) : QList<Sample>();
}

} // namespace simwatch::history

#include "history.moc"
