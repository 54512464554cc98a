#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace simwatch {

// Sentiment column of the recordings view: a small coloured dot before the text (the text stays,
// so colour is never the only cue). Icons are made once; painting stays as cheap as the default.
class SentimentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SentimentDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_positive;
    QIcon m_negative;
    QIcon m_neutral;
};

} // namespace simwatch
