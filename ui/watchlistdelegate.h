#pragma once

#include <QStyledItemDelegate>

namespace simwatch {

// One watched simulation in the list: name and percentage on the first line, status glyph and
// text (or the last error) on the second, a thin progress bar under them.
class WatchListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WatchListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Our own tooltip (name, status, last error) with every server string escaped: the model's
    // ToolTipRole is the bare name, which a tooltip would read as HTML if it looked like markup.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    static QString toolTip(const QModelIndex &index);

    // The second line's text for a simulation row (also the row's accessible description).
    static QString statusLine(const QModelIndex &index);
};

} // namespace simwatch
