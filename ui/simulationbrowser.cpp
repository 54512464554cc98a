#include "simulationbrowser.h"

#include "appsettings.h"
#include "browserfilter.h"
#include "domain/numbertext.h"
#include "domain/untrustedtext.h"
#include "model/simulationlistmodel.h"
#include "session.h"
#include "statusbadgedelegate.h"
#include "theme.h"
#include "uitext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace simwatch {

namespace {

using M = SimulationListModel;

// The status combo's choices: "any", "running", then one per status.
struct StatusChoice
{
    BrowserFilter::StatusFilter filter;
    Status status;
};

const StatusChoice statusChoices[] = {
    {BrowserFilter::StatusFilter::Any, Status::Unknown},
    {BrowserFilter::StatusFilter::Running, Status::Unknown},
    {BrowserFilter::StatusFilter::One, Status::Draft},
    {BrowserFilter::StatusFilter::One, Status::Pending},
    {BrowserFilter::StatusFilter::One, Status::InProgress},
    {BrowserFilter::StatusFilter::One, Status::CalculatingSummary},
    {BrowserFilter::StatusFilter::One, Status::Completed},
    {BrowserFilter::StatusFilter::One, Status::Stopped},
};

} // namespace

SimulationBrowser::SimulationBrowser(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SimulationListModel(session.simulationList(), session.store(), this))
    , m_filter(new BrowserFilter(this))
{
    setObjectName(QStringLiteral("simulationBrowser"));
    m_filter->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("browserFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, agent or ID"));
    m_filterEdit->setAccessibleName(tr("Filter the simulations"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &BrowserFilter::setText);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("browserStatusFilter"));
    m_statusCombo->setAccessibleName(tr("Show simulations with the status"));
    m_statusCombo->setAccessibleDescription(m_statusCombo->accessibleName()); // named by its value on Linux
    for (const StatusChoice &choice : statusChoices) {
        switch (choice.filter) {
        case BrowserFilter::StatusFilter::Any: m_statusCombo->addItem(tr("All statuses")); break;
        case BrowserFilter::StatusFilter::Running: m_statusCombo->addItem(tr("Running")); break;
        case BrowserFilter::StatusFilter::One:
            m_statusCombo->addItem(UiText::statusLabel(choice.status, statusName(choice.status)));
            break;
        }
    }
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const StatusChoice &choice = statusChoices[qBound(0, index, int(std::size(statusChoices)) - 1)];
        m_filter->setStatusFilter(choice.filter, choice.status);
    });

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("browserMessage"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: %1;").arg(theme::warningColor().name()));
    m_messageLabel->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("browserView"));
    // Rows leaving (a filter, a refresh) or moving (a sort) make Qt move the current row: not the
    // user's move, so not passed on. Connected before setModel() so that the flag is up before
    // the selection model reacts, and down again after it has.
    for (const auto aboutTo : {&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::rowsAboutToBeInserted})
        connect(m_filter, aboutTo, this, [this] { m_rowsChanging = true; });
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { m_rowsChanging = true; });
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_rowsChanging = true; });
    m_view->setModel(m_filter);
    for (const auto done : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(m_filter, done, this, [this] { m_rowsChanging = false; });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] { m_rowsChanging = false; });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { m_rowsChanging = false; });
    m_view->setAccessibleName(tr("Simulations of the account"));
    m_view->setItemDelegateForColumn(M::ColStatus, new StatusBadgeDelegate(M::StatusRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // The server's order (newest first) is the ID's, descending: shown as the sort at the start.
    m_view->horizontalHeader()->setSortIndicator(M::ColId, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    // Enter, or a double-click (a single click where the platform activates so).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int id = idAt(index);
        if (id > 0)
            emit watchRequested(id);
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_rowsChanging || signalsBlocked())
            return;
        m_userMoved = true; // the window's run is marked again only when it is chosen anew
        const int id = idAt(current);
        if (id > 0)
            emit currentRunChanged(id);
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("secondaryText"));
    m_countLabel->setTextFormat(Qt::PlainText);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_statusCombo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);
    setTabOrder(m_filterEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_view);

    connect(m_model, &SimulationListModel::totalRecordsChanged, this, &SimulationBrowser::updateCount);
    connect(m_model, &SimulationListModel::loadingChanged, this, &SimulationBrowser::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SimulationBrowser::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SimulationBrowser::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SimulationBrowser::fitColumns);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SimulationBrowser::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SimulationBrowser::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SimulationBrowser::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SimulationBrowser::updateCount);
    connect(m_model, &SimulationListModel::errorChanged, this, &SimulationBrowser::updateMessage);
    // The window's run may arrive on a later page, or come back into the filter; a row the user
    // moved to stays current.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_userMoved)
            markCurrentRun();
    });

    updateCount();
    updateMessage();
    theme::polishTree(this);
}

