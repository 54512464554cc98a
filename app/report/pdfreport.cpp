#include "pdfreport.h"

#include "domain/datetext.h"
#include "domain/numbertext.h"
#include "reporttext.h"
#include "sentimentchart.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <QUrl>

namespace simwatch::report {

namespace {

const QString FontFamily = QStringLiteral("DejaVu Sans");
const QColor TextColor(0x22, 0x26, 0x2b);
const QColor MutedColor(0x5f, 0x67, 0x70);
const QColor RuleColor(0xc8, 0xcd, 0xd3);
const QColor HeaderFill(0xee, 0xf1, 0xf4);

// A document that never loads anything by itself: review Markdown can name images by URL or by
// local path, and neither may be fetched or read into a report. The chart is added explicitly.
class OfflineDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QTextCharFormat textFormat(qreal points = 10, bool bold = false, const QColor &color = TextColor)
{
    QTextCharFormat format;
    format.setFontFamilies({FontFamily});
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(color);
    return format;
}

void heading(QTextCursor &cursor, const QString &text, int level)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level == 2 ? 16 : 10);
    block.setBottomMargin(4);
    cursor.insertBlock(block, textFormat(level == 2 ? 14 : 11.5, true));
    cursor.insertText(text);
}

void paragraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format = textFormat())
{
    QTextBlockFormat block;
    block.setBottomMargin(4);
    cursor.insertBlock(block, format);
    cursor.insertText(text);
}

// A simple ruled table; the first row is a header repeated on each page the table spans.
void table(QTextCursor &cursor, const QStringList &headers, const QList<QStringList> &rows,
           const QList<qreal> &widthsPercent = {})
{
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorder(0.5);
    format.setBorderBrush(RuleColor);
    format.setBorderCollapse(true);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setHeaderRowCount(headers.isEmpty() ? 0 : 1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(4);
    format.setBottomMargin(6);
    if (!widthsPercent.isEmpty()) {
        QList<QTextLength> widths;
        for (const qreal w : widthsPercent)
            widths.append(QTextLength(QTextLength::PercentageLength, w));
        format.setColumnWidthConstraints(widths);
    }
    const int columns = int(qMax(headers.size(), rows.isEmpty() ? 0 : rows.first().size()));
    const int rowCount = int(rows.size()) + (headers.isEmpty() ? 0 : 1);
    QTextTable *t = cursor.insertTable(rowCount, columns, format);
    int r = 0;
    if (!headers.isEmpty()) {
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(HeaderFill);
            cell.setFormat(cellFormat);
            QTextCursor cellCursor = cell.firstCursorPosition();
            cellCursor.insertText(headers.value(c), textFormat(9, true));
        }
        r = 1;
    }
    for (const QStringList &row : rows) {
        for (int c = 0; c < columns; ++c) {
            QTextCursor cellCursor = t->cellAt(r, c).firstCursorPosition();
            cellCursor.insertText(row.value(c), textFormat(9));
        }
        ++r;
    }
    cursor.movePosition(QTextCursor::End);
}

// The window's link policy in the PDF: a link annotation only for http(s); file:, javascript:
// and relative targets stay as their text.
void keepOnlyWebLinks(QTextDocument &document)
{
    struct Range
    {
        int start;
        int end;
        QTextCharFormat format;
    };
    QList<Range> unsafe; // collected first: changing formats merges the fragments being walked
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString scheme = QUrl(format.anchorHref()).scheme().toLower();
            if (format.isAnchor() && scheme != QLatin1String("http") && scheme != QLatin1String("https"))
                unsafe.append({fragment.position(), fragment.position() + fragment.length(), format});
        }
    }
    for (const Range &range : std::as_const(unsafe)) {
        QTextCursor cursor(&document);
        cursor.setPosition(range.start);
        cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        QTextCharFormat plain = range.format;
        plain.setAnchor(false);
        plain.clearProperty(QTextFormat::AnchorHref);
        plain.setFontUnderline(false);
        plain.clearForeground();
        cursor.setCharFormat(plain);
    }
}

void reviewText(QTextCursor &cursor, const QString &title, const ReviewText &text)
{
    heading(cursor, title, 3);
    if (!text.hasText()) {
        QTextCharFormat note = textFormat(10, false, MutedColor);
        note.setFontItalic(true);
        paragraph(cursor, reviewTextOrNote(text), note);
        return;
    }
    // The review texts are Markdown; render them, but never any HTML they might carry.
    OfflineDocument markdown;
    markdown.setDefaultFont(QFont(FontFamily, 10));
    markdown.setMarkdown(text.text, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                    | QTextDocument::MarkdownNoHTML));
    keepOnlyWebLinks(markdown);
    QTextBlockFormat block;
    cursor.insertBlock(block, textFormat());
    cursor.insertFragment(QTextDocumentFragment(&markdown));
}

} // namespace

