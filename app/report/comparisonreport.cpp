#include "comparisonreport.h"

#include "domain/numbertext.h"
#include "domain/shares.h"
#include "domain/untrustedtext.h"
#include "markdownreport.h"
#include "pdfreport.h"
#include "reporttext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextDocument>

namespace simwatch::report {

namespace {

using compare::Comparison;
using compare::Side;

QString sideTitle(const Side &side)
{
    return side.name.trimmed().isEmpty() ? QCoreApplication::translate("simwatch::report", "Simulation %1").arg(side.id)
                                         : QStringLiteral("%1 (#%2)").arg(side.name.trimmed()).arg(side.id);
}

// "6 (50%)", with shares that add up to 100 as in the charts.
QString shareText(const Sentiment &s, int slice, int Sentiment::*field)
{
    if (s.total() <= 0)
        return numberText(s.*field);
    return QStringLiteral("%1 (%2)").arg(numberText(s.*field), percentText(largestRemainderShares({s.positive, s.negative, s.neutral}).at(slice)));
}

QString secondsText(int seconds)
{
    return seconds < 0 ? QStringLiteral("—") : durationText(seconds);
}

// The rows both the Markdown and the HTML show: {measure, before, after, change}.
QList<QStringList> factRows(const Comparison &c)
{
    const Side &a = c.before;
    const Side &b = c.after;
    QList<QStringList> rows;
    rows.append({QCoreApplication::translate("simwatch::report", "Agent"), a.agent, b.agent, QString()});
    rows.append({QCoreApplication::translate("simwatch::report", "Status"), a.status, b.status, QString()});
    rows.append({QCoreApplication::translate("simwatch::report", "Calls finished"), QStringLiteral("%1 / %2").arg(numberText(a.calls.finished), numberText(a.calls.total)),
                 QStringLiteral("%1 / %2").arg(numberText(b.calls.finished), numberText(b.calls.total)), changeText(b.calls.finished - a.calls.finished)});
    const std::pair<const char *, int Sentiment::*> sentiments[] = {
        {QT_TRANSLATE_NOOP("simwatch::report", "Positive"), &Sentiment::positive},
        {QT_TRANSLATE_NOOP("simwatch::report", "Negative"), &Sentiment::negative},
        {QT_TRANSLATE_NOOP("simwatch::report", "Neutral"), &Sentiment::neutral},
    };
    for (int slice = 0; slice < 3; ++slice) {
        const auto &[name, field] = sentiments[slice];
        rows.append({QCoreApplication::translate("simwatch::report", name), shareText(a.sentiment, slice, field),
                     shareText(b.sentiment, slice, field), changeText(b.sentiment.*field - a.sentiment.*field)});
    }
    rows.append({QCoreApplication::translate("simwatch::report", "Median call"), secondsText(a.durations.median), secondsText(b.durations.median),
                 a.durations.median >= 0 && b.durations.median >= 0 ? changeText(b.durations.median - a.durations.median) + QStringLiteral(" s") : QString()});
    rows.append({QCoreApplication::translate("simwatch::report", "Mean call"), secondsText(a.durations.mean), secondsText(b.durations.mean), QString()});
    rows.append({QCoreApplication::translate("simwatch::report", "Longest call"), secondsText(a.durations.longest), secondsText(b.durations.longest), QString()});
    return rows;
}

QString sentimentCell(const Sentiment &s)
{
    return QStringLiteral("+%1 −%2 =%3").arg(numberText(s.positive), numberText(s.negative), numberText(s.neutral));
}

QString mdRow(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells)
        escaped.append(escapeInline(untrusted::showHidden(cell)));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString html(const QString &serverText)
{
    return untrusted::showHidden(serverText).toHtmlEscaped();
}

} // namespace

QString comparisonTitle(const Comparison &c)
{
    return QCoreApplication::translate("simwatch::report", "Comparison: %1 → %2").arg(sideTitle(c.before), sideTitle(c.after));
}

QString comparisonMarkdown(const Comparison &c, const QDateTime &exportedAt)
{
    QString md = QStringLiteral("# ") + escapeInline(comparisonTitle(c)) + QStringLiteral("\n\n");
    md += QCoreApplication::translate("simwatch::report", "Exported at %1.").arg(utcText(exportedAt)) + QStringLiteral("\n\n");
    md += mdRow({QCoreApplication::translate("simwatch::report", "Measure"), QCoreApplication::translate("simwatch::report", "Before: %1").arg(sideTitle(c.before)), QCoreApplication::translate("simwatch::report", "After: %1").arg(sideTitle(c.after)), QCoreApplication::translate("simwatch::report", "Change")});
    md += QStringLiteral("|---|---|---|---:|\n");
    for (const QStringList &row : factRows(c))
        md += mdRow(row);
    md += QStringLiteral("\n## ") + QCoreApplication::translate("simwatch::report", "Sentiment per scenario") + QStringLiteral("\n\n");
    if (c.scenarios.isEmpty()) {
        md += QCoreApplication::translate("simwatch::report", "No calls are listed in either run.") + QStringLiteral("\n");
    } else {
        md += mdRow({QCoreApplication::translate("simwatch::report", "Scenario"), QCoreApplication::translate("simwatch::report", "Before"), QCoreApplication::translate("simwatch::report", "After")}) + QStringLiteral("|---|---|---|\n");
        for (const compare::ScenarioRow &row : c.scenarios)
            md += mdRow({row.scenario, sentimentCell(row.before), sentimentCell(row.after)});
    }
    md += QStringLiteral("\n## ") + QCoreApplication::translate("simwatch::report", "Review") + QStringLiteral("\n");
    for (const compare::TextDiff &text : c.texts) {
        md += QStringLiteral("\n### ") + escapeInline(text.title) + QStringLiteral("\n\n");
        if (!text.changed) {
            md += QCoreApplication::translate("simwatch::report", "Unchanged.") + QStringLiteral("\n");
            continue;
        }
        // A diff block: fenced, so server text is shown as written and nothing in it is markup.
        md += QStringLiteral("```diff\n");
        for (const promptdiff::LinePair &line : text.lines) {
            const QString left = untrusted::showHidden(line.left).replace(QStringLiteral("```"), QStringLiteral("ʼʼʼ"));
            const QString right = untrusted::showHidden(line.right).replace(QStringLiteral("```"), QStringLiteral("ʼʼʼ"));
            switch (line.kind) {
            case promptdiff::LinePair::Kind::Same: md += QStringLiteral("  ") + left + QLatin1Char('\n'); break;
            case promptdiff::LinePair::Kind::Removed: md += QStringLiteral("- ") + left + QLatin1Char('\n'); break;
            case promptdiff::LinePair::Kind::Added: md += QStringLiteral("+ ") + right + QLatin1Char('\n'); break;
            case promptdiff::LinePair::Kind::Changed:
                md += QStringLiteral("- ") + left + QLatin1Char('\n') + QStringLiteral("+ ") + right + QLatin1Char('\n');
                break;
            }
        }
        md += QStringLiteral("```\n");
    }
    return md;
}

QString comparisonHtml(const Comparison &c)
{
    QString out;
    out += QStringLiteral("<h2>%1</h2>").arg(comparisonTitle(c).toHtmlEscaped());
    out += QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style='border-collapse:collapse; border-color:#c8cdd3'>");
    out += QStringLiteral("<tr style='background:#eef1f4'><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th><th align=right>%4</th></tr>")
               .arg(QCoreApplication::translate("simwatch::report", "Measure").toHtmlEscaped(), html(QCoreApplication::translate("simwatch::report", "Before: %1").arg(sideTitle(c.before))),
                    html(QCoreApplication::translate("simwatch::report", "After: %1").arg(sideTitle(c.after))), QCoreApplication::translate("simwatch::report", "Change").toHtmlEscaped());
    for (const QStringList &row : factRows(c)) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=right>%4</td></tr>")
                   .arg(html(row.at(0)), html(row.at(1)), html(row.at(2)), html(row.at(3)));
    }
    out += QStringLiteral("</table>");
    out += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("simwatch::report", "Sentiment per scenario").toHtmlEscaped());
    if (c.scenarios.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("simwatch::report", "No calls are listed in either run.").toHtmlEscaped());
    } else {
        out += QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style='border-collapse:collapse; border-color:#c8cdd3'>");
        out += QStringLiteral("<tr style='background:#eef1f4'><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th></tr>")
                   .arg(QCoreApplication::translate("simwatch::report", "Scenario").toHtmlEscaped(), QCoreApplication::translate("simwatch::report", "Before").toHtmlEscaped(), QCoreApplication::translate("simwatch::report", "After").toHtmlEscaped());
        for (const compare::ScenarioRow &row : c.scenarios) {
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                       .arg(html(row.scenario), html(sentimentCell(row.before)), html(sentimentCell(row.after)));
        }
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("simwatch::report", "Review").toHtmlEscaped());
    for (const compare::TextDiff &text : c.texts) {
        out += QStringLiteral("<h4>%1%2</h4>").arg(html(text.title), text.changed ? QString() : QStringLiteral(" — ") + QCoreApplication::translate("simwatch::report", "unchanged").toHtmlEscaped());
        if (!text.changed)
            continue;
        // Removed lines on red with "−", added on green with "+": the sign says it without colour.
        out += QStringLiteral("<table cellspacing=0 cellpadding=2 width='100%'>");
        for (const promptdiff::LinePair &line : text.lines) {
            const auto cellOf = [](const QString &sign, const QString &value, const char *colour) {
                return QStringLiteral("<tr><td style='background:%1; white-space:pre-wrap'>%2 %3</td></tr>")
                    .arg(QLatin1String(colour), sign, html(value));
            };
            switch (line.kind) {
            case promptdiff::LinePair::Kind::Same: out += cellOf(QStringLiteral("&nbsp;"), line.left, "transparent"); break;
            case promptdiff::LinePair::Kind::Removed: out += cellOf(QStringLiteral("−"), line.left, "#fbe3e1"); break;
            case promptdiff::LinePair::Kind::Added: out += cellOf(QStringLiteral("+"), line.right, "#dff3e4"); break;
            case promptdiff::LinePair::Kind::Changed:
                out += cellOf(QStringLiteral("−"), line.left, "#fbe3e1");
                out += cellOf(QStringLiteral("+"), line.right, "#dff3e4");
                break;
            }
        }
        out += QStringLiteral("</table>");
    }
    return out;
}

QString writeComparison(const Comparison &c, Format format, const QString &path, const Options &options)
{
    switch (format) {
    case Format::Markdown:
        return writeBytes(path, comparisonMarkdown(c, options.exportedAt).toUtf8());
    case Format::Json: {
        QJsonObject object = compare::toJson(c);
        object.insert(QStringLiteral("exported_at"), options.exportedAt.toUTC().toString(Qt::ISODate));
        return writeBytes(path, QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    case Format::Pdf:
        return writePagedPdf(path, comparisonTitle(c), options, [&c](QTextDocument *document, int, qreal) {
            document->setHtml(comparisonHtml(c));
        });
    }
    return QCoreApplication::translate("simwatch::report", "Unknown report format.");
}

} // namespace simwatch::report
