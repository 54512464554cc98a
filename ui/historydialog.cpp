#include "historydialog.h"

#include "domain/datetext.h"
#include "domain/untrustedtext.h"
#include "history/history.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace simwatch {

namespace {

enum Column { NameColumn, AgentColumn, StatusColumn, LastFetchedColumn, IdColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

QStandardItem *cell(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortValue.isValid() ? sortValue : QVariant(text), SortRole);
    return item;
}

} // namespace

HistoryDialog::HistoryDialog(const history::History *history, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open from History"));
    resize(760, 460);

    m_runs = new QStandardItemModel(0, ColumnCount, this);
    m_runs->setHorizontalHeaderLabels({tr("Name"), tr("Agent"), tr("Status"), tr("Last fetched (UTC)"), tr("Id")});
    const QList<history::RunSummary> runs = history ? history->runs() : QList<history::RunSummary>();
    for (const history::RunSummary &run : runs) {
        const QString name = run.name.trimmed().isEmpty() ? tr("Simulation #%1").arg(run.id) : untrusted::forDisplay(run.name);
        QList<QStandardItem *> row{
            cell(name),
            cell(untrusted::forDisplay(run.agentName)),
            cell(untrusted::forDisplay(run.statusText)),
            cell(dateTimeText(run.lastFetched), run.lastFetched),
            cell(QString::number(run.id), run.id),
        };
        row.first()->setData(run.id, IdRole);
        m_runs->appendRow(row);
    }

    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_runs);
    m_filtered->setFilterKeyColumn(-1); // any column
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setSortRole(SortRole);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, agent, status or id"));
    m_filter->setAccessibleName(tr("Filter the runs"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTreeView(this);
    m_view->setModel(m_filtered);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LastFetchedColumn, Qt::DescendingOrder);
    m_view->setAccessibleName(tr("Runs in the history"));
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int column : {AgentColumn, StatusColumn, LastFetchedColumn, IdColumn})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, &HistoryDialog::accept);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    if (!history || !history->isAvailable())
        m_message->setText(tr("No history is kept: %1").arg(history ? history->problem() : tr("it is off for this session.")));
    else if (runs.isEmpty())
        m_message->setText(tr("No runs in the history yet: every run SimWatch watches is kept here."));
    else
        m_message->setText(tr("%Ln run(s) kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.", nullptr, int(runs.size())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    connect(buttons, &QDialogButtonBox::accepted, this, &HistoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HistoryDialog::reject);
    const auto updateOpen = [this] { m_open->setEnabled(currentId() >= 0); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateOpen);
    connect(m_filtered, &QAbstractItemModel::modelReset, this, updateOpen);
    connect(m_filtered, &QAbstractItemModel::layoutChanged, this, updateOpen);
    if (m_filtered->rowCount() > 0)
        m_view->setCurrentIndex(m_filtered->index(0, 0));
    updateOpen();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_filter->setFocus();
    // Down from the filter goes to the list, as in a browser's address bar.
    setTabOrder(m_filter, m_view);
}

int HistoryDialog::runCount() const
{
    return m_filtered->rowCount();
}

int HistoryDialog::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return m_filtered->rowCount() == 1 ? m_filtered->index(0, 0).data(IdRole).toInt() : -1;
    return current.siblingAtColumn(NameColumn).data(IdRole).toInt();
}

void HistoryDialog::accept()
{
    m_chosen = currentId();
    if (m_chosen < 0)
        return;
    QDialog::accept();
}

} // namespace simwatch
