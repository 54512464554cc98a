#include "history/outlook.h"

#include "domain/numbertext.h"

#include <QCoreApplication>

namespace simwatch::history {

namespace {

// The rate is taken over the recent past only: runs speed up and slow down (concurrency,
// long scenarios), and the last ten minutes say more about the next ten than the first did.
constexpr qint64 RateWindowSeconds = 600;

bool isRunning(Status status)
{
    return status == Status::Pending || status == Status::InProgress;
}

} // namespace

Outlook outlook(const OutlookInput &input)
{
    Outlook result;
    if (!isRunning(input.status) || input.samples.isEmpty() || !input.now.isValid())
        return result;

    const Sample &last = input.samples.constLast();
    // Stalled: progress has not moved for longer than the threshold while the server kept
    // answering (a run whose data is stale is an outage, said elsewhere, not a hung run).
    const bool serverAnswers = input.lastConfirmed.isValid()
        && input.lastConfirmed.secsTo(input.now) <= qMax<qint64>(60, 3 * input.pollIntervalSeconds);
    const qint64 still = last.at.secsTo(input.now);
    if (input.status == Status::InProgress && serverAnswers && still >= input.hungAfterSeconds)
        result.stalledFor = still;

    // The rate from the earliest sample within the window (or, when only the last one is in it,
    // the one before) to the last.
    const qsizetype lastIndex = input.samples.size() - 1;
    qsizetype from = lastIndex;
    while (from > 0 && input.samples.at(from - 1).at.secsTo(last.at) <= RateWindowSeconds)
        --from;
    if (from == lastIndex && from > 0)
        --from;
    if (from == lastIndex)
        return result; // one sample: no rate yet
    const Sample *first = &input.samples.at(from);
    const double gained = last.progress - first->progress;
    const qint64 elapsed = first->at.secsTo(last.at);
    if (gained <= 0 || elapsed <= 0 || last.progress <= 0 || last.progress >= 100 || result.stalledFor)
        return result;
    const double left = (100.0 - last.progress) * double(elapsed) / gained;
    // Counted from the last sample: time since then is already spent.
    result.secondsLeft = qMax<qint64>(0, qint64(left) - still);
    return result;
}

QString timeLeftText(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("simwatch::History", "less than a minute left");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("simwatch::History", "about %Ln min left", nullptr, int(minutes));
    const int hours = int(minutes / 60);
    const int rest = int(minutes % 60);
    if (rest == 0)
        return QCoreApplication::translate("simwatch::History", "about %Ln h left", nullptr, hours);
    return QCoreApplication::translate("simwatch::History", "about %1 h %2 min left").arg(numberText(hours), numberText(rest));
}

} // namespace simwatch::history
