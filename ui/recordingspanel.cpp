#include "recordingspanel.h"

#include "domain/datetext.h"
#include "domain/numbertext.h"
#include "model/simulationmodel.h"
#include "recordingdetail.h"
#include "recordingsfilter.h"
#include "roles.h"
#include "sentimentdelegate.h"
#include "theme.h"
#include "uitext.h"
#include "verdicts/verdicts.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace simwatch {

namespace {

bool lessForReading(const QString &a, const QString &b)
{
    return QString::localeAwareCompare(a, b) < 0;
}

// Adds the distinct non-empty values of `role` in rows first..last of the simulation to `values`
// (kept sorted for reading; compared case-insensitively). Returns false when a row has a value
// already known in another spelling: the spelling listed is the one of the first row that has it,
// so only a scan from the top can tell which one that is.
bool addValues(QStringList &values, const QAbstractItemModel *model, const QModelIndex &simulation, int role,
               int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString v = model->index(row, 0, simulation).data(role).toString().trimmed();
        if (v.isEmpty())
            continue;
        const auto known = std::find_if(values.cbegin(), values.cend(),
                                        [&v](const QString &k) { return k.compare(v, Qt::CaseInsensitive) == 0; });
        if (known == values.cend())
            values.insert(std::lower_bound(values.begin(), values.end(), v, lessForReading), v);
        else if (*known != v)
            return false;
    }
    return true;
}

// Distinct non-empty values of `role` among all the calls, the spelling of the first call that has each.
QStringList valuesPresent(const QAbstractItemModel *model, const QModelIndex &simulation, int role)
{
    QStringList values;
    if (!simulation.isValid())
        return values;
    const int rows = model->rowCount(simulation);
    for (int row = 0; row < rows; ++row) {
        const QString v = model->index(row, 0, simulation).data(role).toString().trimmed();
        if (v.isEmpty())
            continue;
        const bool seen = std::any_of(values.cbegin(), values.cend(),
                                      [&v](const QString &k) { return k.compare(v, Qt::CaseInsensitive) == 0; });
        if (!seen)
            values.append(v);
    }
    std::sort(values.begin(), values.end(), lessForReading);
    return values;
}

// Refills a combo whose first item is "All …" (data ""), keeping the chosen value even when no
// call has it any more, so that a poll never changes the filter under the user's feet.
void refillCombo(QComboBox *combo, QStringList values)
{
    const QString chosen = combo->currentData().toString();
    if (!chosen.isEmpty() && !values.contains(chosen, Qt::CaseInsensitive))
        values.append(chosen);
    QStringList current;
    for (int i = 1; i < combo->count(); ++i)
        current.append(combo->itemData(i).toString());
    if (current == values)
        return;
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &v : std::as_const(values))
        combo->addItem(v, v);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

} // namespace

