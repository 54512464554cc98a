#pragma once

#include "api/apierror.h"
#include "domain/simulation.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <vector>

namespace simwatch {

// The one model of the app. Top-level rows are watched simulations; a simulation's child rows
// are its call recordings. New poll results are applied as diffs: dataChanged only for the
// roles that changed, inserted rows for new recordings, nothing when nothing changed.
class SimulationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Columns of recording rows (the recordings view). Simulation rows use column 0 only
    // for their name, and RecColStatus for their status text.
    enum Column {
        ColIndex,     // call number within the simulation (1-based)
        ColTime,
        ColScenario,
        ColStatus,
        ColDuration,
        ColSentiment,
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
        // Recording rows
        CallTimeRole,           // QDateTime UTC
        ScenarioRole,           // QString
        CallStatusRole,         // QString
        DurationSecondsRole,    // int, -1 unknown
        SentimentRole,          // QString as sent
        ConversationRole,       // QString (turns separated by <br/>), read from the call on each call
        RecordingUrlRole,       // QString, empty when none
        VoiceRole,              // QString
    };
    Q_ENUM(Role)

    explicit SimulationModel(QObject *parent = nullptr);

    // Watch list management
    QModelIndex addSimulation(int id);      // returns the (possibly existing) row's index
    void removeSimulation(int id);
    QModelIndex indexOfSimulation(int id) const;
    QList<int> simulationIds() const;
    // The recordings held for `id` (empty when none); shared, so cheap to copy and to hand to a
    // worker thread. Watcher passes them to the next parse, which reuses the unchanged ones.
    QList<Recording> recordings(int id) const;

    // Poll results
    void applySimulation(int id, const Simulation &simulation, const QDateTime &receivedAt);
    void applyError(int id, const ApiError &error);
    // A reply identical to the last one: only the "last updated" time moves.
    void markUnchanged(int id, const QDateTime &receivedAt);

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
    struct Entry
    {
        int id = -1;
        bool hasData = false;
        Simulation simulation;
        QDateTime lastUpdated;
        ApiError error;
    };

    int rowOf(int id) const;
    QVariant simulationData(const Entry &entry, int column, int role) const;
    QVariant recordingData(const Recording &recording, int row, int column, int role) const;

    std::vector<Entry> m_entries;
};

// Human text for durations used by the views and the headless output ("3:07", "1:02:03").
QString formatDuration(int seconds);

} // namespace simwatch

Q_DECLARE_METATYPE(simwatch::ReviewText)
Q_DECLARE_METATYPE(simwatch::ApiError)
