#include "comparedialog.h"

#include "comparisonreport.h"
#include "domain/datetext.h"
#include "domain/untrustedtext.h"
#include "exportpath.h"
#include "safetextbrowser.h"
#include "session.h"
#include "sentimentslices.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace simwatch {

// Sentiment of both runs as grouped bars: Positive / Negative / Neutral, before and after.
class CompareDialog::Chart : public QChartView
{
public:
    explicit Chart(QWidget *parent)
        : QChartView(new QChart, parent) // see SentimentPie::Chart: no default chart to leak
    {
        QChart *chart = this->chart();
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(0, 0, 0, 0));
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->setLocalizeNumbers(true);
        before = new QBarSet(CompareDialog::tr("Before"), chart);
        after = new QBarSet(CompareDialog::tr("After"), chart);
        before->setColor(QColor(0x7f, 0x88, 0x94)); // 3:1 or more on light and dark
        after->setColor(QColor(0x2f, 0x74, 0xd0));
        series = new QBarSeries(chart);
        series->append(before);
        series->append(after);
        chart->addSeries(series);
        auto *categories = new QBarCategoryAxis(chart);
        categories->append({CompareDialog::tr("Positive"), CompareDialog::tr("Negative"), CompareDialog::tr("Neutral")});
        values = new QValueAxis(chart);
        values->setLabelFormat(QStringLiteral("%.0d")); // localized: a precision is required (see ProgressChart)
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
        setRenderHint(QPainter::Antialiasing);
        setBackgroundBrush(Qt::NoBrush);
        setFrameShape(QFrame::NoFrame);
        setFocusPolicy(Qt::NoFocus);
        setMinimumHeight(170);
        setAccessibleName(CompareDialog::tr("Sentiment of both runs"));
    }

    void setCounts(const Sentiment &a, const Sentiment &b)
    {
        before->remove(0, before->count());
        after->remove(0, after->count());
        before->append({qreal(a.positive), qreal(a.negative), qreal(a.neutral)});
        after->append({qreal(b.positive), qreal(b.negative), qreal(b.neutral)});
        const int most = qMax(1, qMax(qMax(a.positive, a.negative), qMax(qMax(a.neutral, b.positive), qMax(b.negative, b.neutral))));
        values->setRange(0, most);
        values->setTickCount(qMin(most, 4) + 1);
        values->applyNiceNumbers(); // 0, 10, 20, 30 rather than 0, 6.25, 12.5
    }

    QBarSet *before = nullptr;
    QBarSet *after = nullptr;
    QBarSeries *series = nullptr;
    QValueAxis *values = nullptr;
};

int CompareDialog::previousRun(const QList<Candidate> &runs, int afterId)
{
    const auto after = std::find_if(runs.cbegin(), runs.cend(), [afterId](const Candidate &c) { return c.id == afterId; });
    const Candidate *best = nullptr;
    const Candidate *anyOther = nullptr;
    const auto newer = [](const Candidate *a, const Candidate &b) {
        return !a || (b.created.isValid() ? b.created > a->created : b.seen > a->seen);
    };
    for (const Candidate &run : runs) {
        if (run.id == afterId)
            continue;
        if (newer(anyOther, run))
            anyOther = &run;
        const bool sameAgent = after != runs.cend() && !after->agent.isEmpty() && run.agent == after->agent;
        const bool earlier = after == runs.cend() || !after->created.isValid() || !run.created.isValid() || run.created < after->created;
        if (sameAgent && earlier && newer(best, run))
            best = &run;
    }
    if (best)
        return best->id;
    return anyOther ? anyOther->id : -1;
}

