#pragma once

// One of the two file pairs of SimWatch behind which QtCharts is used (deprecated from Qt 6.10;
// the other is progresschart): replacing the chart later means replacing sentimentpie.cpp. The header keeps
// every Charts type out, so its users (and the tests) never include QtCharts.

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace simwatch {

// Positive / negative / neutral sentiment of the finished calls as a Qt Charts ring with a legend
// ("Positive 5 (63%)"), or a plain message before any call has finished. Hovering a slice tells
// its count and share; clicking a slice asks for the calls list to show only that sentiment
// (clicking it again asks for all calls). The slice of the active filter is pulled out and its
// legend entry is bold, and a line under the legend says the filter in words. The calls list's
// sentiment combo filters the same way from the keyboard.
class SentimentPie : public QWidget
{
    Q_OBJECT

public:
    explicit SentimentPie(QWidget *parent = nullptr);
    ~SentimentPie() override;

    void setCounts(int positive, int negative, int neutral);
    void clear();

    // The calls list's sentiment filter as the server spells it ("Positive", "Negative",
    // "Neutral", any case); empty when it shows every sentiment. Marks that slice.
    void setActiveSentiment(const QString &sentiment);
    QString activeSentiment() const { return m_active; }

    // For tests and accessibility, in slice order {positive, negative, neutral}: the counts as
    // shown, the legend texts, the hover texts, the shares (they add up to 100) and which slice
    // is pulled out.
    QList<int> sliceValues() const;
    int sliceCount() const; // the chart's slices: 0 before the first finished call, then 3
    QStringList sliceLabels() const;
    QStringList sliceToolTips() const;
    QList<int> sliceShares() const { return m_shares; }
    bool isSliceExploded(int slice) const;
    bool isEmptyStateShown() const;
    QLabel *emptyStateLabel() const { return m_empty; }
    // What the empty state says: why there is nothing (e.g. the run could not be fetched), or,
    // when `reason` is empty, that sentiment appears as calls complete.
    void setEmptyReason(const QString &reason);
    QLabel *hintLabel() const { return m_hint; }
    // The chart view (a QChartView), created with the first finished call; null before.
    QWidget *chartView() const;
    // A point inside the slice, in the chart view's viewport coordinates (for a simulated click).
    QPoint slicePosition(int slice) const;

    // "Positive 5 (63%)": the legend text, as the PDF report's legend has it.
    static QString legendText(const QString &name, int count, int share);

Q_SIGNALS:
    // A slice was clicked: the calls list should show only `sentiment` ("Positive", ...), or
    // every call when `sentiment` is empty (the active filter's slice was clicked again).
    void filterRequested(const QString &sentiment);

private:
    class Chart;
    void ensureChart();
    void updateTexts();
    int activeSlice() const; // -1 when no slice is the filter
    void onSliceClicked(int slice);

    Chart *m_chart = nullptr; // the chart view with its series, owned by the Qt parent chain
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_chartPage = nullptr;
    QList<QLabel *> m_legendLabels;
    QLabel *m_hint = nullptr; // the filter in words
    QList<int> m_values{0, 0, 0};
    QList<int> m_shares{0, 0, 0};
    QStringList m_labels;   // the legend texts, empty until the first counts
    QStringList m_toolTips; // the hover texts
    QString m_active;       // the filter's sentiment, as given
};

} // namespace simwatch
