#include "recordingdetail.h"

#include "audioplayer.h"
#include "findbar.h"
#include "domain/datetext.h"
#include "domain/duration.h"
#include "domain/transcript.h"
#include "model/simulationmodel.h"
#include "safetextbrowser.h"
#include "domain/untrustedtext.h"
#include "theme.h"
#include "uitext.h"
#include "verdictpanel.h"

#include <QAction>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextCursor>
#include <QTextTable>
#include <QVBoxLayout>

namespace simwatch {

namespace {

constexpr QLatin1StringView ConversationKey("call_conversation");
constexpr QLatin1StringView TimeOfCallKey("time_of_call");

} // namespace

RecordingDetail::RecordingDetail(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(tr("Select a call to see its details and transcript"), m_stack);
    m_placeholder->setObjectName(QStringLiteral("emptyState"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    theme::wrapStackPageLabel(m_placeholder);
    m_page = new QWidget(m_stack);
    m_audio = new AudioPlayer(m_page);
    m_verdict = new VerdictPanel(m_page);
    m_browser = new SafeTextBrowser(m_page);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setAccessibleName(tr("Call details"));
    m_findBar = new FindBar(m_browser, m_page);
    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_audio);
    pageLayout->addWidget(m_verdict);
    pageLayout->addWidget(m_browser, 1);
    pageLayout->addWidget(m_findBar);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_page);

    // Space plays and pauses wherever the focus is inside the details (the text is read-only, so
    // Space has nothing else to do there).
    m_playPause = new QAction(tr("Play/pause the recording"), this);
    m_playPause->setShortcut(QKeySequence(Qt::Key_Space));
    m_playPause->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_playPause->setEnabled(false);
    connect(m_playPause, &QAction::triggered, this, [this] { m_audio->togglePlayback(); });
    addAction(m_playPause);
    m_find = new QAction(tr("Find in call details"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_find->setEnabled(false);
    connect(m_find, &QAction::triggered, this, [this] { m_findBar->open(); });
    addAction(m_find);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

bool RecordingDetail::isPlaceholderShown() const
{
    return m_stack->currentWidget() == m_placeholder;
}

QString RecordingDetail::shownText() const
{
    return isPlaceholderShown() ? m_placeholder->text() : m_browser->toPlainText();
}

void RecordingDetail::clear()
{
    m_shownRaw = {};
    m_shownTitle.clear();
    m_verdict->showCall({});
    m_audio->setRecordingUrl({});
    m_playPause->setEnabled(false);
    m_find->setEnabled(false);
    m_findBar->close();
    m_browser->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void RecordingDetail::showRecording(const QModelIndex &index)
{
    if (!index.isValid() || index.data(SimulationModel::IsSimulationRole).toBool()) {
        clear();
        return;
    }
    const QJsonObject raw = index.data(SimulationModel::RawObjectRole).toJsonObject();
    // The call's own id, as the review texts cite it ("Call #70004"); its position only without one.
    const int id = index.data(SimulationModel::IdRole).toInt();
    const QString title = id >= 0 ? tr("Call #%1").arg(id) : tr("Call %1").arg(index.row() + 1);
    m_verdict->showCall(index); // also when only the verdict changed
    if (title == m_shownTitle && raw == m_shownRaw && !isPlaceholderShown())
        return; // a poll that did not touch this call: keep scroll position and text selection
    const bool sameCall = title == m_shownTitle;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_shownRaw = raw;
    m_shownTitle = title;
    // The few facts a reviewer scans first, on one line: "Refund request · 1:05 · completed · Negative".
    QStringList facts;
    const QDateTime callTime = index.data(SimulationModel::CallTimeRole).toDateTime();
    for (const QString &fact : {index.data(SimulationModel::ScenarioRole).toString(), dateTimeTextUtc(callTime),
                                formatDuration(index.data(SimulationModel::DurationSecondsRole).toInt()),
                                index.data(SimulationModel::CallStatusRole).toString(),
                                index.data(SimulationModel::SentimentRole).toString()}) {
        if (!fact.trimmed().isEmpty())
            facts.append(untrusted::forDisplay(fact.trimmed()));
    }
    const QString voice = index.data(SimulationModel::VoiceRole).toString().trimmed();
    if (!voice.isEmpty())
        facts.append(tr("voice %1").arg(untrusted::forDisplay(UiText::voiceText(voice))));
    render(title, raw, facts.join(QStringLiteral(" \u00B7 ")), index.data(SimulationModel::ConversationRole).toString(),
           callTime);
    m_audio->setRecordingUrl(index.data(SimulationModel::RecordingUrlRole).toString());
    m_playPause->setEnabled(m_audio->hasPlayer());
    m_find->setEnabled(true);
    m_stack->setCurrentWidget(m_page);
    if (sameCall)
        m_browser->verticalScrollBar()->setValue(scroll);
}

QString RecordingDetail::keyLabel(const QString &key)
{
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    label = label.simplified();
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label.isEmpty() ? key : label;
}

namespace {

bool isScalar(const QJsonValue &value)
{
    return !value.isObject() && !value.isArray();
}

// {id, name} links (Odoo many-to-one) read as "Name (#id)".
bool isLink(const QJsonObject &object)
{
    const QJsonValue name = object.value(QLatin1String("name"));
    return name.isString() && (object.size() == 1 || (object.size() == 2 && isScalar(object.value(QLatin1String("id")))));
}

// A few scalar fields, such as a voice {id, provider}, read on one line: "id: cove · provider: rime".
bool isSmallFlatObject(const QJsonObject &object)
{
    if (object.isEmpty() || object.size() > 4)
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isScalar(it.value()))
            return false;
    }
    return true;
}

} // namespace

bool RecordingDetail::isNestedValue(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return !isLink(object) && !isSmallFlatObject(object);
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!isScalar(item))
                return true;
        }
    }
    return false;
}

