#include "markdownreport.h"

#include "domain/numbertext.h"
#include "reporttext.h"
#include "sentimentslices.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace simwatch::report {

namespace {
QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells)
        escaped.append(escapeInline(cell));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString separator(int columns, const QList<int> &rightAligned = {})
{
    QString line = QStringLiteral("|");
    for (int c = 0; c < columns; ++c)
        line += rightAligned.contains(c) ? QStringLiteral("---:|") : QStringLiteral("---|");
    return line + QLatin1Char('\n');
}
} // namespace

QString escapeInline(const QString &text)
{
    QString out;
    const QString simple = text.simplified(); // newlines would end a table row or a heading
    out.reserve(simple.size() + 8);
    for (const QChar c : simple) {
        if (QStringLiteral("\\`*_[]<>|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// The window's policy, for a file opened in any Markdown viewer: server text cannot add HTML
// (a '<' is written as an entity, which no preceding backslash can undo), cannot embed an image
// (a viewer would fetch it from the server's chosen host), and links only to http(s).
QString defusedLine(const QString &line)
{
    static const QRegularExpression image(QStringLiteral("!(?=\\[)"));
    static const QRegularExpression localLink(QStringLiteral("\\]\\((?!\\s*<?https?://)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression localDefinition(QStringLiteral("^( {0,3})\\[(?=[^\\]]+\\]:\\s*<?(?!https?://))"),
                                                    QRegularExpression::CaseInsensitiveOption);
    QString out = line;
    out.replace(image, QStringLiteral("&#33;"));
    out.replace(localLink, QStringLiteral("]&#40;"));
    out.replace(localDefinition, QStringLiteral("\\1&#91;"));
    out.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    return out;
}

QString containedMarkdown(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})(\\s|$)"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    bool inFence = false;
    QString fenceMarker;
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QRegularExpressionMatch f = fence.match(line);
        if (f.hasMatch()) {
            if (!inFence) {
                inFence = true;
                fenceMarker = f.captured(1);
            } else if (f.captured(1) == fenceMarker) {
                inFence = false;
            }
            continue;
        }
        if (inFence)
            continue;
        line = defusedLine(line);
        // Our sections are level 2, a review text sits under level 3: its headings go to 4+.
        const QRegularExpressionMatch h = heading.match(line);
        if (h.hasMatch()) {
            const int level = qMin(6, h.captured(1).size() + 3);
            line = QString(level, QLatin1Char('#')) + line.mid(h.capturedEnd(1));
        }
    }
    QString out = lines.join(QLatin1Char('\n')).trimmed();
    if (inFence)
        out += QLatin1Char('\n') + fenceMarker;
    return out;
}

QString markdownReport(const Simulation &s, const QDateTime &exportedAt, const RunVerdicts &verdicts)
{
    QString md;
    md += QStringLiteral("# ") + QCoreApplication::translate("simwatch::report", "SimWatch review") + QStringLiteral(": ") + escapeInline(reportTitle(s)) + QStringLiteral("\n\n");

    md += row({QCoreApplication::translate("simwatch::report", "Field"), QCoreApplication::translate("simwatch::report", "Value")}) + separator(2);
    md += row({QCoreApplication::translate("simwatch::report", "Simulation id"), QString::number(s.id)});
    md += row({QCoreApplication::translate("simwatch::report", "Name"), reportTitle(s)});
    md += row({QCoreApplication::translate("simwatch::report", "Agent"), s.agent ? (s.agent->name.isEmpty() ? QCoreApplication::translate("simwatch::report", "Agent %1").arg(s.agent->id) : s.agent->name)
                                    : QCoreApplication::translate("simwatch::report", "Unknown")});
    md += row({QCoreApplication::translate("simwatch::report", "Status"), s.statusText.isEmpty() ? QCoreApplication::translate("simwatch::report", "Unknown") : s.statusText});
    md += row({QCoreApplication::translate("simwatch::report", "Created (UTC)"), utcText(s.created)});
    md += row({QCoreApplication::translate("simwatch::report", "Exported at (UTC)"), utcText(exportedAt)});
    md += QLatin1Char('\n');

    md += QStringLiteral("## ") + QCoreApplication::translate("simwatch::report", "Configuration") + QStringLiteral("\n\n");
    md += row({QCoreApplication::translate("simwatch::report", "Setting"), QCoreApplication::translate("simwatch::report", "Value")}) + separator(2);
    md += row({QCoreApplication::translate("simwatch::report", "Calls per scenario"), countText(s.numberOfCallToMake)});
    md += row({QCoreApplication::translate("simwatch::report", "Concurrent calls"), countText(s.concurrentCallCount)});
    md += row({QCoreApplication::translate("simwatch::report", "Max call duration (minutes)"), countText(s.maxCallDurationMinutes)});
    md += QLatin1Char('\n');
    md += QStringLiteral("### ") + QCoreApplication::translate("simwatch::report", "Scenarios") + QStringLiteral("\n\n");
    if (s.scenarios.isEmpty()) {
        md += QCoreApplication::translate("simwatch::report", "No scenarios listed.") + QStringLiteral("\n\n");
    } else {
        md += row({QCoreApplication::translate("simwatch::report", "Scenario"), QCoreApplication::translate("simwatch::report", "Description")}) + separator(2);
        for (const QJsonObject &scenario : s.scenarios)
            md += row({scenarioName(scenario), scenarioDescription(scenario)});
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## ") + QCoreApplication::translate("simwatch::report", "Progress") + QStringLiteral("\n\n");
    md += row({QCoreApplication::translate("simwatch::report", "Measure"), QCoreApplication::translate("simwatch::report", "Value")}) + separator(2, {1});
    md += row({QCoreApplication::translate("simwatch::report", "Progress"), percentText(s.progressRounded())});
    md += row({QCoreApplication::translate("simwatch::report", "Total calls"), countText(s.calls.total)});
    md += row({QCoreApplication::translate("simwatch::report", "Finished"), countText(s.calls.finished)});
    md += row({QCoreApplication::translate("simwatch::report", "In progress"), countText(s.calls.inProgress)});
    md += row({QCoreApplication::translate("simwatch::report", "Remaining"), countText(s.calls.remaining)});
    md += row({QCoreApplication::translate("simwatch::report", "Active calls"), countText(s.calls.active)});
    md += QLatin1Char('\n');

    md += QStringLiteral("## ") + QCoreApplication::translate("simwatch::report", "Sentiment") + QStringLiteral("\n\n");
    // The order and the shares of the charts (the window's pie, the PDF's): shares add up to 100.
    const QList<int> counts = sentimentCounts(s.sentiment);
    const QList<int> shares = largestRemainderShares(counts);
    const QString names[] = {QCoreApplication::translate("simwatch::report", "Positive"), QCoreApplication::translate("simwatch::report", "Negative"), QCoreApplication::translate("simwatch::report", "Neutral")};
    md += row({QCoreApplication::translate("simwatch::report", "Sentiment"), QCoreApplication::translate("simwatch::report", "Calls"), QCoreApplication::translate("simwatch::report", "Share")}) + separator(3, {1, 2});
    for (int i = 0; i < SentimentSliceCount; ++i)
        md += row({names[i], countText(counts.at(i)), percentText(shares.at(i))});
    md += QLatin1Char('\n');

    md += QStringLiteral("## ") + QCoreApplication::translate("simwatch::report", "Review") + QStringLiteral("\n\n");
    const QList<std::pair<QString, const ReviewText *>> texts = {
        {QCoreApplication::translate("simwatch::report", "Summary"), &s.summary},
        {QCoreApplication::translate("simwatch::report", "What went wrong"), &s.whatWentWrong},
        {QCoreApplication::translate("simwatch::report", "Suggestions for improvement"), &s.suggestionsForImprovement},
        {QCoreApplication::translate("simwatch::report", "Prompt suggestion"), &s.promptSuggestion},
    };
    for (const auto &[title, text] : texts) {
        md += QStringLiteral("### ") + title + QStringLiteral("\n\n");
        md += text->hasText() ? containedMarkdown(text->text) : QStringLiteral("*") + escapeInline(reviewTextOrNote(*text)) + QLatin1Char('*');
        md += QStringLiteral("\n\n");
    }
    md += QCoreApplication::translate("simwatch::report", "Prompt suggestion applied to the agent: %1").arg(s.promptSuggestionApplied ? QCoreApplication::translate("simwatch::report", "yes") : QCoreApplication::translate("simwatch::report", "no"))
        + QStringLiteral("\n\n");

    // The reviewer's own words: plain text, each line escaped (they are not the server's Markdown).
    md += QStringLiteral("## ") + QCoreApplication::translate("simwatch::report", "Your verdicts and notes") + QStringLiteral("\n\n");
    md += escapeInline(verdictCountsText(s, verdicts)) + QStringLiteral("\n\n");
    if (!verdicts.note.trimmed().isEmpty()) {
        QStringList lines;
        for (const QString &line : verdicts.note.trimmed().split(QLatin1Char('\n')))
            lines.append(QStringLiteral("> ") + escapeInline(line));
        md += lines.join(QStringLiteral("\n")) + QStringLiteral("\n\n");
    }
    const QList<JudgedCall> judged = judgedCalls(s, verdicts);
    for (const JudgedCall &call : judged) {
        QString line = QStringLiteral("- ") + QCoreApplication::translate("simwatch::report", "Call %1").arg(call.label);
        if (call.verdict.verdict != Verdict::None)
            line += QStringLiteral(": **") + verdictText(call.verdict.verdict) + QStringLiteral("**");
        if (!call.verdict.note.trimmed().isEmpty())
            line += QStringLiteral(" \u2014 ") + escapeInline(call.verdict.note);
        md += line + QLatin1Char('\n');
    }
    if (!judged.isEmpty())
        md += QLatin1Char('\n');

    md += QStringLiteral("## ") + QCoreApplication::translate("simwatch::report", "Calls") + QStringLiteral("\n\n");
    if (s.recordings.isEmpty()) {
        md += QCoreApplication::translate("simwatch::report", "No calls recorded.") + QStringLiteral("\n");
    } else {
        md += row({QCoreApplication::translate("simwatch::report", "Call"), QCoreApplication::translate("simwatch::report", "Time (UTC)"), QCoreApplication::translate("simwatch::report", "Scenario"), QCoreApplication::translate("simwatch::report", "Status"), QCoreApplication::translate("simwatch::report", "Duration"), QCoreApplication::translate("simwatch::report", "Sentiment"), QCoreApplication::translate("simwatch::report", "Verdict")}) + separator(7, {4});
        for (int i = 0; i < s.recordings.size(); ++i) {
            const Recording &r = s.recordings.at(i);
            md += row({callLabel(r, i), utcText(r.timeOfCall), r.scenario, r.callStatus, durationText(r.durationSeconds), r.sentiment,
                       verdictText(verdicts.call(callKey(r, i)).verdict)});
        }
    }
    return md;
}

} // namespace simwatch::report
