#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace simwatch {

QList<std::pair<QString, QString>> ShortcutsDialog::shortcutsOf(QWidget *window)
{
    QList<std::pair<QString, QString>> result;
    QSet<QString> seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        QString text = action->text();
        // A mnemonic in parentheses ("(&H)", as Hindi writes it) goes whole, then the other "&".
        text.remove(QRegularExpression(QStringLiteral("\\s*\\(&[^&)]\\)")));
        text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).replace(QStringLiteral("&&"), QStringLiteral("&"));
        text.remove(QStringLiteral("\u2026")).remove(QStringLiteral("...")); // "Add simulation…" reads as a name
        text = text.trimmed();
        if (keys.isEmpty() || text.isEmpty())
            continue; // an action without a name is a detail of a widget (Esc in a search box)
        QStringList keyTexts;
        for (const QKeySequence &key : keys)
            keyTexts.append(key.toString(QKeySequence::NativeText));
        const QString joined = keyTexts.join(QStringLiteral(", "));
        if (seen.contains(text + joined))
            continue;
        seen.insert(text + joined);
        result.append({text, joined});
    }
    return result;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<std::pair<QString, QString>> shortcuts = shortcutsOf(window);
    m_table = new QTableWidget(int(shortcuts.size()), 2, this);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < shortcuts.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(shortcuts.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).second));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);

    auto *hint = new QLabel(tr("Tab and Shift+Tab move between the panes; in a list, the arrow keys move and Enter opens."), this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("secondaryText"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace simwatch
