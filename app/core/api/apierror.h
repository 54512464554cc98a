#pragma once

#include <QMetaType>
#include <QString>

namespace simwatch {

// What went wrong with one request, as a value. `message` is for people: short, specific,
// translated, and never the raw body (5xx bodies can hold stack traces; those go to the log).
struct ApiError
{
    enum class Kind {
        None,
        ConnectionRefused,
        HostNotFound,
        Timeout,
        Network,        // reset, closed, other transport failures
        Tls,
        Unauthorized,   // 401
        Forbidden,      // 403
        NotFound,       // 404
        RateLimited,    // 429
        ServerError,    // 5xx
        HttpError,      // any other non-2xx
        ApiFailure,     // HTTP 200 with success: false
        BadPayload,     // not JSON, wrong shape, truncated
        TooLarge,       // body over the size cap
    };

    Kind kind = Kind::None;
    int httpStatus = 0;         // 0 when no HTTP reply arrived
    QString message;
    int retryAfterSeconds = -1; // from Retry-After or a JSON retry_after, -1 when absent;
                                // at most MaxRetryAfterSeconds
    // A server cannot park the client for longer than this, whatever it asks.
    static constexpr int MaxRetryAfterSeconds = 3600;

    bool isError() const { return kind != Kind::None; }
    // Errors a retry cannot fix: the watcher stops polling on these.
    bool isPermanent() const
    {
        return kind == Kind::Unauthorized || kind == Kind::Forbidden || kind == Kind::NotFound;
    }
    friend bool operator==(const ApiError &, const ApiError &) = default;
};

// Stable machine-readable name of a kind, used by the headless JSON output.
QString kindName(ApiError::Kind kind);

} // namespace simwatch