CompareDialog::CompareDialog(Session &session, int afterId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Compare Runs"));
    resize(900, 720);

    // Every run known: the watch list's first (in its order), then the history's.
    QList<Candidate> runs;
    for (int id : session.store().ids()) {
        const Simulation *s = session.store().simulation(id);
        if (s)
            runs.append({id, s->agent ? s->agent->name : QString(), s->created, session.store().entry(id)->lastUpdated});
    }
    QHash<int, QString> names;
    for (const Candidate &run : std::as_const(runs))
        names.insert(run.id, session.store().simulation(run.id)->name);
    if (history::History *history = session.history()) {
        for (const history::RunSummary &run : history->runs()) {
            if (names.contains(run.id))
                continue;
            runs.append({run.id, run.agentName, run.created, run.lastFetched});
            names.insert(run.id, run.name);
        }
    }

    m_before = new QComboBox(this);
    m_after = new QComboBox(this);
    for (QComboBox *combo : {m_before, m_after}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(30);
        for (const Candidate &run : std::as_const(runs)) {
            const QString name = names.value(run.id).trimmed();
            QString text = name.isEmpty() ? tr("Simulation #%1").arg(run.id)
                                          : tr("%1 (#%2)").arg(untrusted::forDisplay(name)).arg(run.id);
            // Runs of one agent often share a name: when each was created tells them apart.
            if (run.created.isValid())
                text = tr("%1 \u00B7 created %2").arg(text, dateTimeTextUtc(run.created));
            combo->addItem(text, run.id);
        }
    }
    m_after->setCurrentIndex(qMax(0, m_after->findData(afterId)));
    // A run made by Run again is compared with the run it repeats; others with the agent's previous run.
    const int shownAfter = m_after->currentData().toInt();
    const int paired = session.pairedBefore(shownAfter);
    const int defaultBefore = paired > 0 && m_before->findData(paired) >= 0 ? paired : previousRun(runs, shownAfter);
    m_before->setCurrentIndex(qMax(0, m_before->findData(defaultBefore)));

    m_chart = new Chart(this);
    m_view = new SafeTextBrowser(this);
    m_view->setAccessibleName(tr("Comparison"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *beforeLabel = new QLabel(tr("&Before:"), this);
    auto *afterLabel = new QLabel(tr("&After:"), this);
    beforeLabel->setBuddy(m_before);
    afterLabel->setBuddy(m_after);
    form->addRow(beforeLabel, m_before);
    form->addRow(afterLabel, m_after);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export\u2026"), QDialogButtonBox::ActionRole);
    connect(m_export, &QPushButton::clicked, this, &CompareDialog::exportComparison);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_chart);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_before, &QComboBox::currentIndexChanged, this, &CompareDialog::update);
    connect(m_after, &QComboBox::currentIndexChanged, this, &CompareDialog::update);
    update();
}

CompareDialog::~CompareDialog() = default;

std::optional<Simulation> CompareDialog::simulation(int id) const
{
    if (const Simulation *watched = m_session.store().simulation(id))
        return *watched;
    if (history::History *history = m_session.history()) {
        if (const std::optional<history::StoredRun> stored = history->run(id))
            return stored->simulation;
    }
    return std::nullopt;
}

void CompareDialog::update()
{
    const int beforeId = m_before->currentData().toInt();
    const int afterId = m_after->currentData().toInt();
    const std::optional<Simulation> before = simulation(beforeId);
    const std::optional<Simulation> after = simulation(afterId);
    m_comparison.reset();
    if (m_before->count() < 2) {
        m_message->setText(tr("Watch or open from history a second run to compare with."));
    } else if (beforeId == afterId) {
        m_message->setText(tr("Pick two different runs."));
    } else if (!before || !after) {
        m_message->setText(tr("No data for simulation %1 yet.").arg(before ? afterId : beforeId));
    } else {
        m_comparison = compare::compare(*before, *after);
        m_message->clear();
    }
    m_message->setVisible(!m_message->text().isEmpty());
    m_export->setEnabled(m_comparison.has_value());
    m_chart->setVisible(m_comparison.has_value());
    if (m_comparison) {
        m_chart->setCounts(m_comparison->before.sentiment, m_comparison->after.sentiment);
        m_view->setHtml(report::comparisonHtml(*m_comparison));
    } else {
        m_view->clear();
    }
}

QList<qreal> CompareDialog::barValues() const
{
    QList<qreal> values;
    for (QBarSet *set : {m_chart->before, m_chart->after}) {
        for (int i = 0; i < set->count(); ++i)
            values.append(set->at(i));
    }
    return values;
}

void CompareDialog::exportComparison()
{
    if (!m_comparison)
        return;
    const QString path = m_saveFile ? m_saveFile()
                                    : askExportPath(this, tr("Export comparison"),
                                                    tr("comparison-%1-%2").arg(m_comparison->before.id).arg(m_comparison->after.id));
    if (path.isEmpty())
        return;
    const std::optional<report::Format> format = report::formatForPath(path);
    if (!format) {
        m_message->setText(tr("Choose a file name ending in .md, .pdf or .json."));
        m_message->show();
        return;
    }
    report::Options options;
    options.exportedAt = QDateTime::currentDateTimeUtc();
    options.pageSize = report::defaultPageSize();
    const QString problem = report::writeComparison(*m_comparison, *format, path, options);
    m_message->setText(problem.isEmpty() ? tr("Comparison saved to %1").arg(QDir::toNativeSeparators(path)) : problem);
    m_message->show();
}

} // namespace simwatch