QString RecordingDetail::valueText(const QJsonValue &value)
{
    static const QString none = QStringLiteral("\u2014"); // —
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return none;
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : none;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 10);
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        return s.trimmed().isEmpty() ? none : s;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return none;
        if (!isNestedValue(value)) {
            QStringList items;
            for (const QJsonValue &item : array)
                items.append(valueText(item));
            return items.join(QStringLiteral(", "));
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed();
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return none;
        if (isLink(object)) {
            const QString name = valueText(object.value(QLatin1String("name")));
            if (object.contains(QLatin1String("id")))
                return tr("%1 (#%2)").arg(name, valueText(object.value(QLatin1String("id"))));
            return name;
        }
        if (isSmallFlatObject(object)) {
            QStringList parts;
            for (auto it = object.begin(); it != object.end(); ++it)
                parts.append(it.key() + QStringLiteral(": ") + valueText(it.value()));
            return parts.join(QStringLiteral(" \u00B7 "));
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
    }
    }
    return none;
}

QStringList RecordingDetail::orderedKeys(const QJsonObject &object)
{
    static const QStringList wellKnown = {
        QStringLiteral("id"),
        QStringLiteral("time_of_call"),
        QStringLiteral("scenario_id"),
        QStringLiteral("call_status"),
        QStringLiteral("call_duration"),
        QStringLiteral("call_duration_in_seconds"),
        QStringLiteral("sentiment_score"),
        QStringLiteral("sentiment_analysis_details"),
        QStringLiteral("voice"),
        QStringLiteral("recording_url"),
        QStringLiteral("extracted_variables"),
    };
    QStringList keys;
    for (const QString &key : wellKnown) {
        if (object.contains(key))
            keys.append(key);
    }
    const QStringList all = object.keys(); // sorted
    for (const QString &key : all) {
        if (!wellKnown.contains(key))
            keys.append(key);
    }
    return keys;
}

