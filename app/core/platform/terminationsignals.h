#pragma once

#include <QObject>

class QSocketNotifier;

namespace simwatch {

// SIGTERM and SIGINT as a Qt signal, so a terminated run (CI cancel, `timeout`, Ctrl+C) leaves
// through the event loop: destructors run, settings are saved, and the exit status says which
// signal ended it. A signal handler may only write to a descriptor; the notifier reads it on the
// event loop's thread (the self-pipe pattern). One instance per process.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // The shell's convention for a run ended by signal `number`.
    static int exitStatusFor(int number) { return 128 + number; }

Q_SIGNALS:
    void received(int number);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace simwatch
