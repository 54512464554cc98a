#include "compare/comparison.h"

#include "domain/duration.h"
#include "domain/numbertext.h"
#include "domain/shares.h"
#include "domain/untrustedtext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace simwatch::compare {

namespace {


QString noteFor(const ReviewText &text)
{
    switch (text.state) {
    case ReviewText::State::Text: return text.text;
    case ReviewText::State::NotYet: return QCoreApplication::translate("simwatch::Compare", "(not computed yet)");
    case ReviewText::State::NoText: return QCoreApplication::translate("simwatch::Compare", "(empty)");
    case ReviewText::State::Missing: break;
    }
    return QCoreApplication::translate("simwatch::Compare", "(not sent)");
}

Side sideOf(const Simulation &s)
{
    Side side;
    side.id = s.id;
    side.name = s.name;
    side.agent = s.agent ? s.agent->name : QString();
    side.status = s.statusText;
    side.progress = s.progressPercent;
    side.calls = s.calls;
    side.sentiment = s.sentiment;
    side.durations = durationsOf(s.recordings);
    return side;
}

void count(Sentiment &sentiment, const QString &value)
{
    const QString key = value.trimmed().toLower();
    if (key == QLatin1String("positive"))
        ++sentiment.positive;
    else if (key == QLatin1String("negative"))
        ++sentiment.negative;
    else if (key == QLatin1String("neutral"))
        ++sentiment.neutral;
}

QString scenarioOf(const Recording &call)
{
    const QString name = call.scenario.trimmed();
    return name.isEmpty() ? QCoreApplication::translate("simwatch::Compare", "(no scenario)") : name;
}

QJsonObject sentimentJson(const Sentiment &s)
{
    return {{QStringLiteral("positive"), s.positive}, {QStringLiteral("negative"), s.negative},
            {QStringLiteral("neutral"), s.neutral}};
}

QJsonValue secondsJson(int seconds)
{
    return seconds < 0 ? QJsonValue() : QJsonValue(seconds);
}

QJsonObject sideJson(const Side &side)
{
    return {
        {QStringLiteral("id"), side.id},
        {QStringLiteral("name"), side.name},
        {QStringLiteral("agent"), side.agent},
        {QStringLiteral("status"), side.status},
        {QStringLiteral("progress"), qRound(side.progress)},
        {QStringLiteral("calls"), QJsonObject{{QStringLiteral("total"), side.calls.total},
                                              {QStringLiteral("finished"), side.calls.finished}}},
        {QStringLiteral("sentiment"), sentimentJson(side.sentiment)},
        {QStringLiteral("durations"), QJsonObject{{QStringLiteral("calls"), side.durations.calls},
                                                  {QStringLiteral("mean_seconds"), secondsJson(side.durations.mean)},
                                                  {QStringLiteral("median_seconds"), secondsJson(side.durations.median)},
                                                  {QStringLiteral("longest_seconds"), secondsJson(side.durations.longest)}}},
    };
}

// {positive, negative, neutral} shares that add up to 100, as the charts show them.
QList<int> sharesOf(const Sentiment &s)
{
    return largestRemainderShares({s.positive, s.negative, s.neutral});
}

QString shareText(const Sentiment &s, int slice)
{
    return s.total() > 0 ? percentText(sharesOf(s).at(slice)) : QStringLiteral("—");
}

QString change(int before, int after)
{
    return changeText(after - before, QLatin1Char('-'));
}

} // namespace

Sentiment sentimentOfCalls(const QList<Recording> &calls)
{
    Sentiment sentiment;
    for (const Recording &call : calls)
        count(sentiment, call.sentiment);
    return sentiment;
}

Durations durationsOf(const QList<Recording> &calls)
{
    QList<int> seconds;
    for (const Recording &call : calls) {
        if (call.durationSeconds >= 0)
            seconds.append(call.durationSeconds);
    }
    Durations d;
    d.calls = int(seconds.size());
    if (seconds.isEmpty())
        return d;
    std::sort(seconds.begin(), seconds.end());
    qint64 sum = 0;
    for (int value : std::as_const(seconds))
        sum += value;
    d.mean = int((sum + seconds.size() / 2) / seconds.size());
    const qsizetype mid = seconds.size() / 2;
    d.median = seconds.size() % 2 ? seconds.at(mid) : (seconds.at(mid - 1) + seconds.at(mid) + 1) / 2;
    d.longest = seconds.constLast();
    return d;
}

