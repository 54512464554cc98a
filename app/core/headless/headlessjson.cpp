#include "headless/headlessjson.h"

#include "domain/numbertext.h"
#include "domain/untrustedtext.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace simwatch::headless {

namespace {

QJsonValue reviewValue(const ReviewText &text)
{
    switch (text.state) {
    case ReviewText::State::Text:
        return text.text;
    case ReviewText::State::NoText:
        return text.text; // `true` or "": both print as ""
    case ReviewText::State::NotYet:
    case ReviewText::State::Missing:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

QJsonObject record(int id, const Simulation *s, const ApiError &error, const RunVerdicts &verdicts)
{
    QJsonObject out;
    out.insert(QLatin1String("id"), id);
    // No name (`false`, as Odoo sends an empty one, or nothing) is null, like the review texts.
    out.insert(QLatin1String("name"), s && !s->name.isEmpty() ? QJsonValue(s->name) : QJsonValue::Null);
    if (s && s->agent)
        out.insert(QLatin1String("agent"), QJsonObject{{QLatin1String("id"), s->agent->id},
                                                       {QLatin1String("name"), s->agent->name}});
    else
        out.insert(QLatin1String("agent"), QJsonValue::Null);
    out.insert(QLatin1String("status"), s ? QJsonValue(s->statusText) : QJsonValue::Null);
    out.insert(QLatin1String("terminal"), s ? s->isTerminal() : false);
    out.insert(QLatin1String("progress"), s ? s->progressRounded() : 0);
    const CallCounts calls = s ? s->calls : CallCounts{};
    out.insert(QLatin1String("calls"), QJsonObject{
        {QLatin1String("total"), calls.total},
        {QLatin1String("finished"), calls.finished},
        {QLatin1String("in_progress"), calls.inProgress},
        {QLatin1String("remaining"), calls.remaining},
        {QLatin1String("active"), calls.active},
    });
    const Sentiment sentiment = s ? s->sentiment : Sentiment{};
    out.insert(QLatin1String("sentiment"), QJsonObject{
        {QLatin1String("positive"), sentiment.positive},
        {QLatin1String("negative"), sentiment.negative},
        {QLatin1String("neutral"), sentiment.neutral},
    });
    const ReviewText none;
    out.insert(QLatin1String("summary"), reviewValue(s ? s->summary : none));
    out.insert(QLatin1String("what_went_wrong"), reviewValue(s ? s->whatWentWrong : none));
    out.insert(QLatin1String("suggestions_for_improvement"), reviewValue(s ? s->suggestionsForImprovement : none));
    out.insert(QLatin1String("prompt_suggestion"), reviewValue(s ? s->promptSuggestion : none));
    out.insert(QLatin1String("prompt_suggestion_applied"), s ? s->promptSuggestionApplied : false);
    out.insert(QLatin1String("can_stop"), s ? s->canStop : false);
    if (s && s->created.isValid())
        out.insert(QLatin1String("created"), s->created.toUTC().toString(Qt::ISODate));
    else
        out.insert(QLatin1String("created"), QJsonValue::Null);
    out.insert(QLatin1String("recordings"), s ? int(s->recordings.size()) : 0);
    if (!verdicts.isEmpty()) {
        const auto textOrNull = [](const QString &text) {
            return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text.trimmed());
        };
        QJsonObject calls;
        for (auto it = verdicts.calls.cbegin(); it != verdicts.calls.cend(); ++it) {
            const QString key = verdictKey(it->verdict);
            calls.insert(it.key(), QJsonObject{{QLatin1String("verdict"), key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key)},
                                               {QLatin1String("note"), textOrNull(it->note)}});
        }
        out.insert(QLatin1String("verdicts"), QJsonObject{{QLatin1String("note"), textOrNull(verdicts.note)},
                                                          {QLatin1String("counts"), verdictCountsJson(s ? *s : Simulation{}, verdicts)},
                                                          {QLatin1String("calls"), calls}});
    }
    if (error.isError())
        out.insert(QLatin1String("error"), QJsonObject{
            {QLatin1String("kind"), kindName(error.kind)},
            {QLatin1String("http_status"), error.httpStatus},
            {QLatin1String("message"), error.message},
        });
    else
        out.insert(QLatin1String("error"), QJsonValue::Null);
    return out;
}

QString humanLine(int id, const Simulation *s, const ApiError &error)
{
    QString line;
    if (s) {
        line = QCoreApplication::translate("simwatch::headless",
                   "#%1 %2: %3, %4% (%5 of %6 calls finished, %7 in progress); sentiment +%8 -%9 =%10")
                   .arg(id)
                   .arg(s->name.isEmpty() ? QStringLiteral("?") : s->name,
                        s->statusText.isEmpty() ? QStringLiteral("?") : s->statusText)
                   .arg(numberText(s->progressRounded()), numberText(s->calls.finished), numberText(s->calls.total),
                        numberText(s->calls.inProgress), numberText(s->sentiment.positive),
                        numberText(s->sentiment.negative), numberText(s->sentiment.neutral));
        if (s->isTerminal() && s->summary.hasText())
            line += QCoreApplication::translate("simwatch::headless", "; summary available");
    } else {
        line = QCoreApplication::translate("simwatch::headless", "#%1: no data yet").arg(id);
    }
    if (error.isError())
        line += QCoreApplication::translate("simwatch::headless", " [error: %1]").arg(error.message);
    // Names, statuses and quoted server messages are the server's: one line, nothing raw.
    return untrusted::forTerminal(line);
}

} // namespace simwatch::headless