RecordingsPanel::RecordingsPanel(SimulationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_filter = new RecordingsFilter(this);
    m_filter->setSourceModel(model);

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
    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(SimulationModel::ColSentiment, new SentimentDelegate(m_view));

    // Fixed widths from the font (ResizeToContents would scan every row on each change).
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionsClickable(true);
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Narrow enough that the scenario keeps room at 1280 px: the widths of the values with a
    // little air, or the heading's own size hint (its text and margins; sorting is not on yet,
    // so without the arrow), whichever is wider.
    const int air = fm.horizontalAdvance(QLatin1Char('M'));
    const auto fit = [&fm, header, air](int column, std::initializer_list<QString> values) {
        int widest = header->sectionSizeHint(column);
        for (const QString &text : values)
            widest = qMax(widest, fm.horizontalAdvance(text) + air);
        header->resizeSection(column, widest);
    };
    fit(SimulationModel::ColIndex, {QStringLiteral("99999")});
    // As wide as the longest time of day the locale writes, or the heading.
    fit(SimulationModel::ColTime, {timeText(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 59), Qt::UTC))});
    fit(SimulationModel::ColStatus, {QStringLiteral("completed")});
    fit(SimulationModel::ColDuration, {QStringLiteral("1:02:03")});
    fit(SimulationModel::ColSentiment, {QStringLiteral("\u25CF Negative")});
    fit(SimulationModel::ColVerdict, {tr("Unsure")});
    header->setSectionResizeMode(SimulationModel::ColScenario, QHeaderView::Stretch);
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("##")) + pad / 2);
    // Call order until the user clicks a column; the sort follows every poll (dynamicSortFilter).
    header->setSortIndicator(SimulationModel::ColIndex, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // The sorted column's heading is never cut by its arrow ("Anruf" in German): it widens to the
    // header's own hint, the scenario giving the room; the others stay narrow.
    const auto roomForArrow = [header](int column) {
        if (column >= 0 && header->sectionResizeMode(column) == QHeaderView::Interactive)
            header->resizeSection(column, qMax(header->sectionSize(column), header->sectionSizeHint(column)));
    };
    connect(header, &QHeaderView::sortIndicatorChanged, this, roomForArrow);
    roomForArrow(header->sortIndicatorSection());

    m_detail = new RecordingDetail(this);

    // N / Shift+N: next / previous negative call from anywhere in the window (the actions sit on
    // the panel, not on the view). Line edits and editable text take a typed N before any shortcut
    // (they claim printable keys in ShortcutOverride), so the search box still gets its "N".
    m_nextNegative = new QAction(tr("Next negative call"), this);
    m_nextNegative->setShortcut(QKeySequence(Qt::Key_N));
    m_nextNegative->setShortcutContext(Qt::WindowShortcut);
    connect(m_nextNegative, &QAction::triggered, this, [this] { jumpToNegative(1); });
    m_previousNegative = new QAction(tr("Previous negative call"), this);
    m_previousNegative->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_N));
    m_previousNegative->setShortcutContext(Qt::WindowShortcut);
    connect(m_previousNegative, &QAction::triggered, this, [this] { jumpToNegative(-1); });
    addActions({m_nextNegative, m_previousNegative});
    m_findAction = new QAction(tr("Search transcripts"), m_view);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    // Sorting from the keyboard: "Sort calls by" (the window's View menu and the table's context
    // menu), Ctrl+Shift+1… per column; the same column again reverses the order, as a second click
    // on its title does. The column titles' tooltips name the keys.
    m_sortMenu = new QMenu(tr("&Sort calls by"), this);
    auto *sortGroup = new QActionGroup(m_sortMenu);
    for (int column = 0; column < SimulationModel::ColumnCount; ++column) {
        QAction *action = m_sortMenu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setShortcut(RecordingsFilter::sortShortcut(column));
        action->setShortcutContext(Qt::WindowShortcut);
        sortGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, column] { sortBy(column); });
    }
    addActions(m_sortMenu->actions());
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordingsPanel::updateSortActions);
    updateSortActions();

    // Space plays the selected call's recording from the table too (the details' own action).
    m_view->addActions({m_detail->playPauseAction(), m_nextNegative, m_previousNegative, m_findAction,
                        m_sortMenu->menuAction()});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_splitter = new QuietSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("recordingsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Not the panes' size hints (the details' is wide): the calls' columns need their room.
    m_splitter->setSizes({560, 440});

    // The filters span the panel rather than the table alone, so that their width does not
    // become the table's minimum and squeeze the details.
    auto *callsPage = new QWidget(this);
    auto *callsLayout = new QVBoxLayout(callsPage);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    callsLayout->setSpacing(4);
    m_filterBar = createFilterBar();
    callsLayout->addWidget(m_filterBar);
    callsLayout->addWidget(m_splitter, 1);

    m_empty = new QLabel(tr("No calls have finished yet"), this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    theme::wrapStackPageLabel(m_empty);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(callsPage);
    m_callsPage = callsPage;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordingsPanel::showSelectedRecording);
    // The proxy is connected to the source first, so by the time these run it is up to date.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &changedParent, int first, int last) {
        if (m_simulation.isValid() && changedParent == m_simulation) {
            updateEmptyState();
            addComboValues(first, last);
        }
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &changedParent) {
        if (m_simulation.isValid() && changedParent == m_simulation) {
            updateEmptyState();
            rescanComboValues(); // which values went with the rows is not known any more
        }
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &changedParent, int first, int last) {
                // The simulation itself goes away: detach before the view falls back on the top level.
                if (!changedParent.isValid() && m_simulation.isValid() && m_simulation.row() >= first
                    && m_simulation.row() <= last)
                    setSimulation({});
            });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (m_simulation.isValid() && !topLeft.parent().isValid() && topLeft.row() <= m_simulation.row()
                    && bottomRight.row() >= m_simulation.row()) {
                    // The run's own row: its status and running calls say what the list is waiting for.
                    if (rolesTouch(roles, {SimulationModel::StatusRole, SimulationModel::InProgressCallsRole, SimulationModel::HasDataRole, SimulationModel::ErrorRole}))
                        updateEmptyState();
                    return;
                }
                if (!m_simulation.isValid() || topLeft.parent() != m_simulation)
                    return;
                // A changed value may also have been the last of its kind.
                if (rolesTouch(roles, {SimulationModel::CallStatusRole, SimulationModel::ScenarioRole}))
                    rescanComboValues();
                updateCount(); // a changed call may have entered or left the filter
                const QModelIndex selected = selectedRecording();
                if (selected.isValid() && selected.row() >= topLeft.row() && selected.row() <= bottomRight.row())
                    m_detail->showRecording(selected);
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { setSimulation({}); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &RecordingsPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RecordingsPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RecordingsPanel::updateCount);

    // Tab follows the eye: the search box and the filters above the table come before it (a
    // window that takes the panel in sets its own order again: moving widgets resets it).
    const QList<QWidget *> order{m_search, m_sentimentCombo, m_statusCombo, m_scenarioCombo, m_verdictCombo,
                                 m_clearFilters, m_view};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    setSimulation({});
}

