#pragma once

#include "compare/comparison.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace simwatch {

class SafeTextBrowser;
class Session;

// Simulation ▸ Compare With: two runs side by side ("is it better than last time?"). The runs
// come from the watch list and the history; "after" starts as the selected run and "before" as
// the run it repeats (Run again, Session::pairedBefore()), else the previous run of the same agent. Sentiment as a grouped bar chart (Qt Charts), then counts,
// per-scenario sentiment, durations and the review texts as a diff; Export as PDF, Markdown or JSON.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(Session &session, int afterId, QWidget *parent = nullptr);
    ~CompareDialog() override;

    QComboBox *beforeCombo() const { return m_before; }
    QComboBox *afterCombo() const { return m_after; }
    SafeTextBrowser *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }
    std::optional<compare::Comparison> comparison() const { return m_comparison; }
    // The bar chart's values, for tests: {positive, negative, neutral} of before, then of after.
    QList<qreal> barValues() const;

    // Tests answer the save dialog with this.
    void setSaveFileForTesting(std::function<QString()> saveFile) { m_saveFile = std::move(saveFile); }
    void exportComparison();

    // The run a new comparison starts from: the newest run of the same agent created before
    // `after`, else the newest other run; -1 when there is none. Public for tests.
    struct Candidate
    {
        int id = -1;
        QString agent;
        QDateTime created;
        QDateTime seen;
    };
    static int previousRun(const QList<Candidate> &runs, int afterId);

private:
    void update();
    std::optional<Simulation> simulation(int id) const;

    class Chart;
    Session &m_session;
    QComboBox *m_before = nullptr;
    QComboBox *m_after = nullptr;
    Chart *m_chart = nullptr;
    SafeTextBrowser *m_view = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
    std::optional<compare::Comparison> m_comparison;
    std::function<QString()> m_saveFile;
};

} // namespace simwatch
