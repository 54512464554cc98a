#pragma once

#include <chrono>

// Measuring helpers of the benchmarks: medians, process CPU and memory, model signal counting,
// UI-thread stall probe and paint counting.

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace simwatch::bench {

double median(QList<double> values);

// CPU time (user + system) of this process, all threads, in seconds.
double processCpuSeconds();
// CPU time of the calling thread, in milliseconds.
double threadCpuMs();
// CPU time of another process (from /proc/<pid>/stat), in seconds; -1 when unreadable.
double processCpuSeconds(qint64 pid);
// Context switches of every thread of this process so far: each is a thread going to sleep or
// being woken, the unit an idle program pays for.
qint64 processContextSwitches();
// CPU charged to a thread that sleeps `sleep` and wakes to do nothing, per wake-up, on this
// machine (`wakes` times). On a virtual machine this is far from zero.
double emptyWakeCpuMs(std::chrono::milliseconds sleep, int wakes);
// Resident memory of this process in KiB (VmRSS), after returning free heap pages to the system.
long residentKiB(bool trimHeap = true);

// Counts every structural and data signal of a model, and the rows they touch.
class ModelSignalCounter : public QObject
{
public:
    explicit ModelSignalCounter(QAbstractItemModel *model, QObject *parent = nullptr);
    void reset();
    int signalCount() const { return m_signals; }
    int rowsTouched() const { return m_rows; }
    QString details() const; // e.g. "dataChanged 1 (1 row), rowsInserted 1 (1 row)"

private:
    void add(const char *name, int rows);
    int m_signals = 0;
    int m_rows = 0;
    QList<std::pair<QString, std::pair<int, int>>> m_byName; // name -> (count, rows), in order seen
};

// The longest time the UI thread did not get back to its event loop: a 1 ms precise timer whose
// largest gap between two ticks (minus its interval) is recorded while running.
class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject *parent = nullptr);
    void start();
    double stopMs();             // the longest gap in ms since start()
    const QObject *timerObject() const { return &m_timer; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

// Application-wide event filter counting QEvent::Paint per widget ("Class#objectName"), with the
// painted area, while enabled.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QObject *parent = nullptr);
    ~PaintCounter() override;
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void reset() { m_counts.clear(); }
    struct Entry { int events = 0; qint64 pixels = 0; };
    QHash<QString, Entry> counts() const { return m_counts; }
    int total() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_enabled = false;
    QHash<QString, Entry> m_counts;
};

// Counts events that mean "the UI still has work to do" (posted calls, timers, layout and paint
// requests, paints, deferred deletes), ignoring those sent to the objects listed in `ignore`.
// Used to tell when the window has settled after an update.
class WorkCounter : public QObject
{
public:
    explicit WorkCounter(QObject *parent = nullptr);
    ~WorkCounter() override;
    void ignore(const QObject *object) { m_ignored.append(object); }
    void unignore(const QObject *object) { m_ignored.removeAll(object); }
    quint64 count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<const QObject *> m_ignored;
    quint64 m_count = 0;
};

} // namespace simwatch::bench
