#include "domain/recordingreader.h"

#include "domain/jsonscan.h"
#include "domain/odoodate.h"
#include "domain/parse.h"
#include "domain/values.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QtMath>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace simwatch::parse {

RecordingReuse::RecordingReuse(const QList<Recording> *previous)
    : m_previous(previous)
{
}

const Recording *RecordingReuse::find(qsizetype position, QByteArrayView json)
{
    if (!m_previous || m_previous->isEmpty())
        return nullptr;
    if (position < m_previous->size() && QByteArrayView(m_previous->at(position).json) == json)
        return &m_previous->at(position);
    if (m_byText.isEmpty()) {
        m_byText.reserve(m_previous->size());
        for (qsizetype i = 0; i < m_previous->size(); ++i)
            m_byText.insert(QByteArrayView(m_previous->at(i).json), i);
    }
    const auto it = m_byText.constFind(json);
    return it == m_byText.cend() ? nullptr : &m_previous->at(*it);
}

RecordingReader::RecordingReader(Simulation &simulation, const QList<Recording> *previous)
    : m_simulation(simulation)
    , m_reuse(previous)
{
}

void RecordingReader::append(qsizetype index, const QJsonValue &item)
{
    if (!item.isObject()) {
        skip(index, item.type());
        return;
    }
    const QJsonObject call = item.toObject();
    QByteArray json = QJsonDocument(call).toJson(QJsonDocument::Compact);
    QList<Recording> &recordings = m_simulation.recordings;
    const Recording *same = m_reuse.find(recordings.size(), json);
    recordings.append(same ? *same : read(call, std::move(json)));
}

bool RecordingReader::append(qsizetype index, QByteArrayView item)
{
    QList<Recording> &recordings = m_simulation.recordings;
    if (const Recording *same = m_reuse.find(recordings.size(), item)) {
        recordings.append(*same);
        return true;
    }
    if (!item.startsWith('{')) {
        const std::optional<QJsonValue> value = json::readValue(item);
        if (!value)
            return false;
        skip(index, value->type());
        return true;
    }
    QByteArray json = item.toByteArray();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    recordings.append(read(document.object(), std::move(json)));
    return true;
}

void RecordingReader::skip(qsizetype index, QJsonValue::Type type) const
{
    qCDebug(lcParse) << "simulation" << m_simulation.id << "skipping recording item" << index << "of type" << type;
}

QString RecordingReader::shared(QString text)
{
    if (text.isEmpty())
        return text;
    const auto it = m_texts.constFind(text);
    if (it != m_texts.cend())
        return *it;
    m_texts.insert(text);
    return text;
}

Recording RecordingReader::read(const QJsonObject &object, QByteArray json)
{
    Recording r;
    r.json = std::move(json);
    r.id = idOf(object.value("id"_L1));
    r.timeOfCall = odooDate(object.value("time_of_call"_L1));
    r.callStatus = stringOf(object.value("call_status"_L1));

    const std::optional<double> seconds = numberOf(object.value("call_duration_in_seconds"_L1));
    if (seconds && std::isfinite(*seconds) && *seconds >= 0 && *seconds <= INT_MAX) {
        r.durationSeconds = qRound(*seconds);
    } else {
        const QJsonValue duration = object.value("call_duration"_L1);
        if (duration.isString()) {
            r.durationSeconds = durationText(duration.toString());
        } else if (const std::optional<double> plain = numberOf(duration);
                   plain && std::isfinite(*plain) && *plain >= 0 && *plain <= INT_MAX) {
            r.durationSeconds = qRound(*plain);
        }
    }

    r.sentiment = stringOf(object.value("sentiment_score"_L1));

    r.scenario = linkName(object.value("scenario_id"_L1));
    if (r.scenario.isEmpty())
        r.scenario = stringOf(object.value("scenario_name"_L1));
    if (r.scenario.isEmpty()) {
        const QJsonValue scenario = object.value("scenario"_L1);
        r.scenario = scenario.isString() ? scenario.toString() : linkName(scenario);
    }

    r.voice = voiceOf(object.value("voice"_L1));
    if (r.voice.isEmpty())
        r.voice = voiceOf(object.value("selected_voice"_L1));
    if (r.voice.isEmpty())
        r.voice = voiceOf(object.value("selected_voices"_L1));

    r.recordingUrl = stringOf(object.value("recording_url"_L1));
    r.callStatus = shared(std::move(r.callStatus));
    r.sentiment = shared(std::move(r.sentiment));
    r.scenario = shared(std::move(r.scenario));
    r.voice = shared(std::move(r.voice));
    return r;
}

Recording recording(const QJsonObject &object)
{
    Simulation unused;
    RecordingReader reader(unused, nullptr);
    return reader.read(object, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace simwatch::parse