void buildReportDocument(QTextDocument *document, const Simulation &s, const Options &options, int dpi,
                         qreal bodyWidth)
{
    document->setDefaultFont(QFont(FontFamily, 10));
    document->setDocumentMargin(0);
    QTextCursor cursor(document);

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(2);
    cursor.setBlockFormat(titleBlock);
    cursor.setCharFormat(textFormat(20, true));
    cursor.insertText(reportTitle(s));
    paragraph(cursor, QCoreApplication::translate("simwatch::report", "Simulation review exported by SimWatch"), textFormat(10, false, MutedColor));

    const QString agent = s.agent ? (s.agent->name.isEmpty() ? QCoreApplication::translate("simwatch::report", "Agent %1").arg(s.agent->id) : s.agent->name)
                                  : QCoreApplication::translate("simwatch::report", "Unknown");
    table(cursor, {}, {
        {QCoreApplication::translate("simwatch::report", "Simulation id"), QString::number(s.id)},
        {QCoreApplication::translate("simwatch::report", "Agent"), agent},
        {QCoreApplication::translate("simwatch::report", "Status"), s.statusText.isEmpty() ? QCoreApplication::translate("simwatch::report", "Unknown") : s.statusText},
        {QCoreApplication::translate("simwatch::report", "Created (UTC)"), utcText(s.created)},
        {QCoreApplication::translate("simwatch::report", "Exported at (UTC)"), utcText(options.exportedAt)},
    }, {30, 70});

    heading(cursor, QCoreApplication::translate("simwatch::report", "Configuration"), 2);
    table(cursor, {}, {
        {QCoreApplication::translate("simwatch::report", "Calls per scenario"), countText(s.numberOfCallToMake)},
        {QCoreApplication::translate("simwatch::report", "Concurrent calls"), countText(s.concurrentCallCount)},
        {QCoreApplication::translate("simwatch::report", "Max call duration (minutes)"), countText(s.maxCallDurationMinutes)},
    }, {30, 70});
    heading(cursor, QCoreApplication::translate("simwatch::report", "Scenarios"), 3);
    if (s.scenarios.isEmpty()) {
        paragraph(cursor, QCoreApplication::translate("simwatch::report", "No scenarios listed."));
    } else {
        QList<QStringList> rows;
        for (const QJsonObject &scenario : s.scenarios)
            rows.append({scenarioName(scenario), scenarioDescription(scenario)});
        table(cursor, {QCoreApplication::translate("simwatch::report", "Scenario"), QCoreApplication::translate("simwatch::report", "Description")}, rows, {30, 70});
    }

    heading(cursor, QCoreApplication::translate("simwatch::report", "Progress and calls"), 2);
    table(cursor, {QCoreApplication::translate("simwatch::report", "Progress"), QCoreApplication::translate("simwatch::report", "Total"), QCoreApplication::translate("simwatch::report", "Finished"), QCoreApplication::translate("simwatch::report", "In progress"), QCoreApplication::translate("simwatch::report", "Remaining"), QCoreApplication::translate("simwatch::report", "Active")},
          {{percentText(s.progressRounded()), countText(s.calls.total),
            countText(s.calls.finished), countText(s.calls.inProgress),
            countText(s.calls.remaining), countText(s.calls.active)}});

    heading(cursor, QCoreApplication::translate("simwatch::report", "Sentiment"), 2);
    // Drawn at print resolution: 9 cm wide, 4 cm high.
    const qreal pxPerCm = dpi / 2.54;
    const QSize chartSize(qRound(qMin(bodyWidth, 9 * pxPerCm)), qRound(4 * pxPerCm));
    const QUrl chartUrl(QStringLiteral("simwatch://sentiment.png"));
    document->addResource(QTextDocument::ImageResource, chartUrl, sentimentChart(s.sentiment, chartSize));
    QTextImageFormat image;
    image.setName(chartUrl.toString());
    // Image sizes in a text document are in 96-dpi units, whatever the layout's device.
    image.setWidth(chartSize.width() * 96.0 / dpi);
    image.setHeight(chartSize.height() * 96.0 / dpi);
    cursor.insertBlock();
    cursor.insertImage(image);

    heading(cursor, QCoreApplication::translate("simwatch::report", "Review"), 2);
    reviewText(cursor, QCoreApplication::translate("simwatch::report", "Summary"), s.summary);
    reviewText(cursor, QCoreApplication::translate("simwatch::report", "What went wrong"), s.whatWentWrong);
    reviewText(cursor, QCoreApplication::translate("simwatch::report", "Suggestions for improvement"), s.suggestionsForImprovement);
    reviewText(cursor, QCoreApplication::translate("simwatch::report", "Prompt suggestion"), s.promptSuggestion);
    paragraph(cursor, QCoreApplication::translate("simwatch::report", "Prompt suggestion applied to the agent: %1").arg(s.promptSuggestionApplied ? QCoreApplication::translate("simwatch::report", "yes") : QCoreApplication::translate("simwatch::report", "no")),
              textFormat(10, false, MutedColor));

    heading(cursor, QCoreApplication::translate("simwatch::report", "Your verdicts and notes"), 2);
    const RunVerdicts &verdicts = options.verdicts;
    paragraph(cursor, verdictCountsText(s, verdicts));
    if (!verdicts.note.trimmed().isEmpty())
        paragraph(cursor, verdicts.note.trimmed());
    const QList<JudgedCall> judged = judgedCalls(s, verdicts);
    if (!judged.isEmpty()) {
        QList<QStringList> rows;
        for (const JudgedCall &call : judged)
            rows.append({call.label, verdictText(call.verdict.verdict), call.verdict.note.trimmed()});
        table(cursor, {QCoreApplication::translate("simwatch::report", "Call"), QCoreApplication::translate("simwatch::report", "Verdict"), QCoreApplication::translate("simwatch::report", "Note")}, rows,
              {14, 14, 72});
    }

    heading(cursor, QCoreApplication::translate("simwatch::report", "Calls"), 2);
    if (s.recordings.isEmpty()) {
        paragraph(cursor, QCoreApplication::translate("simwatch::report", "No calls recorded."));
    } else {
        QList<QStringList> rows;
        for (int i = 0; i < s.recordings.size(); ++i) {
            const Recording &r = s.recordings.at(i);
            // The column header says UTC; without the suffix the time fits on one line.
            rows.append({callLabel(r, i),
                         r.timeOfCall.isValid() ? dateTimeText(r.timeOfCall) : utcText(r.timeOfCall),
                         r.scenario, r.callStatus, durationText(r.durationSeconds), r.sentiment,
                         verdictText(verdicts.call(callKey(r, i)).verdict)});
        }
        table(cursor, {QCoreApplication::translate("simwatch::report", "Call"), QCoreApplication::translate("simwatch::report", "Time (UTC)"), QCoreApplication::translate("simwatch::report", "Scenario"), QCoreApplication::translate("simwatch::report", "Status"), QCoreApplication::translate("simwatch::report", "Duration"), QCoreApplication::translate("simwatch::report", "Sentiment"), QCoreApplication::translate("simwatch::report", "Verdict")}, rows,
              {9, 20, 25, 12, 9, 12, 13});
    }
}

