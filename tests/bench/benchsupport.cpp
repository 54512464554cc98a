#include "benchsupport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QPaintEvent>
#include <QRegion>
#include <QWidget>

#include <algorithm>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace simwatch::bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

qint64 processContextSwitches()
{
    rusage usage{}; // RUSAGE_SELF counts the threads that have ended too
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_nvcsw) + qint64(usage.ru_nivcsw);
}

double emptyWakeCpuMs(std::chrono::milliseconds sleep, int wakes)
{
    timespec start{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
    for (int i = 0; i < wakes; ++i)
        usleep(useconds_t(std::chrono::microseconds(sleep).count()));
    timespec end{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
    const double ms = double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
    return ms / wakes;
}

double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the ")" that ends the command name; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

long residentKiB(bool trimHeap)
{
    if (trimHeap)
        malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// ---- ModelSignalCounter ----

ModelSignalCounter::ModelSignalCounter(QAbstractItemModel *model, QObject *parent)
    : QObject(parent)
{
    using M = QAbstractItemModel;
    connect(model, &M::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        add("dataChanged", bottomRight.row() - topLeft.row() + 1);
    });
    connect(model, &M::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        add("rowsInserted", last - first + 1);
    });
    connect(model, &M::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        add("rowsRemoved", last - first + 1);
    });
    connect(model, &M::rowsMoved, this, [this](const QModelIndex &, int first, int last) {
        add("rowsMoved", last - first + 1);
    });
    connect(model, &M::columnsInserted, this, [this] { add("columnsInserted", 0); });
    connect(model, &M::columnsRemoved, this, [this] { add("columnsRemoved", 0); });
    connect(model, &M::layoutChanged, this, [this, model] { add("layoutChanged", model->rowCount()); });
    connect(model, &M::modelReset, this, [this, model] { add("modelReset", model->rowCount()); });
    connect(model, &M::headerDataChanged, this, [this] { add("headerDataChanged", 0); });
}

void ModelSignalCounter::reset()
{
    m_signals = 0;
    m_rows = 0;
    m_byName.clear();
}

void ModelSignalCounter::add(const char *name, int rows)
{
    ++m_signals;
    m_rows += rows;
    const QString key = QString::fromLatin1(name);
    for (auto &entry : m_byName) {
        if (entry.first == key) {
            ++entry.second.first;
            entry.second.second += rows;
            return;
        }
    }
    m_byName.append({key, {1, rows}});
}

QString ModelSignalCounter::details() const
{
    QStringList parts;
    for (const auto &entry : m_byName)
        parts.append(QStringLiteral("%1 %2 (%3 rows)").arg(entry.first).arg(entry.second.first).arg(entry.second.second));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

// ---- StallProbe ----

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_max = std::max(m_max, now - m_last);
        m_last = now;
    });
}

void StallProbe::start()
{
    m_clock.start();
    m_last = 0;
    m_max = 0;
    m_timer.start();
}

double StallProbe::stopMs()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_max = std::max(m_max, now - m_last);
    m_timer.stop();
    return std::max(0.0, double(m_max) / 1e6 - 1.0);
}

// ---- PaintCounter ----

PaintCounter::PaintCounter(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

PaintCounter::~PaintCounter()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

int PaintCounter::total() const
{
    int sum = 0;
    for (const Entry &entry : m_counts)
        sum += entry.events;
    return sum;
}

bool PaintCounter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_enabled && event->type() == QEvent::Paint && watched->isWidgetType()) {
        QString name = QString::fromLatin1(watched->metaObject()->className());
        if (!watched->objectName().isEmpty())
            name += QLatin1Char('#') + watched->objectName();
        // A widget without a name is named after its closest named ancestor.
        else if (const QWidget *parent = static_cast<QWidget *>(watched)->parentWidget()) {
            while (parent && parent->objectName().isEmpty())
                parent = parent->parentWidget();
            if (parent)
                name += QStringLiteral(" in #") + parent->objectName();
        }
        Entry &entry = m_counts[name];
        ++entry.events;
        for (const QRect &rect : static_cast<QPaintEvent *>(event)->region())
            entry.pixels += qint64(rect.width()) * rect.height();
    }
    return false;
}

// ---- WorkCounter ----

WorkCounter::WorkCounter(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

WorkCounter::~WorkCounter()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool WorkCounter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MetaCall:
    case QEvent::Timer:
    case QEvent::LayoutRequest:
    case QEvent::UpdateRequest:
    case QEvent::UpdateLater:
    case QEvent::Paint:
    case QEvent::DeferredDelete:
    case QEvent::PolishRequest:
        if (!m_ignored.contains(watched))
            ++m_count;
        break;
    default:
        break;
    }
    return false;
}

} // namespace simwatch::bench
