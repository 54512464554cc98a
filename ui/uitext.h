#pragma once

#include "api/apierror.h"
#include "domain/simulation.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace simwatch {

// Wording and colours shared by several widgets, so that a status or an error reads the same
// in the watch list, the header and the status bar.
class UiText
{
    Q_DECLARE_TR_FUNCTIONS(simwatch::UiText)

public:
    struct Colors
    {
        QColor background;
        QColor foreground;
    };

    // A glyph for each status, so that the badge does not rely on colour alone.
    static QString statusGlyph(Status status);
    static Colors statusColors(Status status);
    // Glyph and the server's status text ("▶ In Progress"); "No data yet" before the first reply.
    static QString statusLabel(Status status, const QString &serverText);

    // "Customer Support Agent (#1234)", "Agent #1234", or "Agent unknown".
    static QString agentText(int id, const QString &name);
    // A voice in words: "eleven_labs s3://b/voices/jenny/manifest.json" -> "jenny (ElevenLabs)",
    // "rime mist" -> "mist (Rime)"; anything else as sent. The raw value stays in the fields.
    static QString voiceText(const QString &voice);
    // "Created 5/8/26 9:10 AM UTC" (see dateTimeText(): the locale's format, in UTC).
    static QString createdText(const QDateTime &createdUtc);
    // "12 s", "3 min", "2 h", "4 days".
    static QString ageText(qint64 seconds);

    // Why a run has no data to show, when its last fetch failed ("The server does not know this
    // simulation"); empty while the first answer is simply still on its way.
    static QString noDataReason(const ApiError &lastError);

    // Title of the error banner for a kind of error.
    static QString errorTitle(ApiError::Kind kind);
    static bool isAuthError(ApiError::Kind kind);

    static ApiError errorFrom(const QVariant &value);
    static ReviewText reviewFrom(const QVariant &value);
};

} // namespace simwatch