void RecordingsPanel::sortBy(int column)
{
    const QHeaderView *header = m_view->header();
    const bool again = header->sortIndicatorSection() == column;
    const Qt::SortOrder order = again && header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                          : Qt::AscendingOrder;
    m_view->sortByColumn(column, order);
    const QString title = m_model->headerData(column, Qt::Horizontal).toString();
    emit notice(order == Qt::AscendingOrder ? tr("Calls sorted by %1, ascending").arg(title)
                                            : tr("Calls sorted by %1, descending").arg(title));
}

void RecordingsPanel::updateSortActions()
{
    const QList<QAction *> actions = m_sortMenu->actions();
    const int column = m_view->header()->sortIndicatorSection();
    if (column >= 0 && column < actions.size())
        actions.at(column)->setChecked(true);
}

void RecordingsPanel::applySearch()
{
    m_searchDelay->stop();
    m_filter->setSearchText(m_search->text());
    updateCount(); // "Clear filters" turns on even when every call matches
}

QWidget *RecordingsPanel::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("recordingsFilterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("transcriptSearch"));
    m_search->setPlaceholderText(tr("Search transcripts\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search transcripts"));
    m_search->setToolTip(tr("Shows only the calls whose transcript contains this text (Ctrl+F from the calls)"));
    // Searching reads every call's transcript: about 80 ms at 10,000 calls. Typing into a large
    // simulation waits for a pause instead of stalling on every keystroke; small ones filter at once.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &RecordingsPanel::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() || m_filter->totalCount() < SearchDelayFromCalls)
            applySearch();
        else
            m_searchDelay->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &RecordingsPanel::applySearch);
    // Esc in the search field clears it; a second Esc (empty field) goes back to the calls.
    auto *escape = new QAction(m_search);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, this, [this] {
        if (m_search->text().isEmpty())
            m_view->setFocus(Qt::ShortcutFocusReason);
        else
            m_search->clear();
    });
    m_search->addAction(escape);
    // Down from the search field moves into the results.
    auto *down = new QAction(m_search);
    down->setShortcut(QKeySequence(Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    connect(down, &QAction::triggered, this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    m_search->addAction(down);

    const auto makeCombo = [bar](const QString &all, const QString &name) {
        auto *combo = new QComboBox(bar);
        combo->addItem(all, QString());
        combo->setAccessibleName(name);
        // Qt's Linux bridge names a combo box by its value ("Negative"); what it filters is
        // then heard from the description.
        combo->setAccessibleDescription(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return combo;
    };
    m_sentimentCombo = makeCombo(tr("All sentiments"), tr("Sentiment filter"));
    m_sentimentCombo->addItem(tr("Positive"), QStringLiteral("Positive"));
    m_sentimentCombo->addItem(tr("Negative"), QStringLiteral("Negative"));
    m_sentimentCombo->addItem(tr("Neutral"), QStringLiteral("Neutral"));
    m_statusCombo = makeCombo(tr("All statuses"), tr("Status filter"));
    m_scenarioCombo = makeCombo(tr("All scenarios"), tr("Scenario filter"));
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioCombo->setMinimumContentsLength(12);
    m_verdictCombo = makeCombo(tr("All verdicts"), tr("Verdict filter"));
    m_verdictCombo->addItem(tr("Not judged yet"), RecordingsFilter::NotJudged);
    for (Verdict verdict : {Verdict::Pass, Verdict::Fail, Verdict::Unsure})
        m_verdictCombo->addItem(verdictText(verdict), verdictKey(verdict));
    connect(m_verdictCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setVerdict(m_verdictCombo->currentData().toString());
        updateCount();
    });
    connect(m_sentimentCombo, &QComboBox::currentIndexChanged, this, &RecordingsPanel::applySentimentFilter);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_statusCombo->currentData().toString()); });
    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setScenario(m_scenarioCombo->currentData().toString()); });

    m_clearFilters = new QToolButton(bar);
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setToolTip(tr("Show every call again"));
    connect(m_clearFilters, &QToolButton::clicked, this, &RecordingsPanel::clearFilters);

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("secondaryText"));
    m_countLabel->setTextFormat(Qt::PlainText);
    // Longer languages (German) need the room the filters leave: the count takes two lines
    // rather than being cut off.
    m_countLabel->setWordWrap(true);

    layout->addWidget(m_search, 2);
    layout->addWidget(m_sentimentCombo);
    layout->addWidget(m_statusCombo);
    layout->addWidget(m_scenarioCombo, 1);
    layout->addWidget(m_verdictCombo);
    layout->addWidget(m_clearFilters);
    layout->addWidget(m_countLabel, 3);
    return bar;
}

