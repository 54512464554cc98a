#pragma once

#include <QDialog>

class QTableWidget;

namespace simwatch {

// Help ▸ Keyboard shortcuts: every action of `window` that has a shortcut, read from the actions
// themselves when the dialog opens, so the list cannot fall behind the code.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // (action text without mnemonics, shortcuts in the platform's notation), in menu order.
    static QList<std::pair<QString, QString>> shortcutsOf(QWidget *window);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace simwatch