QString writePagedPdf(const QString &path, const QString &title, const Options &options, const DocumentBuilder &build)
{
    constexpr int Dpi = 300;
    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("SimWatch"));

    // Painter coordinates start at the margins; the header and footer bands sit inside them.
    const QRect paint = writer.pageLayout().paintRectPixels(Dpi);
    const qreal mm = Dpi / 25.4;
    const qreal headerHeight = 10 * mm;
    const qreal footerHeight = 10 * mm;
    const QSizeF body(paint.width(), paint.height() - headerHeight - footerHeight);

    OfflineDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(body);
    build(&document, Dpi, body.width());

    QPainter painter;
    if (!painter.begin(&writer))
        return QCoreApplication::translate("simwatch::report", "Could not write \"%1\": the file cannot be created.").arg(QFileInfo(path).fileName());
    const int pages = document.pageCount();
    QFont small(FontFamily, 8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(MutedColor);
        const QRectF headerRect(0, 0, body.width(), headerHeight - 3 * mm);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom,
                         painter.fontMetrics().elidedText(title, Qt::ElideRight, int(body.width() * 0.7)));
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, utcText(options.exportedAt));
        painter.setPen(QPen(RuleColor, 0.3 * mm));
        painter.drawLine(QPointF(0, headerHeight - 2 * mm), QPointF(body.width(), headerHeight - 2 * mm));

        painter.save();
        painter.translate(0, headerHeight - page * body.height());
        document.drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
        painter.restore();

        const qreal footerTop = headerHeight + body.height();
        painter.setPen(QPen(RuleColor, 0.3 * mm));
        painter.drawLine(QPointF(0, footerTop + 2 * mm), QPointF(body.width(), footerTop + 2 * mm));
        painter.setPen(MutedColor);
        painter.setFont(small);
        painter.drawText(QRectF(0, footerTop + 3 * mm, body.width(), footerHeight - 3 * mm), Qt::AlignHCenter | Qt::AlignTop,
                         QCoreApplication::translate("simwatch::report", "Page %1 of %2").arg(numberText(page + 1), numberText(pages)));
    }
    painter.end();
    return {};
}

QString writePdfReport(const Simulation &s, const QString &path, const Options &options)
{
    return writePagedPdf(path, QCoreApplication::translate("simwatch::report", "SimWatch review — %1").arg(reportTitle(s)),
                         options, [&s, &options](QTextDocument *document, int dpi, qreal width) {
                             buildReportDocument(document, s, options, dpi, width);
                         });
}

} // namespace simwatch::report
