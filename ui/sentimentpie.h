#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace simwatch {

// Positive / negative / neutral sentiment of the finished calls as a pie with a legend
// ("Positive 5 (62%)"), or a plain message before any call has finished.
class SentimentPie : public QWidget
{
    Q_OBJECT

public:
    explicit SentimentPie(QWidget *parent = nullptr);
    ~SentimentPie() override;

    void setCounts(int positive, int negative, int neutral);
    void clear();

    // For tests and accessibility: {positive, negative, neutral} as shown, and the legend texts.
    QList<int> sliceValues() const;
    QStringList sliceLabels() const;
    bool isEmptyStateShown() const;
    QLabel *emptyStateLabel() const { return m_empty; }

    static QString sliceText(const QString &name, int count, int total);

private:
    class Chart;
    Chart *m_chart = nullptr; // the painted ring, owned by the Qt parent chain
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_chartPage = nullptr;
    QList<QLabel *> m_legendLabels;
    QList<int> m_values{0, 0, 0};
    QStringList m_labels; // the legend texts, empty until the first counts
};

} // namespace simwatch
