#pragma once

#include "api/apierror.h"
#include "domain/simulation.h"
#include "store/simulationstore.h"
#include "verdicts/verdicts.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <optional>
#include <vector>

namespace simwatch {

class VerdictStore;

// The item model of the watched simulations: an adapter over SimulationStore, which owns the
// state. Top-level rows are the store's simulations in watch order; a simulation's child rows are
// its call recordings, identified by their id (position only for items without one), so a call
// keeps its row identity (and the user's selection) whatever order the server lists calls in.
// Store changes are applied as diffs: dataChanged only for the roles that changed, rows inserted,
// removed or moved for calls, nothing when nothing changed. Nothing else writes into this model.
class SimulationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Columns of recording rows (the recordings view). Simulation rows use column 0 only
    // for their name, and RecColStatus for their status text.
    enum Column {
        ColIndex,     // the call's own id (as review texts cite it: "Call #70004"); blank without one
        ColTime,
        ColScenario,
        ColStatus,
        ColDuration,
        ColSentiment,
        ColVerdict,   // the reviewer's verdict ("Pass", "Fail", "Unsure"; blank when none)
        ColumnCount
    };

    enum Role {
        // Common to both kinds of rows
        IsSimulationRole = Qt::UserRole + 1, // bool
        IdRole,                 // int
        RawObjectRole,          // QJsonObject: recordings: every key sent (read on each call); simulations: none
        // Simulation rows (raw values; display text is on Qt::DisplayRole or *TextRole)
        NameRole,               // QString
        AgentIdRole,            // int, -1 when unknown
        AgentNameRole,          // QString, empty when unknown
        StatusRole,             // int (simwatch::Status)
        StatusTextRole,         // QString as sent
        IsTerminalRole,         // bool
        ProgressRole,           // int 0..100
        TotalCallsRole,         // int
        FinishedCallsRole,      // int
        InProgressCallsRole,    // int
        RemainingCallsRole,     // int
        ActiveCallsRole,        // int
        PositiveRole,           // int
        NegativeRole,           // int
        NeutralRole,            // int
        SummaryRole,            // QVariant::fromValue(ReviewText)
        WhatWentWrongRole,      // ReviewText
        SuggestionsRole,        // ReviewText
        PromptSuggestionRole,   // ReviewText
        PromptAppliedRole,      // bool
        CanStopRole,            // bool
        CreatedRole,            // QDateTime UTC (invalid when unknown)
        RecordingCountRole,     // int
        SimulationRole,         // QVariant::fromValue(Simulation): the whole last good value
        HasDataRole,            // bool: a good reply has arrived at least once
        LastUpdatedRole,        // QDateTime UTC of the last good reply (invalid before)
        ErrorRole,              // QVariant::fromValue(ApiError) of the last fetch (kind None when fine)
        FromHistoryRole,        // bool: the value shown was read from the local history, not the server
        // Recording rows
        CallTimeRole,           // QDateTime UTC
        ScenarioRole,           // QString
        CallStatusRole,         // QString
        DurationSecondsRole,    // int, -1 unknown
        SentimentRole,          // QString as sent
        ConversationRole,       // QString (turns separated by <br/>), read from the call on each call
        RecordingUrlRole,       // QString, empty when none
        VoiceRole,              // QString
        // The reviewer's judgement (from the VerdictStore, when one is set)
        CallKeyRole,            // QString: recordings: how verdicts name the call (see callKey())
        VerdictRole,            // int (simwatch::Verdict): recordings
        VerdictNoteRole,        // QString: recordings
        ExpectedResultRole,     // QString: recordings: their scenario's expected_result, empty when none
        VerdictCountsRole,      // QVariant::fromValue(VerdictCounts): simulations
        RunNoteRole,            // QString: simulations
    };
    Q_ENUM(Role)

    explicit SimulationModel(const SimulationStore &store, QObject *parent = nullptr);
    // Where the verdict roles are read from; without one they are empty.
    void setVerdicts(const VerdictStore *verdicts);

    QModelIndex indexOfSimulation(int id) const;
    // The row of the call `recordingId` of simulation `simulationId` (column 0); invalid when none.
    QModelIndex indexOfRecording(int simulationId, int recordingId) const;
    QList<int> simulationIds() const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // What the views have been told of one simulation: the store's value as of the last signal
    // handled (shared with the store's copy, so it costs reference counts only).
    struct Row
    {
        int id = -1;
        std::optional<Simulation> shown;
    };

    void onWatched(int id);
    void onUnwatched(int id);
    void onSimulationChanged(int id);
    void onErrorChanged(int id);
    void onVerdictsChanged(int id, const QString &callKey);
    void syncRecordings(int row, const QList<Recording> &next);

    int rowOf(int id) const;
    QVariant simulationData(const Row &row, int column, int role) const;
    QVariant recordingData(const Recording &recording, int column, int role) const;
    QVariant verdictData(const Row &row, int position, int column, int role) const;

    const SimulationStore &m_store;
    const VerdictStore *m_verdicts = nullptr;
    std::vector<Row> m_rows;
};

} // namespace simwatch

Q_DECLARE_METATYPE(simwatch::ReviewText)
Q_DECLARE_METATYPE(simwatch::ApiError)
Q_DECLARE_METATYPE(simwatch::VerdictCounts)