Comparison compare(const Simulation &before, const Simulation &after)
{
    Comparison c;
    c.before = sideOf(before);
    c.after = sideOf(after);

    QList<QString> order;
    QHash<QString, ScenarioRow> rows;
    const auto add = [&](const QList<Recording> &calls, bool isAfter) {
        for (const Recording &call : calls) {
            const QString scenario = scenarioOf(call);
            if (!rows.contains(scenario)) {
                order.append(scenario);
                rows.insert(scenario, ScenarioRow{scenario, {}, {}});
            }
            count(isAfter ? rows[scenario].after : rows[scenario].before, call.sentiment);
        }
    };
    add(before.recordings, false);
    add(after.recordings, true);
    for (const QString &scenario : std::as_const(order))
        c.scenarios.append(rows.value(scenario));

    const std::pair<const char *, ReviewText Simulation::*> texts[] = {
        {QT_TRANSLATE_NOOP("simwatch::Compare", "Summary"), &Simulation::summary},
        {QT_TRANSLATE_NOOP("simwatch::Compare", "What went wrong"), &Simulation::whatWentWrong},
        {QT_TRANSLATE_NOOP("simwatch::Compare", "Suggestions for improvement"), &Simulation::suggestionsForImprovement},
        {QT_TRANSLATE_NOOP("simwatch::Compare", "Prompt suggestion"), &Simulation::promptSuggestion},
    };
    for (const auto &[title, member] : texts) {
        TextDiff diff;
        diff.title = QCoreApplication::translate("simwatch::Compare", title);
        diff.before = noteFor(before.*member);
        diff.after = noteFor(after.*member);
        diff.changed = diff.before != diff.after;
        diff.lines = promptdiff::diffLines(diff.before, diff.after);
        c.texts.append(diff);
    }
    return c;
}

QJsonObject toJson(const Comparison &c)
{
    QJsonArray scenarios;
    for (const ScenarioRow &row : c.scenarios) {
        scenarios.append(QJsonObject{{QStringLiteral("scenario"), row.scenario},
                                     {QStringLiteral("before"), sentimentJson(row.before)},
                                     {QStringLiteral("after"), sentimentJson(row.after)}});
    }
    QJsonArray texts;
    for (const TextDiff &text : c.texts) {
        texts.append(QJsonObject{{QStringLiteral("title"), text.title},
                                 {QStringLiteral("changed"), text.changed},
                                 {QStringLiteral("before"), text.before},
                                 {QStringLiteral("after"), text.after}});
    }
    return {
        {QStringLiteral("format"), QStringLiteral("simwatch-comparison")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("before"), sideJson(c.before)},
        {QStringLiteral("after"), sideJson(c.after)},
        {QStringLiteral("scenarios"), scenarios},
        {QStringLiteral("review"), texts},
    };
}

QString toText(const Comparison &c)
{
    const auto line = [](const QString &text) -> QString { return untrusted::forTerminal(text) + QLatin1Char('\n'); };
    const auto side = [](const Side &s) {
        return QCoreApplication::translate("simwatch::Compare", "#%1 %2 (%3, %4)")
            .arg(s.id).arg(s.name.isEmpty() ? QStringLiteral("?") : s.name, s.agent.isEmpty() ? QStringLiteral("?") : s.agent,
                           s.status.isEmpty() ? QStringLiteral("?") : s.status);
    };
    QString out;
    out += line(QCoreApplication::translate("simwatch::Compare", "Before: %1").arg(side(c.before)));
    out += line(QCoreApplication::translate("simwatch::Compare", "After:  %1").arg(side(c.after)));
    out += line(QCoreApplication::translate("simwatch::Compare", "Calls finished: %1 of %2 -> %3 of %4")
                    .arg(numberText(c.before.calls.finished), numberText(c.before.calls.total), numberText(c.after.calls.finished),
                         numberText(c.after.calls.total)));
    const auto sentimentLine = [&](const char *name, int slice, int Sentiment::*field) {
        return line(QCoreApplication::translate("simwatch::Compare", "%1: %2 (%3) -> %4 (%5), %6")
                        .arg(QCoreApplication::translate("simwatch::Compare", name))
                        .arg(numberText(c.before.sentiment.*field), shareText(c.before.sentiment, slice),
                             numberText(c.after.sentiment.*field), shareText(c.after.sentiment, slice))
                        .arg(change(c.before.sentiment.*field, c.after.sentiment.*field)));
    };
    out += sentimentLine(QT_TRANSLATE_NOOP("simwatch::Compare", "Positive"), 0, &Sentiment::positive);
    out += sentimentLine(QT_TRANSLATE_NOOP("simwatch::Compare", "Negative"), 1, &Sentiment::negative);
    out += sentimentLine(QT_TRANSLATE_NOOP("simwatch::Compare", "Neutral"), 2, &Sentiment::neutral);
    const auto duration = [](int seconds) { return seconds < 0 ? QStringLiteral("—") : formatDuration(seconds); };
    out += line(QCoreApplication::translate("simwatch::Compare", "Call duration (median): %1 -> %2")
                    .arg(duration(c.before.durations.median), duration(c.after.durations.median)));
    for (const ScenarioRow &row : c.scenarios) {
        out += line(QCoreApplication::translate("simwatch::Compare", "Scenario %1: +%2 -%3 =%4 -> +%5 -%6 =%7")
                        .arg(row.scenario)
                        .arg(numberText(row.before.positive), numberText(row.before.negative), numberText(row.before.neutral),
                             numberText(row.after.positive), numberText(row.after.negative), numberText(row.after.neutral)));
    }
    for (const TextDiff &text : c.texts) {
        out += line(text.changed ? QCoreApplication::translate("simwatch::Compare", "%1: changed").arg(text.title)
                                 : QCoreApplication::translate("simwatch::Compare", "%1: unchanged").arg(text.title));
    }
    return out;
}

} // namespace simwatch::compare
