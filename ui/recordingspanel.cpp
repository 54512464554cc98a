#include "recordingspanel.h"

#include "model/simulationmodel.h"
#include "recordingdetail.h"
#include "sentimentdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace simwatch {

RecordingsPanel::RecordingsPanel(SimulationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("recordingsView"));
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Calls"));
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(SimulationModel::ColSentiment, new SentimentDelegate(m_view));

    // Fixed widths from the font (ResizeToContents would scan every row on each change).
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(SimulationModel::ColIndex, fm.horizontalAdvance(QStringLiteral("9999")) + pad);
    header->resizeSection(SimulationModel::ColTime, fm.horizontalAdvance(QStringLiteral("2026-05-08 09:10:29")) + pad);
    header->resizeSection(SimulationModel::ColStatus, fm.horizontalAdvance(QStringLiteral("In Progress")) + pad);
    header->resizeSection(SimulationModel::ColDuration, fm.horizontalAdvance(QStringLiteral("Duration")) + pad);
    header->resizeSection(SimulationModel::ColSentiment, fm.horizontalAdvance(QStringLiteral("Negative")) + pad * 2);
    header->setSectionResizeMode(SimulationModel::ColScenario, QHeaderView::Stretch);
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("##")) + pad / 2);

    m_detail = new RecordingDetail(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("recordingsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_empty = new QLabel(tr("No calls have finished yet"), this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordingsPanel::showSelectedRecording);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &changedParent) {
        if (m_simulation.isValid() && changedParent == m_simulation)
            updateEmptyState();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &changedParent) {
        if (m_simulation.isValid() && changedParent == m_simulation)
            updateEmptyState();
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &changedParent, int first, int last) {
                // The simulation itself goes away: detach before the view falls back on the top level.
                if (!changedParent.isValid() && m_simulation.isValid() && m_simulation.row() >= first
                    && m_simulation.row() <= last)
                    setSimulation({});
            });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!m_simulation.isValid() || topLeft.parent() != m_simulation)
                    return;
                const QModelIndex selected = selectedRecording();
                if (selected.isValid() && selected.row() >= topLeft.row() && selected.row() <= bottomRight.row())
                    m_detail->showRecording(selected);
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { setSimulation({}); });

    setSimulation({});
}

void RecordingsPanel::setSimulation(const QModelIndex &simulation)
{
    const QModelIndex root = simulation.isValid() ? simulation.siblingAtColumn(0) : QModelIndex();
    if (root == m_simulation && root.isValid())
        return;
    m_simulation = root;
    m_view->selectionModel()->clear();
    // With no simulation the view is hidden behind the empty state; its root stays harmless.
    m_view->setRootIndex(root);
    m_detail->clear();
    updateEmptyState();
}

int RecordingsPanel::recordingCount() const
{
    return m_simulation.isValid() ? m_model->rowCount(m_simulation) : 0;
}

bool RecordingsPanel::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void RecordingsPanel::updateEmptyState()
{
    const int count = recordingCount();
    m_stack->setCurrentWidget(count > 0 ? static_cast<QWidget *>(m_splitter) : m_empty);
    emit recordingCountChanged(count);
}

QModelIndex RecordingsPanel::selectedRecording() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return {};
    const QModelIndex row = rows.constFirst();
    return row.parent() == m_simulation ? row : QModelIndex();
}

void RecordingsPanel::showSelectedRecording()
{
    const QModelIndex selected = selectedRecording();
    if (selected.isValid())
        m_detail->showRecording(selected);
    else
        m_detail->clear();
}

} // namespace simwatch
