#include "uitext.h"

#include "domain/datetext.h"
#include "domain/untrustedtext.h"
#include "model/simulationmodel.h" // Q_DECLARE_METATYPE of ReviewText and ApiError
#include "theme.h"

#include <QHash>
#include <QUrl>
#include <QLocale>

namespace simwatch {

QString UiText::statusGlyph(Status status)
{
    switch (status) {
    case Status::Draft: return QStringLiteral("\u270E");              // ✎
    case Status::Pending: return QStringLiteral("\u25F7");            // ◷
    case Status::InProgress: return QStringLiteral("\u25B6");         // ▶
    case Status::CalculatingSummary: return QStringLiteral("\u2211"); // ∑
    case Status::Completed: return QStringLiteral("\u2714");          // ✔
    case Status::Stopped: return QStringLiteral("\u25A0");            // ■
    case Status::Unknown: break;
    }
    return QStringLiteral("\u2022"); // •
}

UiText::Colors UiText::statusColors(Status status)
{
    // Pale backgrounds with dark text of the same hue: readable, calm, and distinct in grey too;
    // on a dark desktop the other way round.
    if (theme::isDark()) {
        switch (status) {
        case Status::Draft: return {QColor(0x3a, 0x3e, 0x44), QColor(0xd5, 0xd9, 0xdf)};
        case Status::Pending: return {QColor(0x4a, 0x3b, 0x1c), QColor(0xf5, 0xd3, 0x8a)};
        case Status::InProgress: return {QColor(0x1e, 0x34, 0x52), QColor(0xa9, 0xcb, 0xfa)};
        case Status::CalculatingSummary: return {QColor(0x3a, 0x2f, 0x55), QColor(0xd2, 0xc2, 0xf7)};
        case Status::Completed: return {QColor(0x1f, 0x3b, 0x29), QColor(0xa6, 0xe0, 0xb7)};
        case Status::Stopped: return {QColor(0x4a, 0x24, 0x20), QColor(0xf4, 0xb4, 0xaa)};
        case Status::Unknown: break;
        }
        return {QColor(0x3a, 0x3e, 0x44), QColor(0xd5, 0xd9, 0xdf)};
    }
    switch (status) {
    case Status::Draft: return {QColor(0xEC, 0xEE, 0xF2), QColor(0x44, 0x4D, 0x5A)};
    case Status::Pending: return {QColor(0xFC, 0xF1, 0xDC), QColor(0x7A, 0x4E, 0x00)};
    case Status::InProgress: return {QColor(0xDF, 0xEC, 0xFD), QColor(0x14, 0x4F, 0x9E)};
    case Status::CalculatingSummary: return {QColor(0xEC, 0xE6, 0xFA), QColor(0x55, 0x36, 0x8F)};
    case Status::Completed: return {QColor(0xDF, 0xF3, 0xE5), QColor(0x1B, 0x6B, 0x35)};
    case Status::Stopped: return {QColor(0xFB, 0xE5, 0xE2), QColor(0x9C, 0x2B, 0x1E)};
    case Status::Unknown: break;
    }
    return {QColor(0xEC, 0xEE, 0xF2), QColor(0x44, 0x4D, 0x5A)};
}

QString UiText::statusLabel(Status status, const QString &serverText)
{
    const QString text = serverText.trimmed();
    if (text.isEmpty())
        return status == Status::Unknown ? tr("No data yet")
                                         : statusGlyph(status) + QLatin1Char(' ') + tr("Unknown status");
    return statusGlyph(status) + QLatin1Char(' ') + untrusted::forDisplay(text);
}

QString UiText::agentText(int id, const QString &name)
{
    const QString trimmed = untrusted::forDisplay(name.trimmed());
    if (!trimmed.isEmpty() && id >= 0)
        return tr("%1 (#%2)").arg(trimmed).arg(id);
    if (!trimmed.isEmpty())
        return trimmed;
    if (id >= 0)
        return tr("Agent #%1").arg(id);
    return tr("Agent unknown");
}

QString UiText::voiceText(const QString &voice)
{
    static const QHash<QString, QString> providers = {
        {QStringLiteral("eleven_labs"), QStringLiteral("ElevenLabs")}, {QStringLiteral("play_ht"), QStringLiteral("PlayHT")},
        {QStringLiteral("deepgram"), QStringLiteral("Deepgram")},      {QStringLiteral("cartesia"), QStringLiteral("Cartesia")},
        {QStringLiteral("rime"), QStringLiteral("Rime")},              {QStringLiteral("inworld"), QStringLiteral("Inworld")},
    };
    const QString trimmed = voice.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString provider = providers.value(trimmed.left(space).toLower());
    if (space <= 0 || provider.isEmpty())
        return trimmed;
    QString id = trimmed.mid(space + 1).trimmed();
    if (id.contains(QLatin1Char('/'))) {
        // A storage path or URL: its last segment that is not a file such as manifest.json.
        const QStringList segments = QUrl(id).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (auto it = segments.crbegin(); it != segments.crend(); ++it) {
            if (!it->contains(QLatin1Char('.'))) {
                id = *it;
                break;
            }
        }
    }
    return id.isEmpty() ? provider : tr("%1 (%2)").arg(id, provider);
}

QString UiText::createdText(const QDateTime &createdUtc)
{
    if (!createdUtc.isValid())
        return tr("Creation date unknown");
    return tr("Created %1").arg(dateTimeTextUtc(createdUtc));
}

QString UiText::ageText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%Ln day(s)", nullptr, int(seconds / 86400));
}

QString UiText::errorTitle(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    switch (kind) {
    case Kind::None: return {};
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Network: return tr("Cannot reach the server");
    case Kind::Timeout: return tr("The server did not answer in time");
    case Kind::Tls: return tr("Secure connection failed");
    case Kind::Unauthorized: return tr("API key rejected");
    case Kind::Forbidden: return tr("No access to simulations");
    case Kind::NotFound: return tr("Simulation not found");
    case Kind::RateLimited: return tr("Too many requests");
    case Kind::ServerError:
    case Kind::HttpError:
    case Kind::ApiFailure: return tr("The server answered with an error");
    case Kind::BadPayload:
    case Kind::TooLarge: return tr("The server sent an answer SimWatch cannot read");
    }
    return tr("Something went wrong");
}

QString UiText::noDataReason(const ApiError &lastError)
{
    if (!lastError.isError())
        return {};
    if (lastError.kind == ApiError::Kind::NotFound)
        return tr("The server does not know this simulation.");
    if (isAuthError(lastError.kind))
        return tr("The server refused access to this simulation.");
    return tr("No data yet: the last attempt failed (see above).");
}

bool UiText::isAuthError(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden;
}

ApiError UiText::errorFrom(const QVariant &value)
{
    return value.canConvert<ApiError>() ? value.value<ApiError>() : ApiError{};
}

ReviewText UiText::reviewFrom(const QVariant &value)
{
    return value.canConvert<ReviewText>() ? value.value<ReviewText>() : ReviewText{};
}

} // namespace simwatch