void RecordingDetail::render(const QString &callTitle, const QJsonObject &raw, const QString &summary,
                             const QString &conversation, const QDateTime &callTime)
{
    QTextDocument *doc = m_browser->document();
    m_browser->clear();
    doc->setDocumentMargin(8);

    const QPalette pal = palette();
    const QColor secondary = pal.color(QPalette::PlaceholderText);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    QTextCharFormat normal;
    QTextCharFormat title;
    title.setFontWeight(QFont::DemiBold);
    title.setFontPointSize(font().pointSizeF() * 1.2);
    QTextCharFormat keyFormat;
    keyFormat.setForeground(secondary);
    QTextCharFormat nestedFormat;
    nestedFormat.setFontFamilies({fixed.family()});
    nestedFormat.setFontPointSize(font().pointSizeF() * 0.92);
    QTextCharFormat speakerFormat;
    speakerFormat.setFontWeight(QFont::DemiBold);

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.insertText(callTitle, title);

    if (!summary.isEmpty()) {
        QTextBlockFormat summaryFormat;
        summaryFormat.setTopMargin(2);
        cursor.insertBlock(summaryFormat, normal);
        QTextCharFormat summaryText;
        summaryText.setForeground(secondary);
        cursor.insertText(summary, summaryText);
    }

    // Transcript: a conversation, agent on the left, the other side on the right.
    QTextBlockFormat heading;
    heading.setTopMargin(10);
    heading.setBottomMargin(4);
    cursor.insertBlock(heading, normal);
    cursor.insertText(tr("Transcript"), title);
    const QList<transcript::Turn> turns = transcript::conversation(conversation);
    if (turns.isEmpty()) {
        QTextBlockFormat turnFormat;
        turnFormat.setBottomMargin(4);
        QTextCharFormat italic;
        italic.setFontItalic(true);
        italic.setForeground(secondary);
        cursor.insertBlock(turnFormat, normal);
        cursor.insertText(tr("No transcript"), italic);
    }

    const QColor base = pal.color(QPalette::Base);
    const auto tint = [&base](const QColor &accent, double amount) {
        return QColor::fromRgbF(float(base.redF() * (1 - amount) + accent.redF() * amount),
                                float(base.greenF() * (1 - amount) + accent.greenF() * amount),
                                float(base.blueF() * (1 - amount) + accent.blueF() * amount));
    };
    const QColor agentAccent = theme::agentSpeakerColor();
    const QColor otherAccent = theme::otherSpeakerColor();
    const int indent = qMax(24, m_browser->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    QTextBlockFormat agentTurn;
    agentTurn.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    agentTurn.setRightMargin(indent);
    agentTurn.setTopMargin(3);
    agentTurn.setBottomMargin(3);
    agentTurn.setBackground(tint(agentAccent, 0.10));
    QTextBlockFormat otherTurn = agentTurn;
    otherTurn.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    otherTurn.setRightMargin(0);
    otherTurn.setLeftMargin(indent);
    otherTurn.setBackground(tint(otherAccent, 0.10));
    QTextCharFormat agentSpeaker = speakerFormat;
    agentSpeaker.setForeground(agentAccent);
    QTextCharFormat otherSpeaker = speakerFormat;
    otherSpeaker.setForeground(otherAccent);

    for (const transcript::Turn &turn : turns) {
        const QString speaker = untrusted::forDisplay(turn.speaker);
        const QString text = untrusted::forDisplay(turn.text);
        const bool agent = turn.side == transcript::Side::Agent;
        const QTextBlockFormat &turnFormat = agent ? agentTurn : otherTurn;
        cursor.insertBlock(turnFormat, normal);
        if (!speaker.isEmpty()) {
            cursor.insertText(speaker + QLatin1Char(':'), agent ? agentSpeaker : otherSpeaker);
            cursor.insertText(QStringLiteral(" "), normal);
        }
        // Qt lays out a paragraph in one piece, and a very long one without break opportunities
        // (a megabyte of one "word") takes minutes. Such a turn goes in as several paragraphs of
        // at most MaxParagraphChars, which read the same since the text wraps there anyway.
        QTextBlockFormat continuation = turnFormat;
        continuation.setTopMargin(0);
        for (qsizetype at = 0; at < text.size(); at += MaxParagraphChars) {
            if (at > 0)
                cursor.insertBlock(continuation, normal);
            cursor.insertText(text.mid(at, MaxParagraphChars), normal);
        }
    }
    // Every field as sent, below the conversation (the part a reviewer reads first).
    QTextBlockFormat fieldsHeading;
    fieldsHeading.setTopMargin(14);
    fieldsHeading.setBottomMargin(4);
    cursor.insertBlock(fieldsHeading, normal);
    cursor.insertText(tr("All fields"), title);
    QTextBlockFormat spaced;
    spaced.setTopMargin(2);
    cursor.insertBlock(spaced, normal);

    const QStringList keys = orderedKeys(raw);
    if (keys.isEmpty()) {
        QTextCharFormat italic;
        italic.setFontItalic(true);
        italic.setForeground(secondary);
        cursor.insertText(tr("The server sent no details for this call."), italic);
    } else {
        QTextTableFormat tableFormat;
        tableFormat.setBorder(0);
        tableFormat.setCellPadding(3);
        tableFormat.setCellSpacing(0);
        tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 32),
                                               QTextLength(QTextLength::PercentageLength, 68)});
        tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table = cursor.insertTable(int(keys.size()), 2, tableFormat);
        for (int row = 0; row < keys.size(); ++row) {
            const QString &key = keys.at(row);
            const QJsonValue value = raw.value(key);
            QTextCursor keyCursor = table->cellAt(row, 0).firstCursorPosition();
            keyCursor.insertText(untrusted::forDisplay(keyLabel(key)), keyFormat);

            QTextCursor valueCursor = table->cellAt(row, 1).firstCursorPosition();
            if (key == ConversationKey && value.isString() && !value.toString().trimmed().isEmpty()) {
                QTextCharFormat italic;
                italic.setFontItalic(true);
                const qsizetype count = transcript::turns(value.toString()).size();
                valueCursor.insertText(tr("%Ln turn(s), shown above under Transcript", nullptr, int(count)), italic);
                continue;
            }
            // The call's time as every date in the window reads (the server's spelling only when unreadable).
            const QString plain = key == TimeOfCallKey && callTime.isValid() ? dateTimeTextUtc(callTime) : valueText(value);
            const QString text = untrusted::forDisplay(plain);
            if (key == QLatin1String("recording_url") && SafeTextBrowser::isOpenableLink(QUrl(plain))) {
                QTextCharFormat link;
                link.setAnchor(true);
                link.setAnchorHref(QUrl(plain).toString(QUrl::FullyEncoded));
                link.setForeground(pal.color(QPalette::Link));
                link.setFontUnderline(true);
                valueCursor.insertText(text, link);
            } else if (text.size() > MaxFieldChars) {
                valueCursor.insertText(text.left(MaxFieldChars), isNestedValue(value) ? nestedFormat : normal);
                QTextCharFormat italic;
                italic.setFontItalic(true);
                italic.setForeground(secondary);
                valueCursor.insertText(tr(" … %Ln more characters not shown", nullptr,
                                          int(text.size() - MaxFieldChars)),
                                       italic);
            } else {
                valueCursor.insertText(text, isNestedValue(value) ? nestedFormat : normal);
            }
        }
        cursor.movePosition(QTextCursor::End);
    }

    cursor.endEditBlock();
    m_browser->moveCursor(QTextCursor::Start);
}

} // namespace simwatch