void RecordingsPanel::setSimulation(const QModelIndex &simulation)
{
    const QModelIndex root = simulation.isValid() ? simulation.siblingAtColumn(0) : QModelIndex();
    if (root == m_simulation && root.isValid())
        return;
    m_simulation = root;
    m_statusValues = valuesPresent(m_model, m_simulation, SimulationModel::CallStatusRole);
    m_scenarioValues = valuesPresent(m_model, m_simulation, SimulationModel::ScenarioRole);
    m_view->selectionModel()->clear();
    // Another run: its statuses and scenarios differ, and a filter left over from the last one
    // would hide calls without the reader noticing.
    clearFilters();
    m_filter->setSimulation(root);
    // With no simulation the view is hidden behind the empty state; its root stays harmless.
    m_view->setRootIndex(m_filter->proxyRoot());
    m_detail->clear();
    updateEmptyState();
}

bool RecordingsPanel::selectCall(int callId)
{
    if (!m_simulation.isValid())
        return false;
    const QModelIndex source = m_model->indexOfRecording(m_simulation.data(SimulationModel::IdRole).toInt(), callId);
    if (!source.isValid())
        return false;
    if (!m_filter->mapFromSource(source).isValid())
        clearFilters();
    const QModelIndex shown = m_filter->mapFromSource(source);
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void RecordingsPanel::clearFilters()
{
    {
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_sentimentCombo);
        const QSignalBlocker b3(m_statusCombo);
        const QSignalBlocker b4(m_scenarioCombo);
        const QSignalBlocker b5(m_verdictCombo);
        m_verdictCombo->setCurrentIndex(0);
        m_search->clear();
        m_sentimentCombo->setCurrentIndex(0);
        m_statusCombo->setCurrentIndex(0);
        m_scenarioCombo->setCurrentIndex(0);
    }
    m_filter->clearFilters();
    updateValueCombos();
    updateCount();
    applySentimentFilter();
}

void RecordingsPanel::setSentimentFilter(const QString &sentiment)
{
    const QString wanted = sentiment.trimmed();
    int index = 0; // "All sentiments"
    for (int i = 1; !wanted.isEmpty() && i < m_sentimentCombo->count(); ++i) {
        if (m_sentimentCombo->itemData(i).toString().compare(wanted, Qt::CaseInsensitive) == 0) {
            index = i;
            break;
        }
    }
    m_sentimentCombo->setCurrentIndex(index); // filters through applySentimentFilter()
}

void RecordingsPanel::applySentimentFilter()
{
    m_filter->setSentiment(m_sentimentCombo->currentData().toString());
    if (m_filter->sentiment() == m_sentimentShown)
        return;
    m_sentimentShown = m_filter->sentiment();
    Q_EMIT sentimentFilterChanged(m_sentimentShown);
}

int RecordingsPanel::recordingCount() const
{
    return m_simulation.isValid() ? m_model->rowCount(m_simulation) : 0;
}

int RecordingsPanel::shownCount() const
{
    return m_filter->shownCount();
}

