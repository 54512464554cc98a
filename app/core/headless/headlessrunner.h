#pragma once

#include "verdicts/verdicts.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QIODevice;

namespace simwatch {

class Session;

// Headless mode: prints one line per simulation and per change (JSON Lines or human text) and
// decides the exit status. The contract is documented in README.md and must stay stable.
// Values are read from the session's store; the watcher says when a fetch has finished.
class HeadlessRunner : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitFetchFailed = 2, ExitStopped = 3 };

    struct Options
    {
        bool once = false;
        bool json = false;
    };

    HeadlessRunner(Session &session, Options options, QIODevice *out, QIODevice *err, QObject *parent = nullptr);

    void start(const QList<int> &ids);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onFetched(int id);
    void print(int id);
    void finish(int exitCode);

    Session &m_session;
    Options m_options;
    QIODevice *m_out = nullptr;
    QIODevice *m_err = nullptr;
    QHash<int, QByteArray> m_lastLine;  // per simulation: last record printed
    QHash<int, QString> m_lastError;    // per simulation: last error message written to stderr
    QSet<int> m_fetchedOnce;
    QHash<int, RunVerdicts> m_verdicts; // the reviewer's, read once from the window's history
    bool m_done = false;
};

} // namespace simwatch
