#pragma once

#include <QStyledItemDelegate>

namespace simwatch {

// A table cell drawn as a status badge: the glyph and the server's status text on the status's
// pale colour, as StatusBadge shows it in the header, so that the status reads the same everywhere
// and never depends on colour alone. `statusRole` gives the Status (int) and Qt::DisplayRole the text.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusBadgeDelegate(int statusRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What the badge says: "✔ Completed".
    static QString badgeText(const QModelIndex &index, int statusRole);

private:
    int m_statusRole;
};

} // namespace simwatch
