#include "api/apierror.h"

namespace simwatch {

QString kindName(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::ConnectionRefused: return QStringLiteral("connection_refused");
    case Kind::HostNotFound: return QStringLiteral("host_not_found");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::ServerError: return QStringLiteral("server_error");
    case Kind::HttpError: return QStringLiteral("http_error");
    case Kind::ApiFailure: return QStringLiteral("api_failure");
    case Kind::BadPayload: return QStringLiteral("bad_payload");
    case Kind::TooLarge: return QStringLiteral("too_large");
    }
    // Only reachable through a cast of an out-of-range integer.
    return QStringLiteral("unknown");
}

} // namespace simwatch