bool RecordingsPanel::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QString RecordingsPanel::emptyText() const
{
    using M = SimulationModel;
    if (!m_simulation.isValid())
        return tr("No simulation selected");
    if (!m_simulation.data(M::HasDataRole).toBool()) {
        const QString reason = UiText::noDataReason(UiText::errorFrom(m_simulation.data(M::ErrorRole)));
        return reason.isEmpty() ? tr("Waiting for the first answer from the server\u2026") : reason;
    }
    const int running = m_simulation.data(M::InProgressCallsRole).toInt();
    switch (Status(m_simulation.data(M::StatusRole).toInt())) {
    case Status::Draft:
        return tr("This run has not been started: its calls are listed here once it runs.");
    case Status::Stopped:
        return tr("The run was stopped before any call finished.");
    case Status::Completed:
        return tr("The server lists no calls for this run.");
    default:
        break;
    }
    if (running > 0)
        return tr("%Ln call(s) in progress, listed when they finish", nullptr, running);
    return tr("No calls have finished yet");
}

void RecordingsPanel::updateEmptyState()
{
    const int count = recordingCount();
    m_empty->setText(emptyText());
    m_stack->setCurrentWidget(count > 0 ? m_callsPage : static_cast<QWidget *>(m_empty));
    updateCount();
    emit recordingCountChanged(count);
}

void RecordingsPanel::updateCount()
{
    const int total = recordingCount();
    const int shown = shownCount();
    QString text = tr("Showing %1 of %2 calls").arg(numberText(shown), numberText(total));
    // Where the running calls are: the API lists a call once it has finished.
    const int running = m_simulation.isValid() ? m_simulation.data(SimulationModel::InProgressCallsRole).toInt() : 0;
    if (running > 0)
        text += QStringLiteral(" \u00B7 ") + tr("%Ln more in progress, listed when they finish", nullptr, running);
    m_countLabel->setText(text);
    m_clearFilters->setEnabled(m_filter->isFiltering());
}

void RecordingsPanel::updateValueCombos()
{
    refillCombo(m_statusCombo, m_statusValues);
    refillCombo(m_scenarioCombo, m_scenarioValues);
}

void RecordingsPanel::addComboValues(int first, int last)
{
    // Only the new rows are read: a poll that adds one call to thousands costs one call's values.
    if (!addValues(m_statusValues, m_model, m_simulation, SimulationModel::CallStatusRole, first, last)
        || !addValues(m_scenarioValues, m_model, m_simulation, SimulationModel::ScenarioRole, first, last)) {
        rescanComboValues();
        return;
    }
    updateValueCombos();
}

void RecordingsPanel::rescanComboValues()
{
    m_statusValues = valuesPresent(m_model, m_simulation, SimulationModel::CallStatusRole);
    m_scenarioValues = valuesPresent(m_model, m_simulation, SimulationModel::ScenarioRole);
    updateValueCombos();
}

int RecordingsPanel::negativeRow(int from, int step) const
{
    const QModelIndex root = m_view->rootIndex();
    const int rows = m_filter->rowCount(root);
    for (int row = from + step; row >= 0 && row < rows; row += step) {
        if (RecordingsFilter::isNegative(m_filter->index(row, 0, root).data(SimulationModel::SentimentRole).toString()))
            return row;
    }
    return -1;
}

bool RecordingsPanel::selectNegative(int direction)
{
    const QModelIndex root = m_view->rootIndex();
    const int rows = m_filter->rowCount(root);
    if (rows == 0 || !m_simulation.isValid())
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int step = direction > 0 ? 1 : -1;
    const int start = current.isValid() && current.parent() == root ? current.row() : (step > 0 ? -1 : rows);
    const int row = negativeRow(start, step);
    if (row < 0)
        return false;
    const QModelIndex found = m_filter->index(row, 0, root);
    m_view->selectionModel()->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(found);
    return true;
}

void RecordingsPanel::jumpToNegative(int direction)
{
    if (selectNegative(direction))
        return;
    // Not wrapping around: reaching the end is worth knowing when walking through the failures.
    if (!m_simulation.isValid() || negativeRow(-1, 1) < 0)
        emit notice(tr("No negative call among the calls shown"));
    else
        emit notice(direction > 0 ? tr("No further negative call") : tr("No earlier negative call"));
}

QModelIndex RecordingsPanel::selectedRecording() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return {};
    const QModelIndex row = m_filter->mapToSource(rows.constFirst());
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
