#include "domain/simulationref.h"

#include <QRegularExpression>

#include <limits>

namespace simwatch {

namespace {

std::optional<int> positiveId(QStringView digits)
{
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok);
    if (!ok || value <= 0 || value > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(value);
}

} // namespace

std::optional<int> simulationIdFromText(const QString &text)
{
    QString input = text.trimmed();
    // Pasted from a chat or a Markdown link: <https://…> or "…".
    if (input.size() >= 2
        && ((input.startsWith(QLatin1Char('<')) && input.endsWith(QLatin1Char('>')))
            || (input.startsWith(QLatin1Char('"')) && input.endsWith(QLatin1Char('"')))))
        input = input.mid(1, input.size() - 2).trimmed();
    if (input.isEmpty() || input.contains(QRegularExpression(QStringLiteral("\\s"))))
        return std::nullopt;

    // A bare id, as the web app shows it ("#456") or typed.
    static const QRegularExpression bare(QStringLiteral("^#?(\\d+)$"));
    if (const QRegularExpressionMatch m = bare.match(input); m.hasMatch())
        return positiveId(m.capturedView(1));

    // ".../simulation(s)/456", in the path or in a client-side route after '#'; a slug may follow
    // the number ("456-support-test").
    static const QRegularExpression segment(QStringLiteral("(?:^|[/#])simulations?/(\\d+)(?=$|[/?#&;-])"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = segment.match(input); m.hasMatch())
        return positiveId(m.capturedView(1));

    // "?simulation_id=456" (or "simulationId", "simulation") in the query or the route's query.
    static const QRegularExpression parameter(QStringLiteral("[?&#](?:simulation|simulation_id|simulationid)=(\\d+)(?=$|[&#;])"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = parameter.match(input); m.hasMatch())
        return positiveId(m.capturedView(1));

    return std::nullopt;
}

} // namespace simwatch
