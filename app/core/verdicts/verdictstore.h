#pragma once

#include "history/history.h"
#include "verdicts/verdicts.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace simwatch {


// The verdicts and notes of the watched runs, held for the views and written through to the
// history file (their only home: without a usable history nothing can be saved, and canSave()
// says why, so that no control pretends to keep what would be lost). A run's verdicts are
// read from the history when it is watched; what the reviewer changes before that read
// arrives is kept over what it brings.
class VerdictStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The history to read from and write to; null when there is none. Clears what is held.
    void setHistory(history::History *history);
    void reloadAll() { setHistory(m_history); } // after the history was forgotten
    bool canSave() const;
    QString problem() const; // why nothing can be saved; empty when it can

    void load(int runId);
    void drop(int runId); // no longer watched: free it (it stays in the history)
    RunVerdicts verdicts(int runId) const;

    void setCallVerdict(int runId, const QString &callKey, Verdict verdict);
    void setCallNote(int runId, const QString &callKey, const QString &note);
    void setRunNote(int runId, const QString &note);

Q_SIGNALS:
    // `callKey` is the call whose verdict or note changed; empty: the run's note, or everything.
    void changed(int runId, const QString &callKey);
    void canSaveChanged(bool canSave);

private:
    void onLoaded(int runId, const RunVerdicts &stored);
    void writeCall(int runId, const QString &callKey, const CallVerdict &verdict);

    QPointer<history::History> m_history;
    QHash<int, RunVerdicts> m_runs;
    // Per run, what was changed here before the history's answer arrived (kept over it).
    QHash<int, QSet<QString>> m_editedBeforeLoad;
    QSet<int> m_noteEditedBeforeLoad;
    QSet<int> m_loading;
};

} // namespace simwatch
