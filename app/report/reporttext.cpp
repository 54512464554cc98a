#include "reporttext.h"

#include "domain/datetext.h"
#include "domain/duration.h"
#include "domain/numbertext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace simwatch::report {

QString reportTitle(const Simulation &simulation)
{
    const QString name = simulation.name.simplified();
    return name.isEmpty() ? QCoreApplication::translate("simwatch::report", "Simulation %1").arg(simulation.id) : name;
}

QString utcText(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("\u2014");
    return dateTimeTextUtc(time);
}

QString durationText(int seconds)
{
    if (seconds < 0)
        return QStringLiteral("\u2014");
    return formatDuration(seconds);
}

QString countText(int value)
{
    return value < 0 ? QStringLiteral("\u2014") : numberText(value);
}

QString reviewTextOrNote(const ReviewText &text)
{
    switch (text.state) {
    case ReviewText::State::Text:
        return text.text;
    case ReviewText::State::NoText:
        return QCoreApplication::translate("simwatch::report", "Available, but the server sent no text.");
    case ReviewText::State::NotYet:
        return QCoreApplication::translate("simwatch::report", "Not computed yet.");
    case ReviewText::State::Missing:
        break;
    }
    return QCoreApplication::translate("simwatch::report", "Not provided by the server.");
}

QString scenarioName(const QJsonObject &scenario)
{
    const QString name = scenario.value(QLatin1StringView("name")).toString().simplified();
    if (!name.isEmpty())
        return name;
    const QJsonValue id = scenario.value(QLatin1StringView("id"));
    return id.isDouble() ? QCoreApplication::translate("simwatch::report", "Scenario %1").arg(id.toInt()) : QCoreApplication::translate("simwatch::report", "Unnamed scenario");
}

QString scenarioDescription(const QJsonObject &scenario)
{
    return scenario.value(QLatin1StringView("description")).toString().trimmed();
}

QString callLabel(const Recording &recording, int position)
{
    return recording.id >= 0 ? QLatin1Char('#') + QString::number(recording.id) : QString::number(position + 1);
}

QList<JudgedCall> judgedCalls(const Simulation &simulation, const RunVerdicts &verdicts)
{
    QList<JudgedCall> result;
    if (verdicts.calls.isEmpty())
        return result;
    for (int i = 0; i < simulation.recordings.size(); ++i) {
        const Recording &recording = simulation.recordings.at(i);
        const CallVerdict verdict = verdicts.call(callKey(recording, i));
        if (!verdict.isEmpty())
            result.append({callLabel(recording, i), verdict});
    }
    return result;
}

QString verdictCountsText(const Simulation &simulation, const RunVerdicts &verdicts)
{
    const VerdictCounts counts = verdicts.counts(simulation);
    const int calls = int(simulation.recordings.size());
    return QCoreApplication::translate("simwatch::report", "%1 pass \u00B7 %2 fail \u00B7 %3 unsure \u00B7 %4 of %Ln call(s) not judged", nullptr, calls)
        .arg(numberText(counts.pass), numberText(counts.fail), numberText(counts.unsure), numberText(qMax(0, calls - counts.judged())));
}

} // namespace simwatch::report