int SimulationBrowser::idAt(const QModelIndex &viewIndex) const
{
    return viewIndex.isValid() ? viewIndex.siblingAtColumn(M::ColName).data(M::IdRole).toInt() : -1;
}

void SimulationBrowser::setCurrentRun(int id)
{
    m_currentRun = id;
    m_userMoved = false;
    markCurrentRun();
}

void SimulationBrowser::markCurrentRun()
{
    const int id = m_currentRun;
    if (idAt(m_view->currentIndex()) == id)
        return;
    const QModelIndexList found = id > 0 ? m_filter->match(m_filter->index(0, M::ColName), M::IdRole, id, 1, Qt::MatchExactly)
                                         : QModelIndexList();
    const QSignalBlocker quiet(this);
    if (found.isEmpty())
        m_view->selectionModel()->clear();
    else
        m_view->setCurrentIndex(found.constFirst());
}

int SimulationBrowser::readableWidth() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    int columns = 0;
    for (const int column : {M::ColWatching, M::ColStatus, M::ColProgress})
        columns += header->sectionSize(column);
    columns += qMax(header->sectionSize(M::ColName), m_fittedNameWidth); // as fitted, before giving way
    const QMargins margins = layout()->contentsMargins();
    return columns + m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth() + margins.left()
        + margins.right();
}

void SimulationBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_filter->setFetchingAllowed(true);
    m_model->refresh();
    // Then on the watcher's beat, in the same request as the watched runs' polls; nothing is
    // fetched for the list while the browser is hidden.
    m_session.watcher().setListWanted(true);
}

void SimulationBrowser::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_filter->setFetchingAllowed(false);
    m_session.watcher().setListWanted(false);
}

void SimulationBrowser::updateCount()
{
    const int total = m_model->totalRecords();
    const int loaded = m_model->rowCount();
    QString text;
    if (total < 0 && loaded == 0)
        text = m_model->isLoading() ? tr("Loading the simulations\u2026") : tr("No simulations loaded");
    else if (total < 0)
        text = tr("%Ln simulation(s) loaded", nullptr, loaded);
    else
        text = tr("%Ln simulation(s), %1 loaded", nullptr, total).arg(numberText(loaded));
    if (m_filter->isFiltering())
        text += QStringLiteral(" \u00B7 ") + tr("%Ln shown", nullptr, m_filter->rowCount());
    m_countLabel->setText(text);
}

void SimulationBrowser::updateMessage()
{
    const ApiError error = m_model->error();
    if (!error.isError()) {
        m_messageLabel->hide();
        return;
    }
    // The rows stay: the list as it was last fetched, with the reason beside it.
    const QString reason = untrusted::forDisplay(error.message.isEmpty() ? UiText::errorTitle(error.kind) : error.message);
    m_messageLabel->setText(m_model->rowCount() > 0
        ? tr("\u26A0 The list could not be refreshed: %1 It shows the last one fetched.").arg(reason)
        : tr("\u26A0 The list could not be fetched: %1").arg(reason));
    m_messageLabel->show();
}

void SimulationBrowser::fitColumns()
{
    // Once, when the first rows are in: later pages keep the widths the user may have chosen.
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(M::ColName, qMin(header->sectionSize(M::ColName), 220));
    header->resizeSection(M::ColAgent, qMin(header->sectionSize(M::ColAgent), 180));
    m_fittedNameWidth = header->sectionSize(M::ColName);
    fitNameToWidth();
    emit readableWidthChanged();
}

void SimulationBrowser::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitNameToWidth();
}

void SimulationBrowser::fitNameToWidth()
{
    if (m_fittedNameWidth == 0)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int others = header->sectionSize(M::ColWatching) + header->sectionSize(M::ColStatus) + header->sectionSize(M::ColProgress);
    header->resizeSection(M::ColName, qBound(MinimumNameWidth, m_view->viewport()->width() - others, m_fittedNameWidth));
}

} // namespace simwatch
