#include "domain/values.h"

#include <QJsonArray>
#include <QStringView>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace simwatch::parse {

namespace {

// Integers above this lose precision in a double; nothing the API sends comes close.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

} // namespace

int clampToInt(qint64 value)
{
    return static_cast<int>(std::clamp<qint64>(value, INT_MIN, INT_MAX));
}

std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        const QString text = value.toString();
        bool ok = false;
        const double number = QStringView(text).trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<qint64> integerOf(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString();
        const QStringView trimmed = QStringView(text).trimmed();
        bool ok = false;
        const qint64 integer = trimmed.toLongLong(&ok);
        if (ok)
            return integer;
        number = trimmed.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > kMaxExactInteger)
        return std::nullopt;
    return static_cast<qint64>(number);
}

int idOf(const QJsonValue &value)
{
    const std::optional<qint64> id = integerOf(value);
    return id && *id >= 0 && *id <= INT_MAX ? static_cast<int>(*id) : -1;
}

int counterOf(const QJsonValue &value, bool *present)
{
    const std::optional<qint64> number = integerOf(value);
    if (present)
        *present = number.has_value();
    return number ? clampToInt(std::max<qint64>(*number, 0)) : 0;
}

int settingOf(const QJsonValue &value)
{
    const std::optional<qint64> number = integerOf(value);
    return number && *number >= 0 ? clampToInt(*number) : -1;
}

QString stringOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

bool boolOf(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString();
        const QStringView trimmed = QStringView(text).trimmed();
        if (trimmed.compare(u"true", Qt::CaseInsensitive) == 0 || trimmed == u"1")
            return true;
        if (trimmed.compare(u"false", Qt::CaseInsensitive) == 0 || trimmed == u"0")
            return false;
    }
    return fallback;
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const std::optional<qint64> id = integerOf(value))
            return QString::number(*id);
    }
    return {};
}

QString linkName(const QJsonValue &value)
{
    if (value.isObject())
        return stringOf(value.toObject().value("name"_L1));
    if (value.isArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() >= 2)
            return stringOf(pair.at(1));
    }
    return {};
}

std::optional<AgentRef> agentOf(const QJsonValue &value)
{
    AgentRef agent;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        agent.id = idOf(object.value("id"_L1));
        agent.name = stringOf(object.value("name"_L1));
    } else if (value.isArray()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() >= 1)
            agent.id = idOf(pair.at(0));
        if (pair.size() >= 2)
            agent.name = stringOf(pair.at(1));
    } else if (value.isDouble()) {
        agent.id = idOf(value);
    }
    if (agent.id < 0 && agent.name.isEmpty())
        return std::nullopt;
    return agent;
}

QString voiceOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QString provider = stringOf(object.value("provider"_L1));
        const QString id = idText(object.value("id"_L1));
        if (!provider.isEmpty() && !id.isEmpty())
            return provider + u' ' + id;
        const QString name = stringOf(object.value("name"_L1));
        if (!name.isEmpty())
            return name;
        return provider.isEmpty() ? id : provider;
    }
    if (value.isArray()) {
        const QJsonArray voices = value.toArray();
        for (qsizetype i = 0; i < voices.size(); ++i) {
            QString voice = voiceOf(voices.at(i));
            if (!voice.isEmpty())
                return voice;
        }
    }
    return {};
}

QString errorDescriptionOf(const QJsonObject &object)
{
    for (const QLatin1StringView key : {"error_description"_L1, "error"_L1, "detail"_L1, "message"_L1}) {
        const QJsonValue value = object.value(key);
        if (!value.isString())
            continue;
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

ReviewText reviewText(const QJsonValue &value)
{
    ReviewText review;
    if (value.isString()) {
        QString text = value.toString();
        if (QStringView(text).trimmed().isEmpty()) {
            review.state = ReviewText::State::NoText;
        } else {
            review.state = ReviewText::State::Text;
            review.text = std::move(text);
        }
    } else if (value.isBool()) {
        review.state = value.toBool() ? ReviewText::State::NoText : ReviewText::State::NotYet;
    }
    return review;
}

double progress(const QJsonValue &value, int finished, int total)
{
    // [p] is the documented shape; a longer array gives its first element.
    std::optional<double> sent;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty())
            sent = numberOf(array.at(0));
    } else {
        sent = numberOf(value);
    }
    double percent = 0;
    if (sent && std::isfinite(*sent))
        percent = *sent;
    else if (total > 0)
        percent = 100.0 * std::max(finished, 0) / total;
    return std::clamp(percent, 0.0, 100.0);
}

} // namespace simwatch::parse
