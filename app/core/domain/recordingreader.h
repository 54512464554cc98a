#pragma once

#include "domain/simulation.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

// Reading a simulation's calls into Recordings, for both ways a reply is read (cut into its calls
// or whole), with the one cache of calls read before.
namespace simwatch::parse {

// A call from the previous parse whose JSON text equals a call's, so that it is taken over instead
// of being read again: the one at the same position (calls are appended as they finish), else any
// with the same bytes (a list sorted newest first). The bytes are the key: they hold the call's id
// and everything derived from it, and they are known before the call is read, which is the cost
// the cache saves. Comparing bytes costs a small part of reading them; what is reused is shared.
class RecordingReuse
{
public:
    // `previous` must come from an earlier parse (a Recording's fields are derived from its json).
    explicit RecordingReuse(const QList<Recording> *previous);

    const Recording *find(qsizetype position, QByteArrayView json);

private:
    const QList<Recording> *m_previous;
    QHash<QByteArrayView, qsizetype> m_byText;
};

// Appends a simulation's calls to its `recordings`: each taken over from the previous parse when
// its text is unchanged, else read; items that are not objects are skipped (and logged). Short
// texts that many calls repeat (status, sentiment, scenario, voice) are kept once.
class RecordingReader
{
public:
    RecordingReader(Simulation &simulation, const QList<Recording> *previous);

    // An item of a document read whole.
    void append(qsizetype index, const QJsonValue &item);
    // An item cut out of a reply, as written. false when it is not valid JSON: the reply is then
    // read whole, which also words the error.
    bool append(qsizetype index, QByteArrayView item);

    // The well-known keys of one call object whose text is `json`.
    Recording read(const QJsonObject &object, QByteArray json);

private:
    void skip(qsizetype index, QJsonValue::Type type) const;
    QString shared(QString text);

    Simulation &m_simulation;
    RecordingReuse m_reuse;
    QSet<QString> m_texts;
};

} // namespace simwatch::parse
