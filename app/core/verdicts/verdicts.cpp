#include "verdicts/verdicts.h"

#include "domain/values.h"

#include <QCoreApplication>

namespace simwatch {

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return QStringLiteral("pass");
    case Verdict::Fail: return QStringLiteral("fail");
    case Verdict::Unsure: return QStringLiteral("unsure");
    case Verdict::None: break;
    }
    return {};
}

Verdict verdictFromKey(QStringView key)
{
    for (Verdict v : {Verdict::Pass, Verdict::Fail, Verdict::Unsure}) {
        if (key == verdictKey(v))
            return v;
    }
    return Verdict::None;
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return QCoreApplication::translate("simwatch::Verdicts", "Pass");
    case Verdict::Fail: return QCoreApplication::translate("simwatch::Verdicts", "Fail");
    case Verdict::Unsure: return QCoreApplication::translate("simwatch::Verdicts", "Unsure");
    case Verdict::None: break;
    }
    return {};
}

VerdictCounts RunVerdicts::counts(const Simulation &simulation) const
{
    VerdictCounts counts;
    if (calls.isEmpty())
        return counts;
    for (int i = 0; i < simulation.recordings.size(); ++i) {
        switch (calls.value(callKey(simulation.recordings.at(i), i)).verdict) {
        case Verdict::Pass: ++counts.pass; break;
        case Verdict::Fail: ++counts.fail; break;
        case Verdict::Unsure: ++counts.unsure; break;
        case Verdict::None: break;
        }
    }
    return counts;
}

QString callKey(const Recording &recording, int position)
{
    return recording.id >= 0 ? QString::number(recording.id) : QLatin1Char('#') + QString::number(position + 1);
}

QString expectedResult(const Simulation &simulation, const Recording &recording)
{
    const QJsonValue link = recording.raw().value(QLatin1String("scenario_id"));
    const int scenarioId = link.isObject() ? parse::idOf(link.toObject().value(QLatin1String("id"))) : -1;
    const QJsonObject *byName = nullptr;
    for (const QJsonObject &scenario : simulation.scenarios) {
        if (scenarioId >= 0 && parse::idOf(scenario.value(QLatin1String("id"))) == scenarioId)
            return parse::stringOf(scenario.value(QLatin1String("expected_result"))).trimmed();
        if (!byName && !recording.scenario.isEmpty()
            && parse::stringOf(scenario.value(QLatin1String("name"))) == recording.scenario)
            byName = &scenario;
    }
    return byName ? parse::stringOf(byName->value(QLatin1String("expected_result"))).trimmed() : QString();
}

QJsonObject verdictCountsJson(const Simulation &simulation, const RunVerdicts &verdicts)
{
    const VerdictCounts counts = verdicts.counts(simulation);
    return {{QStringLiteral("pass"), counts.pass},
            {QStringLiteral("fail"), counts.fail},
            {QStringLiteral("unsure"), counts.unsure},
            {QStringLiteral("not_judged"), qMax(0, int(simulation.recordings.size()) - counts.judged())}};
}

} // namespace simwatch
